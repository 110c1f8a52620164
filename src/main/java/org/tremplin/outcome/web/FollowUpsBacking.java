package org.tremplin.outcome.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.tremplin.learner.domain.Enrolment;
import org.tremplin.outcome.application.FollowUp;
import org.tremplin.outcome.application.OutcomeService;
import org.tremplin.outcome.domain.OutcomeTiming;
import org.tremplin.shared.web.PagedModel;

/**
 * The coordinator's follow-up queue: exits still without their at-exit observation, and six-month
 * follow-ups due this month or overdue, the longest waiting first, with the contact and the consent.
 */
@Named
@ViewScoped
public class FollowUpsBacking implements Serializable {

    @Inject
    OutcomeService outcomes;

    private OutcomeTiming timing = OutcomeTiming.AT_EXIT;
    private final Set<Long> contactable = new HashSet<>();
    private final PagedModel<Enrolment> model = new PagedModel<>(() -> outcomes.countDue(timing), this::page);

    private List<Enrolment> page(int first, int size) {
        List<FollowUp> lines = outcomes.due(timing, first, size);
        contactable.clear();
        lines.stream().filter(FollowUp::agreesToBeContacted).forEach(f -> contactable.add(f.enrolment().getLearner().getId()));
        return lines.stream().map(FollowUp::enrolment).toList();
    }

    public void applyFilter() {
        PagedModel.rewind("queue:table");
    }

    public java.time.LocalDate dueOn(Enrolment e) {
        return timing.dueOn(e.getExitDate());
    }

    public boolean isOverdue(Enrolment e) {
        return dueOn(e).isBefore(java.time.LocalDate.now());
    }

    /** As {@link FollowUp#mayContact()}: six months after, only with the survey consent. */
    public boolean mayContact(Enrolment e) {
        return timing == OutcomeTiming.AT_EXIT || agrees(e);
    }

    public boolean agrees(Enrolment e) {
        return contactable.contains(e.getLearner().getId());
    }

    public long getAtExitCount() {
        return outcomes.countDue(OutcomeTiming.AT_EXIT);
    }

    public long getSixMonthsCount() {
        return outcomes.countDue(OutcomeTiming.SIX_MONTHS);
    }

    public OutcomeTiming[] getTimings() { return OutcomeTiming.values(); }
    public OutcomeTiming getTiming() { return timing; }
    public void setTiming(OutcomeTiming timing) { this.timing = timing == null ? OutcomeTiming.AT_EXIT : timing; }
    public PagedModel<Enrolment> getModel() { return model; }
}
