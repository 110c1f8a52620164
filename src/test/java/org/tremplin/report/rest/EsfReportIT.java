package org.tremplin.report.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tremplin.testing.TrainingFixture.created;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.net.URL;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tremplin.testing.Api;
import org.tremplin.testing.Api.Reply;
import org.tremplin.testing.FormClient;
import org.tremplin.testing.SharedApp;

/**
 * The ESF+ report on a crafted programme, black box through the API: learners chosen to hit every
 * indicator and its edges (age on the entry date, long-term unemployment under and over 25, a re-entry,
 * a one-day participant, someone who entered before the period), then every cell checked by gender.
 */
class EsfReportIT {

    final URL base = SharedApp.url();

    static final LocalDate T = LocalDate.now();
    static final LocalDate E = T.minusDays(200); // entry date of most
    static final LocalDate S1 = T.minusDays(195);
    static final LocalDate S2 = T.minusDays(190);
    static final LocalDate LEFT = T.minusDays(189);

    Api admin;
    long programme;
    long site;
    long cohortA;
    long cohortB;
    String word;
    long s1;
    final Map<String, Long> learner = new LinkedHashMap<>();
    final Map<String, Long> enrolment = new LinkedHashMap<>();

    @BeforeEach
    void craft() {
        admin = Api.as(base, "admin");
        word = Api.uniqueWord();
        site = admin.get("api/sites").array().stream().map(JsonValue::asJsonObject)
                .filter(o -> o.getString("name").equals("Centre social Lille-Sud")).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
        programme = id(admin.post("api/programmes", "{\"name\":\"FSE " + word + "\",\"funder\":\"FSE+\",\"startDate\":\""
                + T.minusYears(2) + "\",\"endDate\":\"" + T.plusYears(1) + "\",\"minAttendanceDays\":2}"));
        cohortA = cohort("A", T.minusDays(420), T.plusDays(60));
        cohortB = cohort("B", T.minusDays(130), T.plusDays(60));

        person("W1", "WOMAN", E.minusYears(18), "UNEMPLOYED", E.minusMonths(7), 2, "disability");
        person("W2", "WOMAN", E.minusYears(18).plusDays(1), "INACTIVE", null, 1, "thirdCountNational");
        person("M1", "MAN", E.minusYears(25).plusDays(1), "UNEMPLOYED", E.minusMonths(6), 3, "foreignBackground");
        person("M2", "MAN", E.minusYears(25), "UNEMPLOYED", E.minusMonths(11), 4, "minority");
        person("M3", "MAN", E.minusYears(40), "UNEMPLOYED", E.minusMonths(13), 5, "homeless");
        person("NB1", "NON_BINARY", E.minusYears(30).plusDays(1), "EMPLOYED", null, 6, "ruralArea");
        person("W3", "WOMAN", E.minusYears(55), "EMPLOYED", null, 8, null);
        personIncomplete("W4", "\"gender\":\"WOMAN\",\"birthDate\":\"" + E.minusYears(55).plusDays(1) + "\",\"labourStatus\":\"INACTIVE\",\"postcode\":\"59000\"");
        personIncomplete("U1", "\"birthDate\":\"" + E.minusYears(35) + "\",\"labourStatus\":\"UNEMPLOYED\",\"email\":\"u1@example.org\",\"postcode\":\"59000\"");
        person("W5", "WOMAN", E.minusYears(40), "INACTIVE", null, 3, null); // one day only
        person("M4", "MAN", E.minusYears(30), "UNEMPLOYED", E.minusMonths(2), 3, null); // re-entry
        person("M5", "MAN", E.minusYears(45), "UNEMPLOYED", E.minusMonths(30), 3, null); // entered before the period
        for (String who : learner.keySet()) {
            enrolment.put(who, enrol(who, cohortA, who.equals("M5") ? T.minusDays(400) : E));
        }

        s1 = session(cohortA, S1, "09:00", "12:00");
        long s2 = session(cohortA, S2, "09:00", "12:00");
        long s2b = session(cohortA, S2, "14:00", "17:00");
        List<String> everyone = new ArrayList<>(learner.keySet());
        everyone.remove("W5");
        take(s1, everyone, "PRESENT", List.of("W5"));
        take(s2, learner.keySet().stream().toList(), "LATE", List.of()); // late counts as present
        take(s2b, List.of("W5"), "PRESENT", everyone); // W5: two sessions, but one day

        exit("W1", LEFT, "COMPLETED");
        exit("M3", LEFT, "EMPLOYMENT");
        exit("NB1", LEFT, "COMPLETED");
        exit("M4", T.minusDays(150), "OTHER");
        long m4again = enrol("M4", cohortB, T.minusDays(120));
        exitEnrolment(m4again, T.minusDays(20), "COMPLETED");
        exit("M5", T.minusDays(100), "COMPLETED");

        outcome(enrolment.get("W1"), "AT_EXIT", T.minusDays(185), "\"jobSearching\":true,\"inEducationOrTraining\":true");
        outcome(enrolment.get("W1"), "SIX_MONTHS", T.minusDays(3),
                "\"employed\":true,\"contractType\":\"FIXED_TERM_6M_PLUS\",\"betterSituation\":true");
        outcome(enrolment.get("M3"), "AT_EXIT", T.minusDays(185), "\"employed\":true,\"contractType\":\"TEMPORARY_AGENCY\"");
        outcome(enrolment.get("M3"), "SIX_MONTHS", T.minusDays(3), "\"unknown\":true");
        outcome(enrolment.get("NB1"), "AT_EXIT", T.minusDays(185), "\"gainedQualification\":true");
        outcome(enrolment.get("NB1"), "SIX_MONTHS", T.minusDays(3), "\"betterSituation\":true");
        outcome(enrolment.get("M4"), "AT_EXIT", T.minusDays(150), "\"jobSearching\":true");
        outcome(m4again, "AT_EXIT", T.minusDays(15), "\"employed\":true,\"contractType\":\"PERMANENT\"");
        outcome(enrolment.get("M5"), "AT_EXIT", T.minusDays(95), "\"inEducationOrTraining\":true,\"gainedQualification\":true");
    }

