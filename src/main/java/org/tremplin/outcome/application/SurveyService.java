package org.tremplin.outcome.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.Config;
import org.tremplin.audit.application.AuditTrail;
import org.tremplin.audit.application.Audited;
import org.tremplin.audit.domain.AuditAction;
import org.tremplin.audit.domain.AuditWording;
import org.tremplin.identity.application.CurrentUser;
import org.tremplin.learner.application.EnrolmentService;
import org.tremplin.learner.domain.Consent;
import org.tremplin.learner.domain.ConsentPurpose;
import org.tremplin.learner.domain.ConsentStatus;
import org.tremplin.learner.domain.Enrolment;
import org.tremplin.learner.domain.Learner;
import org.tremplin.learner.domain.PersonErased;
import org.tremplin.outcome.domain.Outcome;
import org.tremplin.outcome.domain.OutcomeSource;
import org.tremplin.outcome.domain.OutcomeTiming;
import org.tremplin.outcome.domain.SurveyAnswers;
import org.tremplin.outcome.domain.SurveyInvitation;
import org.tremplin.outcome.infrastructure.OutcomeRepository;
import org.tremplin.outcome.infrastructure.SurveyRepository;
import org.tremplin.shared.domain.ConflictException;
import org.tremplin.shared.domain.InvalidValueException;
import org.tremplin.shared.infrastructure.Mailer;
import org.tremplin.shared.infrastructure.PersonMessenger;

/**
 * The six-month survey answered by the learner: a personal one-time link sent (by the coordinator, or the
 * nightly run at six months after exit) by e-mail and SMS to a person who consented to be contacted for it;
 * reminders after 7 and 14 days; the answer recorded as the six-month outcome with source SURVEY.
 */
@ApplicationScoped
@Transactional
@Audited
public class SurveyService {

    /** How many days a link stays usable (default 30), never past the end of the six-month window. */
    public static final String DAYS = "TREMPLIN_SURVEY_DAYS";
    static final String RECORDED_BY = "survey";

    /** An invitation just sent: the link (shown once to the coordinator, who may give it by hand) and where it went. */
    public record Sent(Long id, String link, LocalDate expiresOn, String channels, List<String> failures) implements Serializable {
    }

    /** What the page behind a link may know: its state, the first name, the language. Nothing else about the person. */
    public record Opened(SurveyInvitation.State state, String firstName, String language) implements Serializable {
    }

    /** Per programme: people invited and people who answered. */
    public record Rate(Long programmeId, String programme, long invited, long answered) implements Serializable {
        public int percent() {
            return invited == 0 ? 0 : (int) Math.round(100.0 * answered / invited);
        }
    }

    /** What a nightly run did. */
    public record Run(int invited, int reminded, int failed) implements Serializable {
    }

    @Inject
    SurveyRepository surveys;

    @Inject
    OutcomeRepository outcomes;

    @Inject
    EnrolmentService enrolments;

    @Inject
    PersonMessenger messenger;

    @Inject
    Mailer mailer;

    @Inject
    CurrentUser user;

    @Inject
    AuditTrail audit;

    @Inject
    Config config;

    /** A coordinator sends the link now (a link still open for this exit is replaced). */
    public Sent invite(@NotNull Long enrolmentId, String language) {
        Enrolment e = enrolments.get(enrolmentId);
        LocalDate today = LocalDate.now();
        checkInvitable(e, today, consents(List.of(e.getLearner().getId())));
        return send(e, language, today, user.getUsername());
    }

    /** The nightly run: links to the exits reaching six months (consent given, never invited), reminders to the open ones. */
    public Run nightly(@NotNull LocalDate today) {
        List<Enrolment> due = outcomes.due(OutcomeTiming.SIX_MONTHS, today, Optional.empty(), 0, 10_000);
        List<Enrolment> inWindow = due.stream().filter(e -> OutcomeTiming.SIX_MONTHS.accepts(e.getExitDate(), today)).toList();
        Set<Long> invited = new HashSet<>(surveys.invitedAmong(inWindow.stream().map(Enrolment::getId).toList()));
        Map<Long, List<Consent>> consents = consents(inWindow.stream().map(e -> e.getLearner().getId()).distinct().toList());
        int sent = 0;
        int failed = 0;
        for (Enrolment e : inWindow) {
            if (invited.contains(e.getId()) || !consented(e.getLearner(), consents) || !reachable(e.getLearner())) {
                continue;
            }
            Sent s = send(e, "fr", today, "system");
            sent++;
            failed += s.failures().isEmpty() ? 0 : 1;
        }
        int reminded = 0;
        for (SurveyInvitation s : surveys.open(today, today.minusDays(40).atStartOfDay(ZoneId.systemDefault()).toInstant())) {
            LocalDate sentOn = s.getSentAt().atZone(ZoneId.systemDefault()).toLocalDate();
            int number = s.reminderDue(today, sentOn);
            if (number > 0 && !"HAND".equals(s.getChannels())) {
                // a reminder carries no link (the secret is not kept): it points to the first message
                failed += deliver(s.getLearner(), s.getLanguage(), "survey.reminder", null, s.getExpiresOn()).failures().isEmpty() ? 0 : 1;
                s.reminded(number);
                reminded++;
            }
        }
        if (sent + reminded > 0) {
            audit.recordAs("system", AuditAction.CREATE, "SurveyInvitation", null, AuditWording.of("surveyRun", sent, reminded));
        }
        return new Run(sent, reminded, failed);
    }

