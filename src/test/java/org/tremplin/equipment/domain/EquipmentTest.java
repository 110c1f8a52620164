package org.tremplin.equipment.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.tremplin.learner.domain.Learner;
import org.tremplin.programme.domain.Site;
import org.tremplin.shared.domain.ConflictException;

/** The item's life: which actions each status allows, lending, giving back, losing. */
class EquipmentTest {

    static final LocalDate TODAY = LocalDate.now();

    final Site site = new Site("Médiathèque", "Roubaix");
    final Learner learner = new Learner("Amina", "Benali", site);

    Equipment item() {
        return new Equipment(" syn-pc-001 ", EquipmentType.LAPTOP, site);
    }

    Loan lent(Equipment item) {
        return item.lend(learner, TODAY.minusDays(10), TODAY.plusDays(20), EquipmentCondition.GOOD, "chargeur", false, "nadia");
    }

    @Test
    void assetTagsAreComparedAsPrintedOnTheLabel() {
        assertEquals("SYN-PC-001", item().getAssetTag());
        assertEquals("SYN-PC-001", Equipment.normaliseTag("syn-pc-001\t"));
    }

    @Test
    void aNewItemIsAvailableAndCanBeLentOrSentAway() {
        Equipment item = item();
        assertTrue(item.isAvailable());
        assertEquals(EnumSet.of(EquipmentAction.LENT, EquipmentAction.TO_REPAIR, EquipmentAction.LOST, EquipmentAction.RETIRED),
                item.allowedActions());
    }

    @Test
    void lendingPutsTheItemOnLoanAndASecondLendIsRefused() {
        Equipment item = item();
        Loan loan = lent(item);
        assertEquals(EquipmentStatus.ON_LOAN, item.getStatus());
        assertTrue(loan.isOpen());
        assertEquals(TODAY.plusDays(20), loan.getDueDate());
        assertEquals("nadia", loan.getOutBy());
        ConflictException e = assertThrows(ConflictException.class, () -> lent(item));
        assertEquals("equipmentId", e.getField());
        assertTrue(e.getMessage().contains("on loan"), e.getMessage());
    }

    @Test
    void aDueDateBeforeTheHandOverOrAHandOverInTheFutureIsRefusedAndTheItemStaysAvailable() {
        Equipment item = item();
        ConflictException due = assertThrows(ConflictException.class,
                () -> item.lend(learner, TODAY, TODAY.minusDays(1), null, null, false, "nadia"));
        assertEquals("dueDate", due.getField());
        ConflictException out = assertThrows(ConflictException.class,
                () -> item.lend(learner, TODAY.plusDays(1), TODAY.plusDays(9), null, null, false, "nadia"));
        assertEquals("outDate", out.getField());
        assertTrue(item.isAvailable());
    }

    @Test
    void givenBackWipedAndInWorkingOrderTheItemIsAvailableAgain() {
        Equipment item = item();
        Loan loan = lent(item);
        item.giveBack(loan, TODAY, EquipmentCondition.FAIR, true, "  ", "nadia");
        assertEquals(EquipmentStatus.AVAILABLE, item.getStatus());
        assertEquals(EquipmentCondition.FAIR, item.getCondition());
        assertFalse(loan.isOpen());
        assertEquals(LoanClosure.RETURNED, loan.getClosure());
        assertNull(loan.getDamageNotes());
        assertThrows(ConflictException.class, () -> item.giveBack(loan, TODAY, EquipmentCondition.GOOD, true, null, "nadia"));
    }

    @ParameterizedTest
    @EnumSource(value = EquipmentCondition.class, names = "DAMAGED")
    void damagedOrNotWipedGoesToRepair(EquipmentCondition damaged) {
        Equipment broken = item();
        Loan first = lent(broken);
        broken.giveBack(first, TODAY, damaged, true, "écran fissuré", "nadia");
        assertEquals(EquipmentStatus.IN_REPAIR, broken.getStatus());
        assertEquals("écran fissuré", first.getDamageNotes());

        Equipment unwiped = item();
        Loan second = lent(unwiped);
        unwiped.giveBack(second, TODAY, EquipmentCondition.GOOD, false, null, "nadia");
        assertEquals(EquipmentStatus.IN_REPAIR, unwiped.getStatus());
        assertTrue(second.needsRepair());
    }

    @Test
    void aDamagedItemGoesToRepairUnlessTheCoordinatorPutsItBackButUnwipedDataAlwaysSendsItToRepair() {
        Equipment scratched = item();
        Loan first = lent(scratched);
        scratched.giveBack(first, new Loan.Return(TODAY, EquipmentCondition.DAMAGED, true, "rayure", List.of(), false), "nadia");
        assertEquals(EquipmentStatus.AVAILABLE, scratched.getStatus(), "a scratch: back to available, as chosen");
        assertEquals(EquipmentCondition.DAMAGED, scratched.getCondition());

        Equipment cracked = item();
        Loan second = lent(cracked);
        cracked.giveBack(second, new Loan.Return(TODAY, EquipmentCondition.DAMAGED, true, "écran", List.of(), true), "nadia");
        assertEquals(EquipmentStatus.IN_REPAIR, cracked.getStatus());

        Equipment unwiped = item();
        Loan third = lent(unwiped);
        unwiped.giveBack(third, new Loan.Return(TODAY, EquipmentCondition.DAMAGED, false, null, List.of(), false), "nadia");
        assertEquals(EquipmentStatus.IN_REPAIR, unwiped.getStatus(), "the borrower's data is still on it");
    }

