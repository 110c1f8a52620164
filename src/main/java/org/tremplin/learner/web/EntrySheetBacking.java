package org.tremplin.learner.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.omnifaces.util.Messages;
import org.tremplin.learner.application.EnrolmentService;
import org.tremplin.learner.domain.Enrolment;
import org.tremplin.learner.domain.EntrySituation;
import org.tremplin.learner.domain.LabourStatus;
import org.tremplin.shared.domain.ConflictException;

/**
 * The learner file's correction of a participant sheet at entry (enrolments tab): the situation kept from
 * the first entry into a programme, corrected explicitly with a reason that the audit trail keeps.
 */
@Named
@ViewScoped
public class EntrySheetBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    EnrolmentService enrolments;

    @Inject
    LearnerFileBacking file;

    @Inject
    LearnerEnrolmentsBacking enrolmentsTab;

    private Long enrolmentId;
    private String programme;
    private LabourStatus labourStatus;
    private LocalDate unemployedSince;
    private Integer iscedLevel;
    private boolean disability;
    private boolean thirdCountryNational;
    private boolean foreignBackground;
    private boolean minority;
    private boolean homeless;
    private boolean ruralArea;
    private String reason;

    /** Opens the form on an enrolment's sheet. */
    public void edit(Enrolment e) {
        file.show("enrolments");
        EntrySituation s = e.getEntrySituation();
        enrolmentId = e.getId();
        programme = e.getCohort().getProgramme().getName();
        labourStatus = s.getLabourStatus();
        unemployedSince = s.getUnemployedSince();
        iscedLevel = s.getIscedLevel();
        disability = s.isDisability();
        thirdCountryNational = s.isThirdCountryNational();
        foreignBackground = s.isForeignBackground();
        minority = s.isMinority();
        homeless = s.isHomeless();
        ruralArea = s.isRuralArea();
        reason = null;
    }

    public void save() {
        file.show("enrolments");
        if (unemployedSince != null && labourStatus != LabourStatus.UNEMPLOYED) {
            Messages.addError("tabs:sheetForm:unemployedSince", "tremplin.unemployedSince.notUnemployed");
            return;
        }
        try {
            enrolments.correctEntrySheet(enrolmentId, new EntrySituation(labourStatus, unemployedSince, iscedLevel, disability,
                    thirdCountryNational, foreignBackground, minority, homeless, ruralArea), reason);
        } catch (ConflictException e) {
            Messages.addError("tabs:sheetForm:reason", "entrySheet.reasonNeeded");
            return;
        }
        Messages.addGlobalInfo("entrySheet.corrected", programme);
        enrolmentId = null;
        enrolmentsTab.changed();
    }

    public void cancel() {
        file.show("enrolments");
        enrolmentId = null;
    }

    public boolean isEditing() { return enrolmentId != null; }
    public LabourStatus[] getLabourStatuses() { return LabourStatus.values(); }
    public List<Integer> getIscedLevels() { return IntStream.rangeClosed(0, 8).boxed().toList(); }
    public String getProgramme() { return programme; }
    public LabourStatus getLabourStatus() { return labourStatus; }
    public void setLabourStatus(LabourStatus labourStatus) { this.labourStatus = labourStatus; }
    public LocalDate getUnemployedSince() { return unemployedSince; }
    public void setUnemployedSince(LocalDate unemployedSince) { this.unemployedSince = unemployedSince; }
    public Integer getIscedLevel() { return iscedLevel; }
    public void setIscedLevel(Integer iscedLevel) { this.iscedLevel = iscedLevel; }
    public boolean isDisability() { return disability; }
    public void setDisability(boolean disability) { this.disability = disability; }
    public boolean isThirdCountryNational() { return thirdCountryNational; }
    public void setThirdCountryNational(boolean v) { this.thirdCountryNational = v; }
    public boolean isForeignBackground() { return foreignBackground; }
    public void setForeignBackground(boolean foreignBackground) { this.foreignBackground = foreignBackground; }
    public boolean isMinority() { return minority; }
    public void setMinority(boolean minority) { this.minority = minority; }
    public boolean isHomeless() { return homeless; }
    public void setHomeless(boolean homeless) { this.homeless = homeless; }
    public boolean isRuralArea() { return ruralArea; }
    public void setRuralArea(boolean ruralArea) { this.ruralArea = ruralArea; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
