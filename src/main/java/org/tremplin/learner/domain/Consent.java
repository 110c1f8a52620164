package org.tremplin.learner.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import java.time.LocalDate;
import org.tremplin.shared.domain.BaseEntity;
import org.tremplin.shared.domain.ConflictException;

/**
 * One entry of the consent register: a learner agreed (or refused) a purpose on a day, in some way,
 * recorded by someone; a later withdrawal ends it. The history stays: a new consent is a new entry.
 */
@Entity
@Table(name = "consent")
public class Consent extends BaseEntity {

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "learner_id", nullable = false)
    private Learner learner;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private ConsentPurpose purpose;

    /** False records an explicit refusal. */
    private boolean given;

    @NotNull
    @PastOrPresent
    @Column(name = "given_on", nullable = false)
    private LocalDate givenOn;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ConsentMethod method;

    @NotBlank
    @Column(name = "recorded_by", nullable = false, length = 40)
    private String recordedBy;

    @Column(name = "withdrawn_on")
    private LocalDate withdrawnOn;

    @Column(name = "withdrawn_by", length = 40)
    private String withdrawnBy;

    protected Consent() {
    }

    public Consent(Learner learner, ConsentPurpose purpose, boolean given, LocalDate givenOn, ConsentMethod method,
            String recordedBy) {
        this.learner = learner;
        this.purpose = purpose;
        this.given = given;
        this.givenOn = givenOn;
        this.method = method;
        this.recordedBy = recordedBy;
    }

    /** Ends a consent from a day on; the processing it covered stops. */
    public void withdraw(LocalDate on, String by) {
        if (!isActive()) {
            throw new ConflictException("withdrawnOn", "This consent is not in force.");
        }
        if (on == null || on.isBefore(givenOn)) {
            throw new ConflictException("withdrawnOn", "A consent is withdrawn on or after the day it was given.");
        }
        this.withdrawnOn = on;
        this.withdrawnBy = by;
    }

    /** Given and not withdrawn. */
    public boolean isActive() {
        return given && withdrawnOn == null;
    }

    public Learner getLearner() { return learner; }
    public ConsentPurpose getPurpose() { return purpose; }
    public boolean isGiven() { return given; }
    public LocalDate getGivenOn() { return givenOn; }
    public ConsentMethod getMethod() { return method; }
    public String getRecordedBy() { return recordedBy; }
    public LocalDate getWithdrawnOn() { return withdrawnOn; }
    public String getWithdrawnBy() { return withdrawnBy; }
}
