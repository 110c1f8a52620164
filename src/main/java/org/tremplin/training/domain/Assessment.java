package org.tremplin.training.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.tremplin.learner.domain.Learner;
import org.tremplin.shared.domain.BaseEntity;
import org.tremplin.shared.domain.InvalidValueException;

/**
 * A DigComp 2.2 skill assessment of a learner: when (entry, intermediate, exit), how (self, trainer,
 * Pix) and a level 1–8 for each competence assessed. The levels are checked here; whether each code
 * is a real competence is checked against the reference table by the service.
 */
@Entity
@Table(name = "assessment")
public class Assessment extends BaseEntity {

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "learner_id", nullable = false)
    private Learner learner;

    @NotNull
    @Column(name = "assessed_on", nullable = false)
    private LocalDate assessedOn;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private AssessmentKind kind;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private AssessmentMethod method;

    @Column(nullable = false, length = 40)
    private String assessor;

    @Size(max = 500)
    @Column(length = 500)
    private String note;

    // a list of assessments reads the levels of all its rows in one more statement, not one per assessment
    @ElementCollection(fetch = FetchType.EAGER)
    @BatchFetch(BatchFetchType.IN)
    @CollectionTable(name = "assessment_level", joinColumns = @JoinColumn(name = "assessment_id"))
    @MapKeyColumn(name = "competence_code", length = 5)
    @Column(name = "level", nullable = false)
    private Map<String, Integer> levels = new TreeMap<>();

    protected Assessment() {
    }

    public Assessment(Learner learner, LocalDate assessedOn, AssessmentKind kind, AssessmentMethod method,
            Map<String, Integer> levels, String note, String assessor) {
        this.learner = learner;
        this.assessor = assessor;
        correct(assessedOn, kind, method, levels, note);
    }

    /**
     * Replaces what was recorded (a correction: a wrong level, date or kind), under the same rules as a new one;
     * the assessor stays, the audit trail says who corrected it.
     */
    public void correct(LocalDate assessedOn, AssessmentKind kind, AssessmentMethod method, Map<String, Integer> levels,
            String note) {
        if (assessedOn == null) {
            throw new InvalidValueException("date", "Give the date of the assessment.");
        }
        if (assessedOn.isAfter(LocalDate.now())) {
            throw new InvalidValueException("date", "An assessment cannot be dated in the future.");
        }
        if (kind == null) {
            throw new InvalidValueException("kind", "Choose entry, intermediate or exit.");
        }
        if (method == null) {
            throw new InvalidValueException("method", "Choose self-assessment, trainer or Pix.");
        }
        if (levels == null || levels.isEmpty()) {
            throw new InvalidValueException("levels", "Give a level for at least one competence.");
        }
        levels.forEach((code, level) -> {
            if (!DigCompLevel.isValid(level)) {
                throw new InvalidValueException("levels." + code, "The level of " + code + " must be from 1 to 8, not "
                        + level + ".");
            }
        });
        this.assessedOn = assessedOn;
        this.kind = kind;
        this.method = method;
        this.levels = new TreeMap<>(levels);
        this.note = note == null || note.isBlank() ? null : note.strip();
    }

    /** The level of a competence, or null when it was not assessed. */
    public Integer levelOf(String code) {
        return levels.get(code);
    }

    /** The levels by competence code, in code order. */
    public List<Map.Entry<String, Integer>> getSortedLevels() {
        return List.copyOf(new TreeMap<>(levels).entrySet());
    }

    public Learner getLearner() { return learner; }
    public LocalDate getAssessedOn() { return assessedOn; }
    public AssessmentKind getKind() { return kind; }
    public AssessmentMethod getMethod() { return method; }
    public String getAssessor() { return assessor; }
    public String getNote() { return note; }
    public Map<String, Integer> getLevels() { return Map.copyOf(levels); }
}