    String period() {
        return "programme=" + programme + "&from=" + T.minusDays(365) + "&to=" + T;
    }

    @Test
    void everyIndicatorCellByGenderIsRight() {
        Reply r = admin.get("api/reports/esf?" + period());
        assertEquals(200, r.status(), r::toString);
        JsonObject report = r.object();
        assertEquals(programme, report.getJsonNumber("programmeId").longValue());
        assertEquals(T.minusDays(365).toString(), report.getString("from"));
        assertEquals(10, report.getInt("participants"), "W5 attended one day, M5 entered before the period, M4 counts once");
        assertEquals(0.2, report.getJsonNumber("incompleteShare").doubleValue(), 1e-9, "W4 and U1 of 10");
        assertFalse(report.getBoolean("incompleteWarning"));
        assertFalse(report.getBoolean("masked"));

        Map<String, String> expected = new LinkedHashMap<>();
        // code -> women/men/nonBinary/notRecorded/total (U1 has no gender recorded)
        expected.put("EECO01", "4/4/1/1/10");
        expected.put("EECO02", "1/4/0/1/6");
        expected.put("EECO03", "1/1/0/0/2"); // W1 under 25 and over 6 months; M3 over 12 months; M1 (6 months) and M2 (11 months, 25) not
        expected.put("EECO04", "2/0/0/0/2");
        expected.put("EECO05", "1/0/1/0/2");
        expected.put("EECO06", "1/0/0/0/1"); // W2, 18 the day after her entry
        expected.put("EECO07", "1/2/1/0/4"); // W1 18 that day, M1 24, M2 25, NB1 29; M4 30 is out
        expected.put("EECO08", "1/0/0/0/1"); // W3 55 that day; W4 54
        expected.put("EECO09", "2/0/0/0/2");
        expected.put("EECO10", "0/3/0/0/3");
        expected.put("EECO11", "1/1/1/0/3");
        expected.put("EECO12", "1/0/0/0/1");
        expected.put("EECO13", "1/0/0/0/1");
        expected.put("EECO14", "0/1/0/0/1");
        expected.put("EECO15", "0/1/0/0/1");
        expected.put("EECO16", "0/1/0/0/1");
        expected.put("EECO17", "0/0/1/0/1");
        expected.put("EECR01", "1/0/0/0/1"); // M4's first exit (job searching) is not his leaving
        expected.put("EECR02", "1/1/0/0/2"); // M5 entered before the period but left in it
        expected.put("EECR03", "0/1/1/0/2");
        expected.put("EECR04", "0/2/0/0/2"); // M3, and M4 at his last exit
        expected.put("EECR05", "1/0/0/0/1");
        expected.put("EECR06", "1/0/1/0/2");
        assertEquals(expected, cells(report));
    }

    /**
     * The participation day is kept as registers are saved (training's Participations): a person counts in
     * a period that ends on or after the day the rule is met, and follows a register corrected later and a
     * new rule of the programme.
     */
    @Test
    void aPersonParticipatesFromTheDayTheRuleIsMetAndFollowsRegistersAndTheRule() {
        LocalDate from = T.minusDays(365);
        assertEquals(0, participants(from, S1), "the rule (2 days) is met on S2, the second day");
        assertEquals(10, participants(from, S2));
        rule(1);
        assertEquals(10, participants(from, S1), "one day is enough: everyone who entered but W5, absent on S1");
        assertEquals(11, participants(from, T), "and W5, present on S2");
        rule(3);
        assertEquals(0, participants(from, T), "nobody attended three different days");
        rule(2);
        assertEquals(10, participants(from, T));
        List<String> all = new ArrayList<>(learner.keySet());
        all.remove("W5");
        take(s1, List.of(), "PRESENT", all); // S1's register corrected after the day: everyone absent
        assertEquals(0, participants(from, T), "one day left to each");
        take(s1, all, "PRESENT", List.of());
        assertEquals(10, participants(from, T), "corrected back");
    }

