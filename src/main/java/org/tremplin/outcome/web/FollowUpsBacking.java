package org.tremplin.outcome.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import org.tremplin.learner.domain.Enrolment;
import org.tremplin.outcome.application.FollowUp;
import org.tremplin.outcome.application.FollowUpService;
import org.tremplin.outcome.application.SurveyService;
import org.tremplin.outcome.domain.ContactHistory;
import org.tremplin.outcome.domain.OutcomeTiming;
import org.tremplin.shared.domain.ConflictException;
import org.tremplin.shared.web.PagedModel;
import org.tremplin.shared.web.Texts;

/**
 * The coordinator's follow-up queue: exits still without their at-exit observation, and six-month
 * follow-ups due this month or overdue (or only the overdue, {@code ?overdue=true}), the longest waiting
 * first, with the contact, the consent and the attempts made; an attempt is logged from the line
 * ({@link AttemptForm}), and the six-month survey link sent.
 */
@Named
@ViewScoped
public class FollowUpsBacking implements Serializable {

    @Inject
    FollowUpService followUps;

    @Inject
    SurveyService surveys;

    private OutcomeTiming timing = OutcomeTiming.AT_EXIT;
    private boolean overdueOnly;
    private SurveyService.Sent sent;
    private String sentTo;
    private final AttemptForm attempt = new AttemptForm();
    /** The lines of the page shown, by enrolment id: the table's rows ask them for dates, contact and attempts. */
    private final Map<Long, FollowUp> lines = new HashMap<>();
    private final PagedModel<Enrolment> model = new PagedModel<>(() -> counts().of(timing, overdueOnly), this::page);
    /** The four counts, read once per request for the two figures and the table's total (one statement). */
    private FollowUpService.QueueCounts counts() {
        return Faces.getRequestAttribute("followUps.counts", followUps::queueCounts);
    }

    private List<Enrolment> page(int first, int size) {
        List<FollowUp> page = followUps.due(timing, overdueOnly, first, size);
        lines.clear();
        page.forEach(f -> lines.put(f.enrolment().getId(), f));
        return page.stream().map(FollowUp::enrolment).toList();
    }

    public void applyFilter() {
        PagedModel.rewind("queue:table");
    }

    public FollowUp line(Enrolment e) {
        return lines.get(e.getId());
    }

    /** A six-month follow-up whose window is open, of a person who agreed to be contacted: the survey link may go. */
    public boolean maySendSurvey(Enrolment e) {
        return timing == OutcomeTiming.SIX_MONTHS && line(e).agreesToBeContacted()
                && OutcomeTiming.SIX_MONTHS.accepts(e.getExitDate(), LocalDate.now());
    }

    /** Sends the person's link now; the page shows it once, for the coordinator to give by hand if needed. */
    public void sendSurvey(Enrolment e) {
        try {
            sent = surveys.invite(e.getId(), "fr");
            sentTo = e.getLearner().getFullName();
            if (sent.channels().equals("HAND")) {
                Messages.addGlobalWarn("followUps.surveyByHand", sentTo);
            } else {
                Messages.addGlobalInfo("followUps.surveySent", sentTo, Texts.text("SurveyChannels." + sent.channels()));
            }
        } catch (ConflictException c) {
            Messages.addGlobalError("followUps.surveyNotSent", e.getLearner().getFullName());
        }
    }

    /** Opens the attempt form for this line, with the attempts made so far. */
    public void tryContact(Enrolment e) {
        attempt.open(e, timing, followUps.attempts(e.getId(), timing).list());
    }

    public void saveAttempt() {
        ContactHistory now = attempt.save(followUps);
        if (now != null) {
            Messages.addGlobalInfo(now.isUnreachable() ? "attempt.savedUnreachable" : "attempt.saved", attempt.getName(), now.count());
            attempt.close();
        }
    }

    public String getSentUntil() {
        return sent == null ? "" : sent.expiresOn().format(java.time.format.DateTimeFormatter.ofLocalizedDate(
                java.time.format.FormatStyle.MEDIUM).withLocale(jakarta.faces.context.FacesContext.getCurrentInstance()
                .getViewRoot().getLocale()));
    }

    public long getAtExitCount() { return counts().dueAtExit(); }
    public long getSixMonthsCount() { return counts().dueSixMonths(); }
    public SurveyService.Sent getSent() { return sent; }
    public String getSentTo() { return sentTo; }
    public AttemptForm getAttempt() { return attempt; }
    public int getUnreachableAfter() { return followUps.unreachableAfter(); }
    public OutcomeTiming[] getTimings() { return OutcomeTiming.values(); }
    public OutcomeTiming getTiming() { return timing; }
    public void setTiming(OutcomeTiming timing) { this.timing = timing == null ? OutcomeTiming.AT_EXIT : timing; }
    public boolean isOverdueOnly() { return overdueOnly; }
    public void setOverdueOnly(boolean overdueOnly) { this.overdueOnly = overdueOnly; }
    public PagedModel<Enrolment> getModel() { return model; }
}
