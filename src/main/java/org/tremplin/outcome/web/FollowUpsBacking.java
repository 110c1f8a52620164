package org.tremplin.outcome.web;

import org.tremplin.outcome.application.SurveyService;
import org.tremplin.shared.domain.ConflictException;
import org.tremplin.shared.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    @Inject
    SurveyService surveys;

    private OutcomeTiming timing = OutcomeTiming.AT_EXIT;
    private SurveyService.Sent sent;
    private String sentTo;
    /** The lines of the page shown, by enrolment id: the table's rows ask them for dates and contact. */
    private final Map<Long, FollowUp> lines = new HashMap<>();
    private final PagedModel<Enrolment> model = new PagedModel<>(() -> outcomes.countDue(timing), this::page);

    private List<Enrolment> page(int first, int size) {
        List<FollowUp> page = outcomes.due(timing, first, size);
        lines.clear();
        page.forEach(f -> lines.put(f.enrolment().getId(), f));
        return page.stream().map(FollowUp::enrolment).toList();
    }

    public void applyFilter() {
        PagedModel.rewind("queue:table");
    }

    public java.time.LocalDate dueOn(Enrolment e) {
        return lines.get(e.getId()).dueOn();
    }

    public boolean isOverdue(Enrolment e) {
        return lines.get(e.getId()).isOverdue();
    }

    public boolean mayContact(Enrolment e) {
        return lines.get(e.getId()).mayContact();
    }

    /** Where the person's consent to be contacted stands (a ConsentStatus.State). */
    public String contact(Enrolment e) {
        return lines.get(e.getId()).contact().name();
    }

    public boolean agrees(Enrolment e) {
        return lines.get(e.getId()).agreesToBeContacted();
    }

    /** A six-month follow-up whose window is open, of a person who agreed to be contacted: the survey link may go. */
    public boolean maySendSurvey(Enrolment e) {
        return timing == OutcomeTiming.SIX_MONTHS && agrees(e)
                && OutcomeTiming.SIX_MONTHS.accepts(e.getExitDate(), java.time.LocalDate.now());
    }

    /** Sends the person's link now; the page shows it once, for the coordinator to give by hand if needed. */
    public void sendSurvey(Enrolment e) {
        try {
            sent = surveys.invite(e.getId(), "fr");
            sentTo = e.getLearner().getFullName();
            if (sent.channels().equals("HAND")) {
                Messages.warn("followUps.surveyByHand", sentTo);
            } else {
                Messages.info("followUps.surveySent", sentTo, Messages.text("SurveyChannels." + sent.channels()));
            }
        } catch (ConflictException c) {
            Messages.error("followUps.surveyNotSent", e.getLearner().getFullName());
        }
    }

    public SurveyService.Sent getSent() { return sent; }
    public String getSentTo() { return sentTo; }

    public String getSentUntil() {
        return sent == null ? "" : sent.expiresOn().format(java.time.format.DateTimeFormatter.ofLocalizedDate(
                java.time.format.FormatStyle.MEDIUM).withLocale(jakarta.faces.context.FacesContext.getCurrentInstance()
                .getViewRoot().getLocale()));
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
