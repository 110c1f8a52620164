package org.tremplin.learner.rest;

import org.tremplin.learner.domain.Enrolment;
import org.tremplin.learner.domain.EntrySituation;
import org.tremplin.shared.rest.Inputs;

/**
 * The participant sheet at entry of an enrolment: the ESF+ situation kept from the first entry into the
 * programme. {@code corrected}: a coordinator corrected it (the sheet no longer follows the record). A PUT
 * sends the same fields and the {@code reason} for the correction.
 */
public record EntrySheetJson(Long enrolmentId, String labourStatus, String unemployedSince, Integer iscedLevel,
        Boolean disability, Boolean thirdCountryNational, Boolean foreignBackground, Boolean minority, Boolean homeless,
        Boolean ruralArea, Boolean corrected, String reason) {

    static EntrySheetJson of(Enrolment e) {
        EntrySituation s = e.getEntrySituation();
        return new EntrySheetJson(e.getId(), Inputs.text(s.getLabourStatus()), Inputs.text(s.getUnemployedSince()),
                s.getIscedLevel(), s.isDisability(), s.isThirdCountryNational(), s.isForeignBackground(), s.isMinority(),
                s.isHomeless(), s.isRuralArea(), e.isEntrySheetCorrected(), null);
    }
}
