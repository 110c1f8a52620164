package org.tremplin.outcome.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HexFormat;
import org.tremplin.learner.domain.Enrolment;
import org.tremplin.learner.domain.Learner;
import org.tremplin.shared.domain.BaseEntity;

/**
 * A personal one-time link to the six-month survey, sent to a learner who consented to it. Only the
 * SHA-256 of the link's secret is kept. It can be answered once, until it expires; unanswered, it is
 * reminded after {@value #FIRST_REMINDER_DAYS} and {@value #SECOND_REMINDER_DAYS} days.
 */
@Entity
@Table(name = "survey_invitation")
public class SurveyInvitation extends BaseEntity {

    public static final int FIRST_REMINDER_DAYS = 7;
    public static final int SECOND_REMINDER_DAYS = 14;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** What a link is, seen from the page it opens. */
    public enum State { OPEN, ANSWERED, EXPIRED, WITHDRAWN }

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "enrolment_id", nullable = false, updatable = false)
    private Enrolment enrolment;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "learner_id", nullable = false, updatable = false)
    private Learner learner;

    @Column(name = "secret_hash", nullable = false, length = 64, updatable = false)
    private String secretHash;

    @Column(nullable = false, length = 2)
    private String language;

    @Column(name = "sent_at", nullable = false)
    private Instant sentAt;

    @Column(name = "sent_by", nullable = false, length = 40)
    private String sentBy;

    /** How the link went out: EMAIL, SMS, EMAIL+SMS, or HAND when it was given by the coordinator only. */
    @Column(nullable = false, length = 16)
    private String channels;

    @Column(name = "expires_on", nullable = false)
    private LocalDate expiresOn;

    @Column(nullable = false)
    private int reminders;

    @Column(name = "last_reminder_at")
    private Instant lastReminderAt;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "outcome_id")
    private Outcome outcome;

    protected SurveyInvitation() {
    }

    private SurveyInvitation(Enrolment enrolment, String secretHash, String language, LocalDate expiresOn, String sentBy) {
        this.enrolment = enrolment;
        this.learner = enrolment.getLearner();
        this.secretHash = secretHash;
        this.language = language;
        this.expiresOn = expiresOn;
        this.sentBy = sentBy;
        this.sentAt = Instant.now();
        this.channels = "HAND";
    }

    /** A new invitation and its secret (to put in the link, never stored), valid for {@code days} days, not past {@code lastDay}. */
    public static Issued issue(Enrolment enrolment, String language, LocalDate today, int days, LocalDate lastDay, String sentBy) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        LocalDate expires = today.plusDays(days);
        if (lastDay != null && expires.isAfter(lastDay)) {
            expires = lastDay;
        }
        return new Issued(new SurveyInvitation(enrolment, hash(secret), "en".equals(language) ? "en" : "fr", expires, sentBy), secret);
    }

    /** An invitation with the secret of its link. */
    public record Issued(SurveyInvitation invitation, String secret) {
    }

    public static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public State state(LocalDate today) {
        if (answeredAt != null) {
            return State.ANSWERED;
        }
        if (withdrawnAt != null) {
            return State.WITHDRAWN;
        }
        return today.isAfter(expiresOn) ? State.EXPIRED : State.OPEN;
    }

    /** The number of the reminder due today (1 or 2), or 0: 7 days after sending, then 14, while the link is open. */
    public int reminderDue(LocalDate today, LocalDate sentOn) {
        if (state(today) != State.OPEN) {
            return 0;
        }
        long days = ChronoUnit.DAYS.between(sentOn, today);
        if (reminders == 0 && days >= FIRST_REMINDER_DAYS && days < SECOND_REMINDER_DAYS) {
            return 1;
        }
        return reminders < 2 && days >= SECOND_REMINDER_DAYS ? 2 : 0;
    }

    public void reminded(int number) {
        reminders = number;
        lastReminderAt = Instant.now();
    }

    public void sentThrough(String channels) {
        this.channels = channels;
    }

    /** The answer is in: the link is used up. */
    public void answered(Outcome outcome) {
        this.outcome = outcome;
        this.answeredAt = Instant.now();
    }

    /** No longer usable: a newer link replaces it, the outcome was recorded otherwise, or the person was erased. */
    public void withdraw() {
        if (answeredAt == null && withdrawnAt == null) {
            withdrawnAt = Instant.now();
        }
    }

    public Enrolment getEnrolment() { return enrolment; }
    public Learner getLearner() { return learner; }
    public String getLanguage() { return language; }
    public Instant getSentAt() { return sentAt; }
    public String getSentBy() { return sentBy; }
    public String getChannels() { return channels; }
    public LocalDate getExpiresOn() { return expiresOn; }
    public int getReminders() { return reminders; }
    public Instant getAnsweredAt() { return answeredAt; }
    public Outcome getOutcome() { return outcome; }
}
