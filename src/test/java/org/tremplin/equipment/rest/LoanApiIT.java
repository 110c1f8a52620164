package org.tremplin.equipment.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.json.JsonObject;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.net.URL;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tremplin.testing.Api;
import org.tremplin.testing.Api.Reply;
import org.tremplin.testing.SharedApp;

/**
 * Equipment and loans through the API, black box: one open loan per item under 20 concurrent
 * lends, unique asset tags and serial numbers, the item's life (return, repair, loss), overdue
 * lists, roles and site scope. No reply may be a 5xx.
 */
class LoanApiIT {

    static final String LILLE = "Centre social Lille-Sud";
    static final String VALENCIENNES = "PopSchool Valenciennes";
    static final AtomicInteger SEQ = new AtomicInteger();


    /** The SMTP server of the failsafe configuration (TREMPLIN_SMTP_HOST/PORT = 127.0.0.1:3025). */
    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP);

    final URL base = SharedApp.url();

    Api admin;
    Api coordinator;
    Map<String, Long> sites;

    @BeforeEach
    void clients() {
        admin = Api.as(base, "admin");
        coordinator = Api.as(base, "coordinator");
        sites = ok(admin.get("api/sites")).array().stream().map(v -> v.asJsonObject())
                .collect(Collectors.toMap(o -> o.getString("name"), o -> o.getJsonNumber("id").longValue()));
    }

    @Test
    void twentyConcurrentLendsOfOneItemMakeExactlyOneLoanAndNineteenCleanConflicts() throws Exception {
        long item = newItem(LILLE);
        List<Long> learners = learnersOf(LILLE, 20);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(20);
        List<Future<Reply>> replies = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            long learner = learners.get(i);
            replies.add(pool.submit(() -> {
                start.await();
                return coordinator.post("api/loans", "{\"equipmentId\":" + item + ",\"learnerId\":" + learner + "}");
            }));
        }
        start.countDown();
        List<Reply> done = new ArrayList<>();
        for (Future<Reply> f : replies) {
            done.add(f.get());
        }
        pool.shutdown();
        Map<Integer, Long> byStatus = done.stream().collect(Collectors.groupingBy(Reply::status, Collectors.counting()));
        assertEquals(Map.of(201, 1L, 409, 19L), byStatus, () -> done.toString());
        assertTrue(done.stream().filter(r -> r.status() == 409).allMatch(Reply::isProblem));
        Reply loans = ok(admin.get("api/loans?equipmentId=" + item));
        assertEquals("1", loans.header("X-Total-Count"));
        assertEquals("ON_LOAN", ok(admin.get("api/equipment/" + item)).object().getString("status"));
    }

    @Test
    void aSecondItemWithAUsedAssetTagOrSerialIsRefusedAndNothingIsStored() {
        String tag = "DUP-" + System.nanoTime();
        Reply first = admin.post("api/equipment", item(tag, "SN" + tag, LILLE));
        assertEquals(201, first.status(), first::toString);
        // the same tag typed in lower case with spaces is the same label
        Reply again = admin.post("api/equipment", item(" " + tag.toLowerCase() + " ", "OTHER" + tag, LILLE));
        assertEquals(409, again.status(), again::toString);
        assertTrue(again.isProblem());
        assertEquals(List.of("assetTag"), again.errorFields());
        Reply serial = admin.post("api/equipment", item("X" + tag, "SN" + tag, LILLE));
        assertEquals(409, serial.status(), serial::toString);
        assertEquals(List.of("serialNumber"), serial.errorFields());
        assertEquals("1", ok(admin.get("api/equipment?q=" + tag)).header("X-Total-Count"));
        assertEquals("0", ok(admin.get("api/equipment?q=X" + tag)).header("X-Total-Count"));
    }

    @Test
    void badItemsAreFourHundredsNamingEachField() {
        Reply bad = admin.post("api/equipment", "{\"assetTag\":\"é é\",\"type\":\"FRIDGE\",\"siteId\":999999999}");
        assertEquals(400, bad.status(), bad::toString);
        assertEquals(List.of("assetTag", "siteId", "type"), bad.errorFields().stream().sorted().toList());
        Reply list = admin.get("api/equipment?status=BROKEN");
        assertEquals(400, list.status());
        assertEquals(List.of("status"), list.errorFields());

        // the status follows from lending, return and actions: given on creation it is refused, not dropped
        String tag = "ST-" + System.nanoTime();
        Reply withStatus = admin.post("api/equipment", "{\"assetTag\":\"" + tag + "\",\"type\":\"LAPTOP\",\"siteId\":"
                + sites.get("Lille-Sud") + ",\"status\":\"LENT\"}");
        assertEquals(400, withStatus.status(), withStatus::toString);
        assertEquals(List.of("status"), withStatus.errorFields(), withStatus::toString);
        assertEquals("0", admin.get("api/equipment?q=" + tag).header("X-Total-Count"), "nothing stored");
        Reply lendUnknown = admin.post("api/loans", "{\"learnerId\":987654321,\"assetTag\":\"NO-SUCH-TAG-1\"}");
        assertEquals(400, lendUnknown.status(), lendUnknown::toString);
        assertTrue(List.of("assetTag", "learnerId").containsAll(lendUnknown.errorFields())
                && !lendUnknown.errorFields().isEmpty(), "the unknown reference is named: " + lendUnknown);
    }

    @Test
    void giveBackWipedMakesTheItemAvailableAgainUnwipedSendsItToRepair() {
        long item = newItem(LILLE);
        long learner = learnersOf(LILLE, 1).get(0);
        JsonObject loan = created(coordinator.post("api/loans", "{\"assetTag\":\"" + tagOf(item).toLowerCase()
                + "\",\"learnerId\":" + learner + ",\"conditionOut\":\"GOOD\",\"accessories\":\"charger\"}"));
        assertFalse(loan.getString("dueDate").isEmpty(), "a due date by default");
        long loanId = loan.getJsonNumber("id").longValue();
        Reply missing = coordinator.post("api/loans/" + loanId + "/return", "{}");
        assertEquals(400, missing.status());
        assertEquals(List.of("conditionIn", "dataWiped"), missing.errorFields());
        JsonObject back = ok(coordinator.post("api/loans/" + loanId + "/return",
                "{\"conditionIn\":\"GOOD\",\"dataWiped\":true}")).object();
        assertEquals("RETURNED", back.getString("closure"));
        assertEquals(LocalDate.now().toString(), back.getString("returnedDate"));
        assertEquals("AVAILABLE", status(item));
        assertEquals(409, coordinator.post("api/loans/" + loanId + "/return", "{\"conditionIn\":\"GOOD\",\"dataWiped\":true}").status());

        long second = created(coordinator.post("api/loans", "{\"equipmentId\":" + item + ",\"learnerId\":" + learner + "}"))
                .getJsonNumber("id").longValue();
        ok(coordinator.post("api/loans/" + second + "/return", "{\"conditionIn\":\"GOOD\",\"dataWiped\":false}"));
        assertEquals("IN_REPAIR", status(item));
        Reply refused = coordinator.post("api/loans", "{\"equipmentId\":" + item + ",\"learnerId\":" + learner + "}");
        assertEquals(409, refused.status(), refused::toString);
        assertTrue(refused.isProblem());
        ok(coordinator.post("api/equipment/" + item + "/actions", "{\"action\":\"REPAIRED\"}"));
        assertEquals("AVAILABLE", status(item));
        assertEquals(List.of("REPAIRED", "RETURNED", "LENT", "RETURNED", "LENT", "CREATED"),
                ok(admin.get("api/equipment/" + item + "/history")).array().stream()
                        .map(v -> v.asJsonObject().getString("action")).toList());
    }

    @Test
    void aLostItemClosesItsLoanAndCannotBeLentUntilFoundAndRepaired() {
        long item = newItem(LILLE);
        long learner = learnersOf(LILLE, 1).get(0);
        long loan = created(coordinator.post("api/loans", "{\"equipmentId\":" + item + ",\"learnerId\":" + learner + "}"))
                .getJsonNumber("id").longValue();
        ok(coordinator.post("api/equipment/" + item + "/actions", "{\"action\":\"LOST\",\"note\":\"stolen on the bus\"}"));
        assertEquals("LOST", status(item));
        assertEquals("LOST", ok(coordinator.get("api/loans/" + loan)).object().getString("closure"));
        assertEquals(409, coordinator.post("api/loans", "{\"equipmentId\":" + item + ",\"learnerId\":" + learner + "}").status());
        assertEquals(409, coordinator.post("api/equipment/" + item + "/actions", "{\"action\":\"REPAIRED\"}").status());
        ok(coordinator.post("api/equipment/" + item + "/actions", "{\"action\":\"FOUND\"}"));
        assertEquals("IN_REPAIR", status(item));
        Reply unknown = coordinator.post("api/equipment/" + item + "/actions", "{\"action\":\"LENT\"}");
        assertEquals(400, unknown.status(), "lending goes through POST loans: the action alone is wrong " + unknown);
        assertEquals(List.of("action"), unknown.errorFields());
    }

    @Test
    void aLoanPastItsDueDateIsInTheOverdueListsAndDatesAreChecked() {
        long item = newItem(LILLE);
        long learner = learnersOf(LILLE, 1).get(0);
        LocalDate today = LocalDate.now();
        Reply backwards = coordinator.post("api/loans", "{\"equipmentId\":" + item + ",\"learnerId\":" + learner
                + ",\"outDate\":\"" + today + "\",\"dueDate\":\"" + today.minusDays(1) + "\"}");
        assertEquals(400, backwards.status(), "both dates are in the request: " + backwards);
        assertEquals(List.of("dueDate"), backwards.errorFields());
        Reply tomorrow = coordinator.post("api/loans", "{\"equipmentId\":" + item + ",\"learnerId\":" + learner
                + ",\"outDate\":\"" + today.plusDays(1) + "\"}");
        assertEquals(400, tomorrow.status(), "a hand-over in the future is bad input: " + tomorrow);
        assertEquals(List.of("outDate"), tomorrow.errorFields());
        Reply impossible = coordinator.post("api/loans", "{\"equipmentId\":" + item + ",\"learnerId\":" + learner
                + ",\"dueDate\":\"2026-02-30\"}");
        assertEquals(400, impossible.status());
        assertEquals("AVAILABLE", status(item), "nothing half-written");
        long loan = created(coordinator.post("api/loans", "{\"equipmentId\":" + item + ",\"learnerId\":" + learner
                + ",\"outDate\":\"" + today.minusDays(30) + "\",\"dueDate\":\"" + today.minusDays(2) + "\"}"))
                .getJsonNumber("id").longValue();
        List<Long> overdue = ids(ok(coordinator.get("api/loans?overdue=true&size=200")));
        assertTrue(overdue.contains(loan));
        assertTrue(ids(ok(coordinator.get("api/equipment?overdue=true&size=200"))).contains(item));
        assertTrue(ok(coordinator.get("api/loans/" + loan)).object().getBoolean("overdue"));
        JsonObject extended = ok(coordinator.put("api/loans/" + loan, "{\"dueDate\":\"" + today.plusDays(10)
                + "\",\"agreementSigned\":true}")).object();
        assertTrue(extended.getBoolean("agreementSigned"));
        assertFalse(ids(ok(coordinator.get("api/loans?overdue=true&size=200"))).contains(loan));
    }

    @Test
    void theDailyReminderMailsTheCoordinatorTheOverdueAndSoonDueLoansOfTheirSites() throws Exception {
        LocalDate today = LocalDate.now();
        long late = newItem(LILLE);
        long soon = newItem(LILLE);
        long elsewhere = newItem(VALENCIENNES);
        List<Long> learners = learnersOf(LILLE, 2);
        lend(late, learners.get(0), today.minusDays(40), today.minusDays(3));
        lend(soon, learners.get(1), today.minusDays(10), today.plusDays(2));
        lend(elsewhere, learnersOf(VALENCIENNES, 1).get(0), today.minusDays(40), today.minusDays(5));

        assertEquals(403, coordinator.post("api/loans/reminders", "").status(), "admins only");
        JsonObject report = ok(admin.post("api/loans/reminders", "")).object();
        assertTrue(report.getBoolean("mailConfigured"));
        assertEquals(0, report.getInt("failed"));

        MimeMessage[] toCoordinator = Arrays.stream(SMTP.getReceivedMessages())
                .filter(m -> recipient(m).equals("coordinator@tremplin.example.org")).toArray(MimeMessage[]::new);
        assertEquals(1, toCoordinator.length, "one message per coordinator and run");
        String body = (String) toCoordinator[0].getContent(); // decoded text/plain
        assertTrue(body.contains(tagOf(late)) && body.contains(tagOf(soon)), body);
        assertFalse(body.contains(tagOf(elsewhere)), "another site's loan is not the Lille coordinator's business");
        assertTrue(body.indexOf(tagOf(late)) < body.indexOf(tagOf(soon)), "overdue loans come first");
    }

    @Test
    void onlyAdminsAndCoordinatorsOfTheItemsSiteSeeIt() {
        long valenciennes = newItem(VALENCIENNES);
        assertEquals(404, coordinator.get("api/equipment/" + valenciennes).status(), "another site's item");
        assertEquals(404, coordinator.post("api/equipment/" + valenciennes + "/actions", "{\"action\":\"RETIRED\"}").status());
        assertEquals(403, Api.as(base, "trainer").get("api/equipment").status());
        assertEquals(403, Api.as(base, "funder").get("api/loans").status());
        assertEquals(401, Api.anonymous(base).get("api/loans").status());
        assertFalse(ids(ok(coordinator.get("api/equipment?size=200&q=T-"))).contains(valenciennes));
    }

    // ---------------------------------------------------------------- helpers

    void lend(long item, long learner, LocalDate out, LocalDate due) {
        created(coordinatorOrAdmin(item).post("api/loans", "{\"equipmentId\":" + item + ",\"learnerId\":" + learner
                + ",\"outDate\":\"" + out + "\",\"dueDate\":\"" + due + "\"}"));
    }

    Api coordinatorOrAdmin(long item) {
        return coordinator.get("api/equipment/" + item).status() == 200 ? coordinator : admin;
    }

    static String recipient(MimeMessage m) {
        try {
            return m.getAllRecipients()[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    long newItem(String site) {
        String tag = "T-" + ProcessHandle.current().pid() + "-" + SEQ.incrementAndGet() + "-" + System.nanoTime() % 100000;
        return created(admin.post("api/equipment", item(tag, null, site))).getJsonNumber("id").longValue();
    }

    String item(String tag, String serial, String site) {
        return "{\"assetTag\":\"" + tag + "\",\"type\":\"LAPTOP\",\"make\":\"Lenovo\",\"model\":\"E14\","
                + (serial == null ? "" : "\"serialNumber\":\"" + serial + "\",") + "\"siteId\":" + sites.get(site) + "}";
    }

    String tagOf(long item) {
        return ok(admin.get("api/equipment/" + item)).object().getString("assetTag");
    }

    String status(long item) {
        return ok(admin.get("api/equipment/" + item)).object().getString("status");
    }

    List<Long> learnersOf(String site, int count) {
        return ids(ok(admin.get("api/learners?siteId=" + sites.get(site) + "&size=" + count)));
    }

    static List<Long> ids(Reply reply) {
        return reply.array().stream().map(v -> v.asJsonObject().getJsonNumber("id").longValue()).toList();
    }

    static JsonObject created(Reply reply) {
        assertEquals(201, reply.status(), reply::toString);
        return reply.object();
    }

    static Reply ok(Reply reply) {
        assertEquals(200, reply.status(), reply::toString);
        return reply;
    }

}
