package org.tremplin.equipment.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import org.tremplin.audit.application.Audited;
import org.tremplin.equipment.domain.Equipment;
import org.tremplin.equipment.domain.Loan;
import org.tremplin.equipment.domain.LoanFilter;
import org.tremplin.equipment.infrastructure.EquipmentRepository;
import org.tremplin.equipment.infrastructure.LoanRepository;
import org.tremplin.identity.application.CurrentUser;
import org.tremplin.learner.application.EnrolmentService;
import org.tremplin.learner.application.LearnerService;
import org.tremplin.learner.domain.Enrolment;
import org.tremplin.learner.domain.Learner;
import org.tremplin.programme.application.ProgrammeService;
import org.tremplin.shared.domain.ConflictException;
import org.tremplin.shared.domain.NotFoundException;
import org.tremplin.shared.domain.Page;
import org.tremplin.shared.infrastructure.PersonMessenger;
import org.tremplin.shared.web.Texts;

/** Lend, give back, follow up. Each call is one transaction; the item's row is locked while it changes. */
@ApplicationScoped
@Transactional
@Audited
public class LoanService {

    /** Without an open cohort, an item is lent for this many days. */
    static final int DEFAULT_LOAN_DAYS = 90;

    @Inject
    LoanRepository loans;

    @Inject
    EquipmentRepository items;

    @Inject
    LearnerService learners;

    @Inject
    EnrolmentService enrolments;

    @Inject
    ProgrammeService programmes;

    @Inject
    CurrentUser user;

    @Inject
    PersonMessenger messenger;

    /**
     * Check-out. Concurrent lends of one item queue on its row lock: the first one lends it, the
     * others find it on loan and get a conflict. The unique open-loan column is the last guard.
     */
    public Loan lend(@NotNull LendRequest request) {
        Learner learner = learners.get(request.learnerId());
        Long itemId = request.equipmentId() != null ? request.equipmentId()
                : items.byAssetTag(request.assetTag()).map(Equipment::getId)
                        .orElseThrow(() -> new NotFoundException("Equipment", request.assetTag()));
        Equipment item = items.lock(itemId);
        user.checkSite(item.getSite().getId(), "Equipment", itemId);
        LocalDate out = request.outDate() == null ? LocalDate.now() : request.outDate();
        LocalDate due = request.dueDate() != null ? request.dueDate() : defaultDueDate(learner.getId(), out);
        Loan loan = item.lend(learner, out, due, request.conditionOut(), request.accessories(),
                request.agreementSigned(), user.getUsername());
        loans.store(loan);
        loans.flush();
        return loan;
    }

    public Loan giveBack(@NotNull Long loanId, @NotNull ReturnRequest request) {
        Loan loan = get(loanId);
        Equipment item = items.lock(loan.getEquipment().getId());
        item.giveBack(loan, new Loan.Return(request.returnedDate() == null ? LocalDate.now() : request.returnedDate(),
                request.conditionIn(), request.dataWiped(), request.damageNotes(), request.missingAccessories(),
                request.toRepair()), user.getUsername());
        loans.flush();
        return loan;
    }

    /**
     * "Send a reminder now": the borrower gets a message by e-mail and SMS (where they have them) saying
     * what to bring back, by when and where; the loan keeps the day. Returns how it went out (HAND: nowhere).
     */
    public PersonMessenger.Delivery remindNow(@NotNull Long loanId) {
        Loan loan = get(loanId);
        Learner l = loan.getLearner();
        if (!PersonMessenger.reachable(l.getEmail(), l.getPhone())) {
            throw new ConflictException("learner", "The borrower has neither an e-mail address nor a mobile number: call them.");
        }
        Locale locale = Locale.FRENCH; // learners have no language of their own yet: the programmes' language
        ResourceBundle labels = ResourceBundle.getBundle(Texts.BUNDLE, locale);
        String item = labels.getString("EquipmentType." + loan.getEquipment().getType()) + " " + loan.getEquipment().getAssetTag();
        String due = loan.getDueDate().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale));
        PersonMessenger.Delivery d = messenger.send("learner " + l.getId(), l.getEmail(), l.getPhone(), locale,
                loan.isOverdueOn(LocalDate.now()) ? "loan.reminder.overdue" : "loan.reminder.due",
                l.getFirstName(), item, due, loan.getEquipment().getSite().getName());
        if (!d.channels().isEmpty()) {
            loan.reminded(LocalDate.now());
            loans.flush();
        }
        return d;
    }

    /** Due date and signature are the only things that change on an open loan. */
    public Loan update(@NotNull Long loanId, Long version, LocalDate dueDate, boolean agreementSigned) {
        Loan loan = get(loanId);
        loan.checkVersion(version);
        if (dueDate != null && !dueDate.equals(loan.getDueDate())) {
            loan.extend(dueDate);
        }
        if (agreementSigned) {
            loan.recordSignature();
        }
        loans.flush();
        return loan;
    }

    /** The end of the learner's latest open cohort (if not already past), else a fixed period. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public LocalDate defaultDueDate(@NotNull Long learnerId, @NotNull LocalDate from) {
        return enrolments.ofLearner(learnerId).stream().filter(Enrolment::isOpen)
                .map(e -> e.getCohort().getEndDate()).filter(end -> !end.isBefore(from))
                .max(Comparator.naturalOrder()).orElse(from.plusDays(DEFAULT_LOAN_DAYS));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Loan get(@NotNull Long id) {
        Loan loan = loans.get(id);
        user.checkSite(loan.getEquipment().getSite().getId(), "Loan", id);
        return loan;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Loan> search(@NotNull LoanFilter filter, int first, int size) {
        return loans.search(filter, user.siteScope(), LocalDate.now(), first, size);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long count(@NotNull LoanFilter filter) {
        return loans.count(filter, user.siteScope(), LocalDate.now());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Loan> page(@NotNull LoanFilter filter, int first, int size) {
        return loans.page(filter, user.siteScope(), LocalDate.now(), first, size);
    }

    /** Every loan of a learner the caller may see, newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Loan> ofLearner(@NotNull Long learnerId) {
        learners.get(learnerId);
        return loans.search(new LoanFilter(learnerId, null, null, false, false), user.siteScope(), LocalDate.now(),
                0, 1000).items();
    }

    /** Every loan of an item, newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Loan> ofEquipment(@NotNull Long equipmentId) {
        Equipment item = items.get(equipmentId);
        user.checkSite(item.getSite().getId(), "Equipment", equipmentId);
        return loans.search(new LoanFilter(null, equipmentId, null, false, false), Optional.empty(),
                LocalDate.now(), 0, 1000).items();
    }

    /** Loans open and overdue now, in the caller's sites. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public LoanCounts counts() {
        long[] counts = loans.openAndOverdue(user.siteScope(), LocalDate.now());
        return new LoanCounts(counts[0], counts[1]);
    }

    /** For a cohort page: the members holding an item, with its due date (one statement). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<Long, LocalDate> heldInCohort(@NotNull Long cohortId) {
        programmes.cohort(cohortId);
        Map<Long, LocalDate> held = new HashMap<>();
        for (Object[] row : loans.openLoansInCohort(cohortId)) {
            held.merge((Long) row[0], (LocalDate) row[1], (a, b) -> a.isBefore(b) ? a : b);
        }
        return held;
    }

    /** Open loans and those among them past due. */
    public record LoanCounts(long open, long overdue) {
    }
}