    /** The home page's programme table: people once however often they entered, enrolments open or left. */
    @Test
    void theHomePageCountsEachPersonOnceAndEachEnrolmentOpenOrLeft() {
        String home = FormClient.logIn(base, "admin").get("index.xhtml").body();
        java.util.regex.Matcher row = java.util.regex.Pattern.compile("FSE " + word
                + "</td>\\s*<td[^>]*>(\\d+)</td>\\s*<td[^>]*>(\\d+)</td>\\s*<td[^>]*>(\\d+)</td>").matcher(home);
        assertTrue(row.find(), "the crafted programme's row on the home page");
        assertEquals("12", row.group(1), "12 people, M4 once though enrolled twice");
        assertEquals("7", row.group(2), "enrolments still open");
        assertEquals("6", row.group(3), "enrolments left: W1, M3, NB1, M4 twice, M5");
    }

    /**
     * The person rows are kept as enrolments and cohorts are written (report.infrastructure.ProgrammePersons): a
     * person enrolled at two sites counts once for every site, with their first entry and their last exit; for a
     * coordinator of some sites, from their enrolments at those sites alone. A cohort moved to another site moves
     * its people's rows.
     */
    @Test
    void aPersonAtTwoSitesCountsOnceForAllAndFromTheEnrolmentsOfTheCallersSites() throws Exception {
        long valenciennes = admin.get("api/sites").array().stream().map(JsonValue::asJsonObject)
                .filter(o -> o.getString("name").equals("PopSchool Valenciennes")).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
        long cohortC = id(admin.post("api/cohorts", "{\"programmeId\":" + programme + ",\"siteId\":" + valenciennes
                + ",\"name\":\"C\",\"startDate\":\"" + T.minusDays(110) + "\",\"endDate\":\"" + T.plusDays(60)
                + "\",\"plannedHours\":60}"));
        Api lilleRoubaixAvesnois = Api.as(base, "coordinator");
        Api ofValenciennes = Api.as(base, "coordinator2");
        assertEquals("0/0/0/0/0", cells(ofValenciennes.get("api/reports/esf?" + period()).object()).get("EECO01"));

        enrol("W1", cohortC, T.minusDays(100)); // W1 left Lille-Sud on LEFT, entered again at Valenciennes
        Map<String, String> all = cells(admin.get("api/reports/esf?" + period()).object());
        assertEquals("4/4/1/1/10", all.get("EECO01"), "W1 once, entered on E");
        assertEquals("0/0/0/0/0", all.get("EECR01"), "W1 has not left the programme: her exit from Lille-Sud is no leaving");
        assertEquals("0/1/0/0/1", all.get("EECR02"), "M5 alone: W1 (in education at her exit) has not left");
        Map<String, String> lille = cells(lilleRoubaixAvesnois.get("api/reports/esf?" + period()).object());
        assertEquals("4/4/1/1/10", lille.get("EECO01"));
        assertEquals("1/0/0/0/1", lille.get("EECR01"), "at the coordinator's sites W1 left on LEFT, looking for work");
        Map<String, String> other = cells(ofValenciennes.get("api/reports/esf?" + period()).object());
        assertEquals("1/0/0/0/1", other.get("EECO01"), "W1 entered Valenciennes in the period");
        assertEquals("1/0/0/0/1", other.get("EECO02"), "with her sheet at that entry: unemployed");
        assertEquals("0/0/0/0/0", other.get("EECR01"));

        JsonObject c = admin.get("api/cohorts/" + cohortC).object();
        Reply moved = admin.put("api/cohorts/" + cohortC, "{\"programmeId\":" + programme + ",\"siteId\":" + site
                + ",\"name\":\"C\",\"startDate\":\"" + c.getString("startDate") + "\",\"endDate\":\"" + c.getString("endDate")
                + "\",\"plannedHours\":60,\"version\":" + c.getJsonNumber("version") + "}");
        assertEquals(200, moved.status(), moved::toString);
        assertEquals("0/0/0/0/0", cells(ofValenciennes.get("api/reports/esf?" + period()).object()).get("EECO01"),
                "the cohort moved to Lille-Sud with W1's enrolment");
        assertEquals("0/0/0/0/0", cells(lilleRoubaixAvesnois.get("api/reports/esf?" + period()).object()).get("EECR01"),
                "at Lille-Sud now, W1 has not left");
        // every write of the run so far went through a service call that wrote its people's rows again
        assertEquals(List.of(), java.nio.file.Files.readAllLines(SharedApp.log(), java.nio.charset.StandardCharsets.ISO_8859_1)
                .stream().filter(l -> l.contains("left their people's rows")).toList());
    }

    int participants(LocalDate from, LocalDate to) {
        Reply r = admin.get("api/reports/esf?programme=" + programme + "&from=" + from + "&to=" + to);
        assertEquals(200, r.status(), r::toString);
        return r.object().getInt("participants");
    }

