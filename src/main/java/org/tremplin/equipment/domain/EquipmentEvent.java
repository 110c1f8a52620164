package org.tremplin.equipment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import org.tremplin.shared.domain.BaseEntity;

/** One line of an item's history: what happened, when, by whom. Never changed once written. */
@Entity
@Table(name = "equipment_event")
public class EquipmentEvent extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "equipment_id", nullable = false, updatable = false)
    private Equipment equipment;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "loan_id", updatable = false)
    private Loan loan;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16, updatable = false)
    private EquipmentAction action;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private LocalDateTime occurredAt;

    @Column(name = "done_by", nullable = false, length = 40, updatable = false)
    private String doneBy;

    @Column(length = 500, updatable = false)
    private String note;

    protected EquipmentEvent() {
    }

    EquipmentEvent(Equipment equipment, EquipmentAction action, String doneBy, String note, Loan loan) {
        this.equipment = equipment;
        this.action = action;
        this.doneBy = doneBy == null ? "system" : doneBy;
        this.note = note == null || note.isBlank() ? null : note.strip().substring(0, Math.min(500, note.strip().length()));
        this.loan = loan;
        this.occurredAt = LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS);
    }

    public Equipment getEquipment() { return equipment; }
    public Loan getLoan() { return loan; }
    public EquipmentAction getAction() { return action; }
    public LocalDateTime getOccurredAt() { return occurredAt; }
    public String getDoneBy() { return doneBy; }
    public String getNote() { return note; }
}