    /** What the page of a link shows; empty for a secret that is no link. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Opened> open(String secret) {
        if (secret == null || secret.length() < 20 || secret.length() > 100) {
            return Optional.empty();
        }
        return surveys.bySecret(secret).map(s -> new Opened(s.state(LocalDate.now()), s.getLearner().getFirstName(), s.getLanguage()));
    }

    /**
     * The learner's answer: the six-month outcome with source SURVEY (an "unknown" recorded before is
     * replaced; a known one stays), and the link is used up. A used, expired or withdrawn link refuses it.
     */
    public SurveyInvitation.State answer(@NotNull String secret, @NotNull SurveyAnswers answers) {
        SurveyInvitation s = surveys.bySecret(secret).orElseThrow(() -> new InvalidValueException("link", "This link is not valid."));
        LocalDate today = LocalDate.now();
        SurveyInvitation.State state = s.state(today);
        if (state != SurveyInvitation.State.OPEN) {
            return state;
        }
        if (!answers.unanswered().isEmpty()) {
            throw new InvalidValueException(answers.unanswered().get(0).name(), "Answer every question.");
        }
        Enrolment e = s.getEnrolment();
        Optional<Outcome> existing = outcomes.of(e.getId(), OutcomeTiming.SIX_MONTHS);
        Outcome outcome;
        if (existing.isEmpty()) {
            outcome = new Outcome(e, OutcomeTiming.SIX_MONTHS, answers.situation(), today, OutcomeSource.SURVEY, null, RECORDED_BY, today);
            outcomes.store(outcome);
        } else {
            outcome = existing.get();
            if (outcome.isSituationUnknown()) {
                outcome.correct(answers.situation(), today, OutcomeSource.SURVEY, null, RECORDED_BY, today);
            }
        }
        s.answered(outcome);
        outcomes.flush();
        return SurveyInvitation.State.ANSWERED;
    }

    /** The response rate per programme of the caller's sites. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Rate> responseRates() {
        return surveys.responseRates(user.siteScope()).stream().map(r -> new Rate((Long) r[0], (String) r[1],
                ((Number) r[2]).longValue(), ((Number) r[3]).longValue())).toList();
    }

    /** An erased person's links stop working at once. */
    void erased(@Observes PersonErased event) {
        surveys.openOfLearner(event.learnerId()).forEach(SurveyInvitation::withdraw);
    }

    private Sent send(Enrolment e, String language, LocalDate today, String by) {
        surveys.ofEnrolment(e.getId()).forEach(SurveyInvitation::withdraw);
        int days = Math.max(1, config.getOptionalValue(DAYS, Integer.class).orElse(30));
        SurveyInvitation.Issued issued = SurveyInvitation.issue(e, language, today, days,
                OutcomeTiming.SIX_MONTHS.windowEnd(e.getExitDate()), by);
        SurveyInvitation s = issued.invitation();
        String link = mailer.baseUrl() + "/survey.xhtml?t=" + issued.secret();
        PersonMessenger.Delivery delivery = deliver(e.getLearner(), s.getLanguage(), "survey.invitation", link, s.getExpiresOn());
        s.sentThrough(delivery.summary());
        surveys.store(s);
        surveys.flush();
        return new Sent(s.getId(), link, s.getExpiresOn(), s.getChannels(), delivery.failures());
    }

    private PersonMessenger.Delivery deliver(Learner l, String language, String key, String link, LocalDate expires) {
        Locale locale = Locale.forLanguageTag(language);
        String date = expires.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale));
        return messenger.send("learner " + l.getId(), l.getEmail(), l.getPhone(), locale, key, l.getFirstName(),
                link == null ? "" : link, date);
    }

    private void checkInvitable(Enrolment e, LocalDate today, Map<Long, List<Consent>> consents) {
        if (e.getExitDate() == null) {
            throw new ConflictException("enrolmentId", "The learner has not left this cohort yet: record the exit first.");
        }
        if (!OutcomeTiming.SIX_MONTHS.accepts(e.getExitDate(), today)) {
            throw new ConflictException("enrolmentId", "The six-month follow-up runs from "
                    + OutcomeTiming.SIX_MONTHS.windowStart(e.getExitDate()) + " to " + OutcomeTiming.SIX_MONTHS.windowEnd(e.getExitDate())
                    + ": a survey link can only be sent within it.");
        }
        Optional<Outcome> recorded = outcomes.of(e.getId(), OutcomeTiming.SIX_MONTHS);
        if (recorded.isPresent() && !recorded.get().isSituationUnknown()) {
            throw new ConflictException("enrolmentId", "The six-month outcome of this exit is already recorded.");
        }
        if (!consented(e.getLearner(), consents)) {
            throw new ConflictException("consent", "The learner has not agreed to be contacted for the six-month survey "
                    + "(consent register).");
        }
    }

    private Map<Long, List<Consent>> consents(List<Long> learnerIds) {
        return outcomes.contactConsents(learnerIds);
    }

    private static boolean consented(Learner l, Map<Long, List<Consent>> consents) {
        return ConsentStatus.of(ConsentPurpose.SIX_MONTH_SURVEY, consents.getOrDefault(l.getId(), List.of())).isInForce();
    }

    private static boolean reachable(Learner l) {
        return PersonMessenger.reachable(l.getEmail(), l.getPhone());
    }
}