    /** Sets the programme's minimum days of attendance. */
    void rule(int days) {
        JsonObject p = admin.get("api/programmes/" + programme).object();
        Reply r = admin.put("api/programmes/" + programme, "{\"name\":\"" + p.getString("name") + "\",\"funder\":\"FSE+\","
                + "\"startDate\":\"" + p.getString("startDate") + "\",\"endDate\":\"" + p.getString("endDate")
                + "\",\"minAttendanceDays\":" + days + ",\"version\":" + p.getJsonNumber("version") + "}");
        assertEquals(200, r.status(), r::toString);
        assertEquals(days, r.object().getInt("minAttendanceDays"));
    }

    @Test
    void theSituationAtEntryIsKeptWhenTheRecordChangesAndCorrectedOnlyWithAReason() {
        Map<String, String> before = cells(admin.get("api/reports/esf?" + period()).object());
        // M3 entered unemployed, took part, left for a job: the coordinator now records that he works
        long m3 = learner.get("M3");
        JsonObject record = admin.get("api/learners/" + m3).object();
        jakarta.json.JsonObjectBuilder now = Api.learnerToSend(record).add("labourStatus", "EMPLOYED").remove("unemployedSince");
        Reply saved = admin.put("api/learners/" + m3, now.build().toString());
        assertEquals(200, saved.status(), saved::toString);
        assertEquals("EMPLOYED", admin.get("api/learners/" + m3).object().getString("labourStatus"));

        Map<String, String> after = cells(admin.get("api/reports/esf?" + period()).object());
        assertEquals(before.get("EECO02"), after.get("EECO02"), "still unemployed at entry");
        assertEquals(before.get("EECO03"), after.get("EECO03"), "still long-term unemployed at entry");
        assertEquals(before.get("EECO05"), after.get("EECO05"), "not employed at entry");
        assertEquals("0/2/0/0/2", after.get("EECR04"), "employed at exit: M3 (and M4 at his last exit)");
        assertEquals(before, after, "nothing of the past changed");
        JsonObject sheet = admin.get("api/enrolments/" + enrolment.get("M3") + "/entry-sheet").object();
        assertEquals("UNEMPLOYED", sheet.getString("labourStatus"));
        assertFalse(sheet.getBoolean("corrected"));

        // a correction needs a reason, and changes the figures it should
        Reply noReason = admin.put("api/enrolments/" + enrolment.get("M3") + "/entry-sheet",
                "{\"labourStatus\":\"INACTIVE\",\"iscedLevel\":5,\"homeless\":true}");
        assertEquals(400, noReason.status(), noReason::toString);
        assertEquals(List.of("reason"), noReason.errorFields());
        Reply corrected = admin.put("api/enrolments/" + enrolment.get("M3") + "/entry-sheet",
                "{\"labourStatus\":\"INACTIVE\",\"iscedLevel\":5,\"homeless\":true,\"reason\":\"Erreur de saisie\"}");
        assertEquals(200, corrected.status(), corrected::toString);
        assertTrue(corrected.object().getBoolean("corrected"));
        Map<String, String> fixed = cells(admin.get("api/reports/esf?" + period()).object());
        assertEquals("1/3/0/1/5", fixed.get("EECO02"), "M3 no longer unemployed at entry");
        assertEquals("2/1/0/0/3", fixed.get("EECO04"), "but inactive");
        Reply trail = admin.get("api/audit?targetType=Enrolment&targetId=" + enrolment.get("M3"));
        assertTrue(trail.body().contains("entry sheet corrected") && trail.body().contains("Erreur de saisie"), trail::toString);
        assertEquals(403, Api.as(base, "trainer").get("api/enrolments/" + enrolment.get("M3") + "/entry-sheet").status());
    }