    @Test
    void theReturnChecklistKeepsTheAccessoriesThatDidNotComeBackAndRefusesOnesNeverHandedOver() {
        Equipment item = item();
        Loan loan = item.lend(learner, TODAY.minusDays(10), TODAY.plusDays(20), EquipmentCondition.GOOD,
                "Chargeur, housse ; souris", false, "nadia");
        assertEquals(List.of("Chargeur", "housse", "souris"), loan.accessoryList());
        ConflictException unknown = assertThrows(ConflictException.class, () -> item.giveBack(loan,
                new Loan.Return(TODAY, EquipmentCondition.GOOD, true, null, List.of("stylet"), null), "nadia"));
        assertEquals("missingAccessories", unknown.getField());
        assertTrue(loan.isOpen(), "nothing closed");
        item.giveBack(loan, new Loan.Return(TODAY, EquipmentCondition.GOOD, true, null, List.of("HOUSSE"), null), "nadia");
        assertEquals(List.of("housse"), loan.missingList(), "as written on the agreement");
        assertEquals(List.of("Chargeur", "souris"), loan.returnedList());
        assertEquals(EquipmentStatus.AVAILABLE, item.getStatus());
    }

    @Test
    void aReminderByHandIsCountedOnAnOpenLoanOnly() {
        Equipment item = item();
        Loan loan = lent(item);
        loan.reminded(TODAY);
        loan.reminded(TODAY);
        assertEquals(2, loan.getRemindersSent());
        assertEquals(TODAY, loan.getRemindedOn());
        item.giveBack(loan, TODAY, EquipmentCondition.GOOD, true, null, "nadia");
        assertThrows(ConflictException.class, () -> loan.reminded(TODAY));
    }

    @Test
    void aReturnDateBeforeTheHandOverIsRefused() {
        Equipment item = item();
        Loan loan = lent(item);
        ConflictException e = assertThrows(ConflictException.class,
                () -> item.giveBack(loan, TODAY.minusDays(11), EquipmentCondition.GOOD, true, null, "nadia"));
        assertEquals("returnedDate", e.getField());
        assertTrue(loan.isOpen());
        assertEquals(EquipmentStatus.ON_LOAN, item.getStatus());
    }

    @Test
    void losingALentItemClosesItsLoanAndOnlyFindingOrRetiringRemain() {
        Equipment item = item();
        Loan loan = lent(item);
        item.apply(EquipmentAction.LOST, loan, "volé", "nadia");
        assertEquals(EquipmentStatus.LOST, item.getStatus());
        assertEquals(LoanClosure.LOST, loan.getClosure());
        assertFalse(loan.isOpen());
        assertEquals(Set.of(EquipmentAction.FOUND, EquipmentAction.RETIRED), item.allowedActions());
        assertThrows(ConflictException.class, () -> lent(item));
        item.apply(EquipmentAction.FOUND, null, null, "nadia");
        assertEquals(EquipmentStatus.IN_REPAIR, item.getStatus());
        item.apply(EquipmentAction.REPAIRED, null, null, "nadia");
        assertTrue(item.isAvailable());
    }

    @Test
    void aRetiredItemAllowsNothingAndLendingIsNotADirectAction() {
        Equipment item = item();
        assertThrows(ConflictException.class, () -> item.apply(EquipmentAction.LENT, null, null, "nadia"));
        item.apply(EquipmentAction.RETIRED, null, "batterie morte", "admin");
        assertTrue(item.allowedActions().isEmpty());
        assertThrows(ConflictException.class, () -> item.apply(EquipmentAction.TO_REPAIR, null, null, "admin"));
    }

    @Test
    void overdueFromTheDayAfterTheDueDateWithTheDaysCounted() {
        Loan loan = lent(item());
        assertFalse(loan.isOverdueOn(TODAY.plusDays(20)));
        assertTrue(loan.isOverdueOn(TODAY.plusDays(21)));
        assertEquals(5, loan.daysLateOn(TODAY.plusDays(25)));
        assertEquals(0, loan.daysLateOn(TODAY));
    }

    @Test
    void extendingMovesTheDueDateButNeverBeforeTheHandOver() {
        Loan loan = lent(item());
        loan.extend(TODAY.plusDays(60));
        assertEquals(TODAY.plusDays(60), loan.getDueDate());
        assertThrows(ConflictException.class, () -> loan.extend(TODAY.minusDays(11)));
    }
}
