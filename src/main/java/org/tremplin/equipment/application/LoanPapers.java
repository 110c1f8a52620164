package org.tremplin.equipment.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.tremplin.equipment.domain.Loan;
import org.tremplin.equipment.infrastructure.LoanDocuments;
import org.tremplin.equipment.infrastructure.LoanSheet;
import org.tremplin.identity.application.AccountService;
import org.tremplin.identity.domain.Account;
import org.tremplin.learner.application.EnrolmentService;
import org.tremplin.programme.domain.Programme;
import org.tremplin.shared.domain.ConflictException;
import org.tremplin.shared.infrastructure.PdfWriter;
import org.tremplin.shared.web.Texts;

/** The papers of a loan, in the reader's language: the agreement to sign, the receipt at return. */
@ApplicationScoped
public class LoanPapers {

    private final LoanDocuments documents = new LoanDocuments();

    @Inject
    LoanService loans;

    @Inject
    EnrolmentService enrolments;

    @Inject
    AccountService accounts;

    public byte[] agreement(Long loanId, Locale locale) {
        return documents.agreement(sheet(loans.get(loanId), locale));
    }

    /** Only for a loan that was given back (409 otherwise). */
    public byte[] receipt(Long loanId, Locale locale) {
        Loan loan = loans.get(loanId);
        if (loan.getReturnedDate() == null) {
            throw new ConflictException("loanId", "This loan has not been given back: there is no receipt yet.");
        }
        return documents.receipt(sheet(loan, locale));
    }

    private LoanSheet sheet(Loan o, Locale locale) {
        ResourceBundle msg = ResourceBundle.getBundle(Texts.BUNDLE, locale);
        Programme current = enrolments.currentProgramme(o.getLearner().getId()).orElse(null);
        String programme = current == null ? null : current.getName();
        return new LoanSheet(locale, programme, o.getEquipment().getSite().getName(), o.getLearner().getFullName(),
                o.getEquipment().getAssetTag(), msg.getString("EquipmentType." + o.getEquipment().getType()),
                o.getEquipment().getMake(), o.getEquipment().getModel(), o.getEquipment().getSerialNumber(),
                o.getAccessories(), msg.getString("EquipmentCondition." + o.getConditionOut()),
                o.getOutDate(), displayName(o.getOutBy()), o.getDueDate(),
                o.getReturnedDate(), o.getConditionIn() == null ? null : msg.getString("EquipmentCondition." + o.getConditionIn()),
                o.getDataWiped(), o.getDamageNotes(), o.getReturnedBy() == null ? null : displayName(o.getReturnedBy()),
                current == null ? null : PdfWriter.Letterhead.of(current.getName(), current.getFunder(), current.isEuCofunded(), locale),
                o.getEquipment().getReplacementValue(), o.getReturnedDate() == null ? List.of() : o.returnedList(), o.missingList());
    }

    private String displayName(String username) {
        return accounts.byUsername(username).map(Account::getDisplayName).orElse(username);
    }
}
