package org.tremplin.outcome.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import org.tremplin.learner.domain.Enrolment;
import org.tremplin.learner.domain.Learner;
import org.tremplin.shared.domain.BaseEntity;
import org.tremplin.shared.domain.ConflictException;
import org.tremplin.shared.domain.FreeText;
import org.tremplin.shared.domain.InvalidValueException;

/**
 * One try at reaching a person for an exit's observation (at exit or six months after): when, how, whether
 * it reached them, and a note. Attempts are never edited: a mistaken one is followed by the right one.
 */
@Entity
@Table(name = "contact_attempt")
public class ContactAttempt extends BaseEntity {

    public static final int NOTE_MAX = 500;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "enrolment_id", nullable = false, updatable = false)
    private Enrolment enrolment;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "learner_id", nullable = false, updatable = false)
    private Learner learner;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16, updatable = false)
    private OutcomeTiming timing;

    @Column(name = "attempted_at", nullable = false, updatable = false)
    private LocalDateTime attemptedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16, updatable = false)
    private ContactChannel channel;

    @Column(nullable = false, updatable = false)
    private boolean reached;

    @Column(length = NOTE_MAX)
    private String note;

    @Column(name = "recorded_by", nullable = false, length = 40, updatable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private LocalDateTime recordedAt;

    protected ContactAttempt() {
    }

    /**
     * An attempt of {@code at} (not in the future, not before the exit); {@code now} is the clock of the
     * recording, a few minutes' drift of a tablet allowed.
     */
    public ContactAttempt(Enrolment enrolment, OutcomeTiming timing, LocalDateTime at, ContactChannel channel,
            boolean reached, String note, String by, LocalDateTime now) {
        if (timing == null) {
            throw new InvalidValueException("timing", "Choose the follow-up: at exit or six months after.");
        }
        if (channel == null) {
            throw new InvalidValueException("channel", "Choose how the person was tried: phone, SMS, e-mail, letter or in person.");
        }
        if (at == null || at.isAfter(now.plusMinutes(10))) {
            throw new InvalidValueException("at", "The time of the attempt is required and cannot be in the future.");
        }
        if (enrolment.getExitDate() == null) {
            throw new ConflictException("enrolmentId", "This person has not left yet: there is no follow-up to make.");
        }
        if (at.toLocalDate().isBefore(enrolment.getExitDate())) {
            throw new InvalidValueException("at", "A follow-up attempt comes on or after the exit date ("
                    + enrolment.getExitDate() + ").");
        }
        String clean = FreeText.optional(note, NOTE_MAX, "note");
        this.enrolment = enrolment;
        this.learner = enrolment.getLearner();
        this.timing = timing;
        this.attemptedAt = at.withNano(0);
        this.channel = channel;
        this.reached = reached;
        this.note = clean;
        this.recordedBy = by;
        this.recordedAt = now.withNano(0);
    }

    public Enrolment getEnrolment() { return enrolment; }
    public OutcomeTiming getTiming() { return timing; }
    public LocalDateTime getAttemptedAt() { return attemptedAt; }
    public ContactChannel getChannel() { return channel; }
    public boolean isReached() { return reached; }
    public String getNote() { return note; }
    public String getRecordedBy() { return recordedBy; }
    public LocalDateTime getRecordedAt() { return recordedAt; }
}
