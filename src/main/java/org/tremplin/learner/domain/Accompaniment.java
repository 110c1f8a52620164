package org.tremplin.learner.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.tremplin.programme.domain.Site;
import org.tremplin.shared.domain.BaseEntity;
import org.tremplin.shared.domain.ConflictException;
import org.tremplin.shared.domain.FreeText;
import org.tremplin.shared.domain.InvalidValueException;

/**
 * A person helped once at a site (to fill in a form online, set up a phone…), recorded in a few fields
 * without the ESF+ intake: the topic, how long, on what equipment, and at most a first name. It counts in
 * the site's activity, never in a programme's ESF+ figures. If the person comes back for a pathway, a full
 * intake links it to their learner record ({@link #becameIntakeOf}).
 */
@Entity
@Table(name = "accompaniment")
public class Accompaniment extends BaseEntity {

    public static final int MAX_MINUTES = 600;
    public static final int NOTE_MAX = 500;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "site_id", nullable = false, updatable = false)
    private Site site;

    @Column(name = "happened_on", nullable = false)
    private LocalDate happenedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private AccompanimentTopic topic;

    @Column(name = "duration_minutes", nullable = false)
    private int durationMinutes;

    @Enumerated(EnumType.STRING)
    @Column(name = "equipment_used", nullable = false, length = 16)
    private AccompanimentEquipment equipmentUsed;

    @Column(name = "first_name", length = 80)
    private String firstName;

    @Column(length = NOTE_MAX)
    private String note;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "learner_id")
    private Learner learner;

    @Column(name = "recorded_by", nullable = false, length = 40, updatable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private LocalDateTime recordedAt;

    protected Accompaniment() {
    }

    public Accompaniment(Site site, LocalDate happenedOn, AccompanimentTopic topic, int durationMinutes,
            AccompanimentEquipment equipmentUsed, String firstName, String note, String by, LocalDateTime now) {
        if (site == null) {
            throw new InvalidValueException("siteId", "Choose the site where the person was helped.");
        }
        if (happenedOn == null || happenedOn.isAfter(now.toLocalDate())) {
            throw new InvalidValueException("happenedOn", "The day is required and cannot be in the future.");
        }
        if (topic == null) {
            throw new InvalidValueException("topic", "Choose what the help was about.");
        }
        if (durationMinutes < 1 || durationMinutes > MAX_MINUTES) {
            throw new InvalidValueException("durationMinutes", "The duration is between 1 and " + MAX_MINUTES + " minutes.");
        }
        if (equipmentUsed == null) {
            throw new InvalidValueException("equipmentUsed", "Choose the equipment used (or none).");
        }
        this.site = site;
        this.happenedOn = happenedOn;
        this.topic = topic;
        this.durationMinutes = durationMinutes;
        this.equipmentUsed = equipmentUsed;
        this.firstName = FreeText.optional(firstName, 80, "firstName");
        this.note = FreeText.optional(note, NOTE_MAX, "note");
        this.recordedBy = by;
        this.recordedAt = now.withNano(0);
    }

    /** The person came back and was taken in fully: the accompaniment becomes part of their record. */
    public void becameIntakeOf(Learner learner) {
        if (this.learner != null) {
            throw new ConflictException("accompanimentId", "This accompaniment already led to an intake.");
        }
        if (!learner.getSite().getId().equals(site.getId())) {
            throw new ConflictException("accompanimentId", "The intake is at another site than the accompaniment.");
        }
        this.learner = learner;
    }

    public boolean isConverted() {
        return learner != null;
    }

    public Site getSite() { return site; }
    public LocalDate getHappenedOn() { return happenedOn; }
    public AccompanimentTopic getTopic() { return topic; }
    public int getDurationMinutes() { return durationMinutes; }
    public AccompanimentEquipment getEquipmentUsed() { return equipmentUsed; }
    public String getFirstName() { return firstName; }
    public String getNote() { return note; }
    public Learner getLearner() { return learner; }
    public String getRecordedBy() { return recordedBy; }
    public LocalDateTime getRecordedAt() { return recordedAt; }
}