    @Test
    void theParticipantFileHasARowPerParticipantWhoEnteredOrLeftWithTheSituationAtEntry() throws Exception {
        Api.File xlsx = admin.download("api/reports/esf/participants?" + period(), ReportResource.XLSX);
        assertEquals(200, xlsx.status(), xlsx::text);
        Map<String, List<String>> byName = new LinkedHashMap<>();
        List<String> headings = new ArrayList<>();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.bytes()))) {
            for (Row row : book.getSheetAt(0)) {
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < row.getLastCellNum(); i++) {
                    cells.add(row.getCell(i) == null ? "" : number(row, i));
                }
                if (!cells.isEmpty() && cells.get(0).equals("Last name")) {
                    headings.addAll(cells);
                } else if (!headings.isEmpty() && cells.size() > 1) {
                    byName.put(cells.get(1), cells);
                }
            }
        }
        assertEquals(List.of("W1", "W2", "M1", "M2", "M3", "NB1", "W3", "W4", "U1", "M4", "M5").stream().sorted().toList(),
                byName.keySet().stream().sorted().toList(), "the 10 participants who entered, and M5 who left in the period; W5 never took part");
        List<String> m3 = byName.get("M3");
        assertEquals("Unemployed, looking for work", m3.get(headings.indexOf("Labour-market situation at entry")), m3::toString);
        assertEquals("Yes", m3.get(headings.indexOf("Long-term unemployed at entry")));
        assertEquals("Yes", m3.get(headings.indexOf("Homeless or excluded from housing")));
        assertEquals(LEFT.toString(), m3.get(headings.indexOf("Exit date")));
        assertEquals("Found a job", m3.get(headings.indexOf("Exit reason")));
        assertEquals("Yes", m3.get(headings.indexOf("Employed at exit")));
        assertEquals("m3@example.org", m3.get(headings.indexOf("E-mail")));
        assertEquals("", byName.get("W2").get(headings.indexOf("Exit date")), "still in the programme");

        Api.File csv = Api.as(base, "coordinator").download("api/reports/esf/participants?" + period(), "text/csv");
        assertEquals(200, csv.status());
        assertEquals(403, Api.as(base, "funder").download("api/reports/esf/participants?" + period(), "text/csv").status());
        assertEquals(403, Api.as(base, "trainer").download("api/reports/esf/participants?" + period(), "text/csv").status());
        Reply trail = admin.get("api/audit?action=EXPORT");
        assertTrue(trail.body().contains("participants"), "the download is an audited export");
    }

    @Test
    void theDashboardsFollowThePathwayOfThePeopleWhoEntered() {
        Reply r = admin.get("api/reports/dashboard?" + period());
        assertEquals(200, r.status(), r::toString);
        JsonObject funnel = r.object().getJsonObject("funnel");
        assertEquals(11, funnel.getInt("enrolled"), "everyone but M5, who entered before the period");
        assertEquals(10, funnel.getInt("attended"), "W5 came on one day only");
        assertEquals(4, funnel.getInt("completed"), "W1, NB1 and M4's second enrolment completed, M3 left early for a job");
        assertEquals(4, funnel.getInt("positiveAtExit"), "W1 training, M3 and M4 employed, NB1 qualified");
        assertEquals(1, funnel.getInt("employedAtSixMonths"));
        JsonObject a = r.object().getJsonArray("cohorts").stream().map(JsonValue::asJsonObject)
                .filter(c -> c.getJsonNumber("cohortId").longValue() == cohortA).findFirst().orElseThrow();
        assertEquals(3, a.getInt("sessions"));
        assertEquals(9.0, a.getJsonNumber("hoursDelivered").doubleValue(), 1e-9);
        assertEquals(12, a.getInt("learners"));
        JsonObject loans = r.object().getJsonObject("loans");
        assertEquals(0, loans.getInt("onLoan"));
        assertEquals(12, loans.getInt("learners"), "the programme's learners in the period");
    }

    @Test
    void thePeopleBehindAFigureAreListedForCoordinatorsButNotFunders() {
        Reply r = admin.get("api/reports/esf/people?" + period() + "&code=EECR04");
        assertEquals(200, r.status(), r::toString);
        List<Long> ids = r.array().stream().map(v -> v.asJsonObject().getJsonNumber("learnerId").longValue()).sorted().toList();
        assertEquals(List.of(learner.get("M3"), learner.get("M4")).stream().sorted().toList(), ids);
        Reply women = admin.get("api/reports/esf/people?" + period() + "&code=EECO03&gender=WOMAN");
        assertEquals(List.of(learner.get("W1")), women.array().stream()
                .map(v -> v.asJsonObject().getJsonNumber("learnerId").longValue()).toList());
        assertEquals(403, Api.as(base, "funder").get("api/reports/esf/people?" + period() + "&code=EECO01").status());
        assertEquals(403, Api.as(base, "trainer").get("api/reports/esf?" + period()).status());
    }

    @Test
    void theXlsxExportHoldsTheSameFiguresAsTheJsonReport() throws Exception {
        JsonObject json = admin.get("api/reports/esf?" + period()).object();
        Api.File xlsx = admin.download("api/reports/esf?" + period(), ReportResource.XLSX);
        assertEquals(200, xlsx.status());
        assertTrue(xlsx.contentType().startsWith(ReportResource.XLSX), xlsx.contentType());
        Map<String, String> fromSheet = new LinkedHashMap<>();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.bytes()))) {
            Sheet sheet = book.getSheetAt(0);
            for (Row row : sheet) {
                Cell code = row.getCell(0);
                if (code != null && code.getCellType() == CellType.STRING && code.getStringCellValue().matches("EEC[OR]\\d\\d")) {
                    fromSheet.put(code.getStringCellValue(), number(row, 2) + "/" + number(row, 3) + "/" + number(row, 4) + "/" + number(row, 5) + "/" + number(row, 6));
                }
            }
        }
        assertEquals(cells(json), fromSheet);

        Api.File csv = admin.download("api/reports/esf?" + period(), "text/csv");
        assertEquals(200, csv.status());
        assertTrue(csv.text().contains("EECO01;"), csv.text());
        Api.File pdf = admin.download("api/reports/esf?" + period(), "application/pdf");
        assertEquals(200, pdf.status());
        assertTrue(new String(pdf.bytes(), 0, 5).startsWith("%PDF"));
    }

    @Test
    void aNameThatLooksLikeAFormulaIsNeutralisedInCsvAndXlsx() throws Exception {
        long evil = created(admin.post("api/learners?confirmDistinctPerson=true", "{\"firstName\":\"Eve\",\"lastName\":\"=HYPERLINK(\\\"x\\\")\",\"siteId\":"
                + site + ",\"gender\":\"WOMAN\",\"birthDate\":\"1990-01-01\"}")).getJsonNumber("id").longValue();
        learner.put("EVIL", evil);
        enrol("EVIL", cohortB, T.minusDays(120));
        long a = session(cohortB, T.minusDays(110), "09:00", "12:00");
        long b = session(cohortB, T.minusDays(100), "09:00", "12:00");
        take(a, List.of("EVIL", "M4"), "PRESENT", List.of());
        take(b, List.of("EVIL", "M4"), "PRESENT", List.of());
        String people = "api/reports/esf/people?" + period() + "&code=EECO01&gender=WOMAN";
        Api.File csv = admin.download(people, "text/csv");
        assertEquals(200, csv.status(), csv::text);
        assertTrue(csv.text().contains("\"'=HYPERLINK(\"\"x\"\")\""), csv.text());
        Api.File xlsx = admin.download(people, ReportResource.XLSX);
        assertEquals(200, xlsx.status());
        boolean found = false;
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.bytes()))) {
            for (Row row : book.getSheetAt(0)) {
                for (Cell cell : row) {
                    assertFalse(cell.getCellType() == CellType.FORMULA, "no formula cell");
                    if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().contains("HYPERLINK")) {
                        assertEquals("'=HYPERLINK(\"x\")", cell.getStringCellValue());
                        found = true;
                    }
                }
            }
        }
        assertTrue(found, "the learner is in the list");
    }

    @Test
    void aFunderReadsOnlyTheProgrammesTheyFundWithSmallCellsMasked() {
        Api funder = Api.as(base, "funder");
        assertEquals(404, funder.get("api/reports/esf?" + period()).status(), "the crafted programme is not theirs");
        long synapse = admin.get("api/programmes").array().stream().map(JsonValue::asJsonObject)
                .filter(o -> o.getString("name").equals("Synapse")).findFirst().orElseThrow().getJsonNumber("id").longValue();
        Reply r = funder.get("api/reports/esf?programme=" + synapse);
        assertEquals(200, r.status(), r::toString);
        JsonObject report = r.object();
        assertTrue(report.getBoolean("masked"));
        assertEquals(5, report.getInt("threshold"));
        Map<String, JsonObject> coordinatorSees = new LinkedHashMap<>();
        for (JsonValue v : admin.get("api/reports/esf?programme=" + synapse).object().getJsonArray("indicators")) {
            coordinatorSees.put(v.asJsonObject().getString("code"), v.asJsonObject());
        }
        Map<String, Integer> reasons = new LinkedHashMap<>();
        for (JsonValue v : report.getJsonArray("indicators")) {
            JsonObject row = v.asJsonObject();
            JsonObject all = coordinatorSees.get(row.getString("code"));
            JsonObject suppressed = row.getJsonObject("suppressed");
            for (String cell : List.of("women", "men", "nonBinary", "notRecorded", "total")) {
                assertTrue(row.containsKey(cell), "a hidden cell is written as null: " + row);
                int truth = all.getInt(cell);
                if (row.isNull(cell)) {
                    String reason = suppressed.getString(cell);
                    reasons.merge(reason, 1, Integer::sum);
                    if (reason.equals("SMALL")) {
                        assertTrue(truth >= 1 && truth < 5, "SMALL holds 1 to 4 people: " + cell + " " + all + " / " + row);
                    } else {
                        assertEquals("SECONDARY", reason);
                        assertTrue(truth >= 5 || cell.equals("total"), "SECONDARY hides a cell of 5 or more: " + cell + " " + all);
                    }
                } else {
                    assertFalse(suppressed.containsKey(cell), row::toString);
                    assertEquals(truth, row.getInt(cell), "a shown cell is the true figure");
                    assertTrue(truth == 0 || truth >= 5, "no shown number is 1 to 4: " + cell + " " + row);
                }
            }
        }
        System.out.println("Funder's Synapse report, hidden cells by reason: " + reasons);
        assertTrue(reasons.getOrDefault("SMALL", 0) > 0 && reasons.getOrDefault("SECONDARY", 0) > 0,
                "the demo has small cells and cells hidden to protect them: " + reasons);
        Reply admins = admin.get("api/reports/esf?programme=" + synapse);
        assertFalse(admins.object().getBoolean("masked"));

        JsonObject dashboard = funder.get("api/reports/dashboard?programme=" + synapse).object();
        List<String> small = new ArrayList<>();
        dashboard.getJsonObject("funnel").forEach((k, n) -> smallCount("funnel." + k, n, small));
        dashboard.getJsonObject("loans").forEach((k, n) -> smallCount("loans." + k, n, small));
        for (JsonValue c : dashboard.getJsonArray("cohorts")) {
            smallCount("cohort learners", c.asJsonObject().get("learners"), small);
            if (c.asJsonObject().isNull("learners")) {
                assertTrue(c.asJsonObject().isNull("attendanceRate") && c.asJsonObject().isNull("hoursAttended"), c::toString);
            }
        }
        for (JsonValue a : dashboard.getJsonArray("digComp")) {
            smallCount("digComp entryCount", a.asJsonObject().get("entryCount"), small);
            smallCount("digComp exitCount", a.asJsonObject().get("exitCount"), small);
            if (a.asJsonObject().isNull("exitCount")) {
                assertTrue(a.asJsonObject().isNull("exit"), "the level of fewer than 5 people is hidden: " + a);
            }
        }
        assertEquals(List.of(), small, "counts of 1 to 4 people the funder's dashboard shows");
    }

    static void smallCount(String what, JsonValue n, List<String> small) {
        if (n.getValueType() == JsonValue.ValueType.NUMBER) {
            long v = ((jakarta.json.JsonNumber) n).longValue();
            if (v >= 1 && v < 5) {
                small.add(what + " = " + v);
            }
        }
    }

    @Test
    void badParametersAreFourHundredsWithAProblem() {
        for (String query : List.of("", "programme=abc", "programme=" + programme + "&from=2026-02-30",
                "programme=" + programme + "&from=2026-05-01&to=2026-01-01")) {
            Reply r = admin.get("api/reports/esf?" + query);
            assertEquals(400, r.status(), query + " " + r);
            assertTrue(r.isProblem(), r::toString);
        }
        assertEquals(404, admin.get("api/reports/esf?programme=999999999").status());
        Reply unknownCode = admin.get("api/reports/esf/people?" + period() + "&code=EECO99");
        assertEquals(400, unknownCode.status());
        assertEquals(List.of("code"), unknownCode.errorFields());
        Reply badTarget = admin.put("api/reports/esf/targets?programme=" + programme, "{\"EECO01\": -3, \"NOPE\": 2}");
        assertEquals(400, badTarget.status(), badTarget::toString);
        assertEquals(List.of("EECO01", "NOPE"), badTarget.errorFields().stream().sorted().toList());
        Reply targets = admin.put("api/reports/esf/targets?programme=" + programme, "{\"EECO01\": 40, \"EECR04\": 12}");
        assertEquals(200, targets.status(), targets::toString);
        JsonObject eeco01 = targets.object().getJsonArray("indicators").getJsonObject(0);
        assertEquals(40, eeco01.getInt("target"));
    }

    @Test
    void outcomesAreCheckedFieldByFieldAndOncePerExit() {
        long open = enrolment.get("W2");
        Reply stillThere = admin.post("api/outcomes", "{\"enrolmentId\":" + open + ",\"timing\":\"AT_EXIT\",\"observedOn\":\""
                + T + "\",\"source\":\"DECLARATION\",\"jobSearching\":true}");
        assertEquals(409, stillThere.status(), stillThere::toString);
        assertEquals(List.of("enrolmentId"), stillThere.errorFields());

        Reply bad = admin.post("api/outcomes", "{\"enrolmentId\":" + enrolment.get("W1") + ",\"timing\":\"AT_EXIT\","
                + "\"observedOn\":\"someday\",\"source\":\"RUMOUR\",\"employed\":true,\"inactive\":true,\"betterSituation\":true}");
        assertEquals(400, bad.status(), bad::toString);
        assertEquals(List.of("betterSituation", "contractType", "inactive", "observedOn", "source"),
                bad.errorFields().stream().distinct().sorted().toList());

        Reply twice = admin.post("api/outcomes", "{\"enrolmentId\":" + enrolment.get("W1") + ",\"timing\":\"AT_EXIT\","
                + "\"observedOn\":\"" + T.minusDays(185) + "\",\"source\":\"SURVEY\",\"unknown\":true}");
        assertEquals(409, twice.status(), twice::toString);

        Reply late = admin.post("api/outcomes", "{\"enrolmentId\":" + enrolment.get("M5") + ",\"timing\":\"SIX_MONTHS\","
                + "\"observedOn\":\"" + T + "\",\"source\":\"SURVEY\",\"unknown\":true}");
        assertEquals(409, late.status(), "M5 left 100 days ago: too early for the six-month observation " + late);
        assertEquals(List.of("observedOn"), late.errorFields());

        JsonObject w1 = admin.get("api/outcomes?learnerId=" + learner.get("W1")).array().stream().map(JsonValue::asJsonObject)
                .filter(o -> o.getString("timing").equals("SIX_MONTHS")).findFirst().orElseThrow();
        assertTrue(w1.getBoolean("positive"));
        assertEquals(List.of("EECR05", "EECR06"), w1.getJsonArray("indicators").getValuesAs(jakarta.json.JsonString.class)
                .stream().map(jakarta.json.JsonString::getString).toList());
        Reply corrected = admin.put("api/outcomes/" + w1.getJsonNumber("id"), "{\"observedOn\":\"" + T.minusDays(2)
                + "\",\"source\":\"DOCUMENT\",\"employed\":true,\"contractType\":\"PERMANENT\"}");
        assertEquals(200, corrected.status(), corrected::toString);
        assertEquals("1/0/0/0/1", cells(admin.get("api/reports/esf?" + period()).object()).get("EECR05"));
        assertEquals("0/0/1/0/1", cells(admin.get("api/reports/esf?" + period()).object()).get("EECR06"),
                "W1 no longer counted as in a better situation");
        assertEquals(403, Api.as(base, "funder").get("api/outcomes?learnerId=" + learner.get("W1")).status());
    }

    // ---- the crafted data, through the API as a coordinator's office would enter it

    Map<String, String> cells(JsonObject report) {
        Map<String, String> cells = new LinkedHashMap<>();
        for (JsonValue v : report.getJsonArray("indicators")) {
            JsonObject i = v.asJsonObject();
            cells.put(i.getString("code"), i.getJsonNumber("women") + "/" + i.getJsonNumber("men") + "/"
                    + i.getJsonNumber("nonBinary") + "/" + i.getJsonNumber("notRecorded") + "/" + i.getJsonNumber("total"));
            assertEquals(i.getInt("total"), i.getInt("women") + i.getInt("men") + i.getInt("nonBinary") + i.getInt("notRecorded"),
                    "the cells add up to the total: " + i);
        }
        return cells;
    }

    static String number(Row row, int column) {
        Cell cell = row.getCell(column);
        return cell.getCellType() == CellType.NUMERIC ? Long.toString((long) cell.getNumericCellValue()) : cell.getStringCellValue();
    }

    void person(String who, String gender, LocalDate birth, String labour, LocalDate since, int isced, String flag) {
        personIncomplete(who, "\"gender\":\"" + gender + "\",\"birthDate\":\"" + birth + "\",\"labourStatus\":\"" + labour + "\""
                + (since == null ? "" : ",\"unemployedSince\":\"" + since + "\"") + ",\"iscedLevel\":" + isced
                + ",\"email\":\"" + who.toLowerCase() + "@example.org\",\"postcode\":\"59000\""
                + (flag == null ? "" : ",\"" + flag + "\":true"));
    }

    void personIncomplete(String who, String fields) {
        learner.put(who, id(admin.post("api/learners", "{\"firstName\":\"" + who + "\",\"lastName\":\"Esf" + word
                + "\",\"siteId\":" + site + "," + fields + "}")));
    }

    long cohort(String name, LocalDate start, LocalDate end) {
        return id(admin.post("api/cohorts", "{\"programmeId\":" + programme + ",\"siteId\":" + site + ",\"name\":\"" + name
                + "\",\"startDate\":\"" + start + "\",\"endDate\":\"" + end + "\",\"plannedHours\":60}"));
    }

    long enrol(String who, long cohort, LocalDate entry) {
        return id(admin.post("api/enrolments", "{\"learnerId\":" + learner.get(who) + ",\"cohortId\":" + cohort
                + ",\"entryDate\":\"" + entry + "\"}"));
    }

    long session(long cohort, LocalDate day, String start, String end) {
        return id(admin.post("api/sessions", "{\"cohortId\":" + cohort + ",\"date\":\"" + day + "\",\"startTime\":\"" + start
                + "\",\"endTime\":\"" + end + "\",\"trainer\":\"trainer\",\"topic\":\"Atelier\",\"competences\":[\"1.1\"]}"));
    }

    /** Marks {@code who} with {@code status} and {@code absent} as absent, in one register. */
    void take(long session, List<String> who, String status, List<String> absent) {
        Reply r = admin.put("api/sessions/" + session + "/attendance", java.util.stream.Stream.concat(
                who.stream().map(w -> "{\"learnerId\":" + learner.get(w) + ",\"status\":\"" + status + "\"}"),
                absent.stream().map(w -> "{\"learnerId\":" + learner.get(w) + ",\"status\":\"ABSENT\"}"))
                .collect(Collectors.joining(",", "[", "]")));
        assertEquals(200, r.status(), r::toString);
    }

    void exit(String who, LocalDate day, String reason) {
        exitEnrolment(enrolment.get(who), day, reason);
    }

    void exitEnrolment(long id, LocalDate day, String reason) {
        Reply r = admin.post("api/enrolments/" + id + "/exit", "{\"exitDate\":\"" + day + "\",\"exitReason\":\"" + reason + "\"}");
        assertEquals(200, r.status(), r::toString);
    }

    void outcome(long enrolmentId, String timing, LocalDate observed, String flags) {
        id(admin.post("api/outcomes", "{\"enrolmentId\":" + enrolmentId + ",\"timing\":\"" + timing + "\",\"observedOn\":\""
                + observed + "\",\"source\":\"DECLARATION\"," + flags + "}"));
    }

    static long id(Reply reply) {
        return created(reply).getJsonNumber("id").longValue();
    }
}
