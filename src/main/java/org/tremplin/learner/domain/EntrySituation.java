package org.tremplin.learner.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * The participant sheet at entry: the ESF+ situation of a person when they first enter a programme
 * (labour-market status and since when, ISCED level, the characteristics), kept with that entry as it was.
 * The ESF+ outputs (EECO02–17), the completeness figure and the outcomes read it, never the person's
 * current record, so that recording a job today does not change last year's "unemployed at entry".
 */
@Embeddable
public class EntrySituation implements Serializable {

    private static final long serialVersionUID = 1L;

    @Enumerated(EnumType.STRING)
    @Column(table = Enrolment.ENTRY_SHEET, name = "labour_status", length = 16)
    private LabourStatus labourStatus;

    @Column(table = Enrolment.ENTRY_SHEET, name = "unemployed_since")
    private LocalDate unemployedSince;

    @Column(table = Enrolment.ENTRY_SHEET, name = "isced_level")
    private Integer iscedLevel;

    @Column(table = Enrolment.ENTRY_SHEET, name = "disability", nullable = false)
    private boolean disability;

    @Column(table = Enrolment.ENTRY_SHEET, name = "third_country_national", nullable = false)
    private boolean thirdCountryNational;

    @Column(table = Enrolment.ENTRY_SHEET, name = "foreign_background", nullable = false)
    private boolean foreignBackground;

    @Column(table = Enrolment.ENTRY_SHEET, name = "minority", nullable = false)
    private boolean minority;

    @Column(table = Enrolment.ENTRY_SHEET, name = "homeless", nullable = false)
    private boolean homeless;

    @Column(table = Enrolment.ENTRY_SHEET, name = "rural_area", nullable = false)
    private boolean ruralArea;

    protected EntrySituation() {
    }

    public EntrySituation(LabourStatus labourStatus, LocalDate unemployedSince, Integer iscedLevel, boolean disability,
            boolean thirdCountryNational, boolean foreignBackground, boolean minority, boolean homeless, boolean ruralArea) {
        this.labourStatus = labourStatus;
        this.unemployedSince = labourStatus == LabourStatus.UNEMPLOYED ? unemployedSince : null;
        this.iscedLevel = iscedLevel;
        this.disability = disability;
        this.thirdCountryNational = thirdCountryNational;
        this.foreignBackground = foreignBackground;
        this.minority = minority;
        this.homeless = homeless;
        this.ruralArea = ruralArea;
    }

    /** The person's situation as their record holds it now. */
    public static EntrySituation of(Learner l) {
        return new EntrySituation(l.getLabourStatus(), l.getUnemployedSince(), l.getIscedLevel(), l.isDisability(),
                l.isThirdCountNational(), l.isForeignBackground(), l.isMinority(), l.isHomeless(), l.isRuralArea());
    }

    public LabourStatus getLabourStatus() { return labourStatus; }
    public LocalDate getUnemployedSince() { return unemployedSince; }
    public Integer getIscedLevel() { return iscedLevel; }
    public boolean isDisability() { return disability; }
    public boolean isThirdCountryNational() { return thirdCountryNational; }
    public boolean isForeignBackground() { return foreignBackground; }
    public boolean isMinority() { return minority; }
    public boolean isHomeless() { return homeless; }
    public boolean isRuralArea() { return ruralArea; }

    @Override
    public boolean equals(Object o) {
        return o instanceof EntrySituation s && labourStatus == s.labourStatus && java.util.Objects.equals(unemployedSince, s.unemployedSince)
                && java.util.Objects.equals(iscedLevel, s.iscedLevel) && disability == s.disability
                && thirdCountryNational == s.thirdCountryNational && foreignBackground == s.foreignBackground
                && minority == s.minority && homeless == s.homeless && ruralArea == s.ruralArea;
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(labourStatus, unemployedSince, iscedLevel, disability, thirdCountryNational,
                foreignBackground, minority, homeless, ruralArea);
    }

    @Override
    public String toString() {
        return labourStatus + (unemployedSince == null ? "" : " since " + unemployedSince) + ", ISCED " + iscedLevel
                + (disability ? ", disability" : "") + (thirdCountryNational ? ", third-country national" : "")
                + (foreignBackground ? ", foreign background" : "") + (minority ? ", minority" : "")
                + (homeless ? ", homeless" : "") + (ruralArea ? ", rural area" : "");
    }
}
