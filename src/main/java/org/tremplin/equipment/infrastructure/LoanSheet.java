package org.tremplin.equipment.infrastructure;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.tremplin.shared.infrastructure.PdfWriter;

/**
 * What the loan papers print, already resolved to text in the reader's language (labels of type and
 * condition, display names). Fields of the return are {@code null} while the loan is open; optional
 * fields (programme, make, model, serial number, accessories, damage notes) may be {@code null}, and the
 * letterhead (the programme's, with the EU emblem when it is co-funded) when the learner is in no programme;
 * the replacement value (euros) may be {@code null}; at return, the accessories checked back and those missing.
 */
public record LoanSheet(Locale locale, String programme, String site, String learnerName, String assetTag,
        String typeLabel, String make, String model, String serialNumber, String accessories,
        String conditionOutLabel, LocalDate outDate, String lentBy, LocalDate dueDate,
        LocalDate returnedDate, String conditionInLabel, Boolean dataWiped, String damageNotes, String receivedBy,
        PdfWriter.Letterhead letterhead, BigDecimal replacementValue, List<String> returnedAccessories,
        List<String> missingAccessories) {

    public LoanSheet {
        returnedAccessories = returnedAccessories == null ? List.of() : List.copyOf(returnedAccessories);
        missingAccessories = missingAccessories == null ? List.of() : List.copyOf(missingAccessories);
    }
}
