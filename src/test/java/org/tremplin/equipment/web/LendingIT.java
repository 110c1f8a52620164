package org.tremplin.equipment.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.tremplin.testing.Api;
import org.tremplin.testing.Api.Reply;
import org.tremplin.testing.BrowserTest;

/**
 * A coordinator's equipment screens as a person uses them: lend an item to a learner found by name
 * with its scanned tag, download the agreement, give the item back wiped; a used asset tag refused
 * by the form; the overdue list; the inventory import; the learner file's Loans tab. Every page axe-clean.
 */
class LendingIT extends BrowserTest {

    static final String LILLE = "Centre social Lille-Sud";

    Api admin;
    Map<String, Long> sites;
    WebDriverWait wait;

    @BeforeEach
    void data() {
        admin = Api.as(base, "admin");
        sites = admin.get("api/sites").array().stream().map(v -> v.asJsonObject())
                .collect(Collectors.toMap(o -> o.getString("name"), o -> o.getJsonNumber("id").longValue()));
        wait = browser.waiting(20);
    }

    @Test
    void lendAnItemDownloadTheAgreementAndGiveItBackWiped() throws Exception {
        String tag = newItem();
        String last = "Preteur" + Api.uniqueWord();
        newLearner("Zoé", last);

        browser.signedIn("coordinator").open("equipment/lend.xhtml");
        assertEquals("Prêter un matériel", browser.title());
        browser.assertAccessible();
        browser.type("lend:learner_input", last);
        wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("[id='lend:learner_panel'] li.ui-autocomplete-item"))).click();
        browser.waitForPage();
        browser.type("lend:assetTag", tag.toLowerCase());
        browser.element("lend:assetTag").sendKeys(Keys.TAB); // a scanner ends with a key too
        browser.waitForPage();
        browser.waitForText("lend:itemInfo", "Disponible");
        assertFalse(browser.element("lend:dueDate_input").getAttribute("value").isEmpty(), "a due date by default");
        browser.driver().findElements(By.cssSelector("[id='lend:accessories'] label")).stream()
                .filter(l -> l.getText().strip().equals("Chargeur")).findFirst().orElseThrow().click();
        browser.assertAccessible();
        browser.submit("lend:submit");

        assertTrue(browser.title().startsWith("Prêt · " + tag), browser.title());
        assertTrue(browser.pageText().contains("Zoé " + last), browser.pageText());
        assertEquals("Chargeur", accessoriesShown());
        browser.assertAccessible();
        String agreement = browser.pdfText(browser.element("agreement").getAttribute("href"));
        assertTrue(agreement.contains(tag), agreement);
        assertTrue(agreement.toUpperCase().contains(last.toUpperCase()), agreement);
        assertEquals("ON_LOAN", item(tag).getString("status"));

        browser.choose("giveBack:conditionIn", "Bon état");
        browser.tick("giveBack:wiped", true);
        browser.submit("giveBack:return");
        assertTrue(browser.pageText().contains("le matériel est disponible"), browser.pageText());
        assertEquals("Oui", browser.text("wiped"));
        assertTrue(browser.isPresent("receipt"));
        String receipt = browser.pdfText(browser.element("receipt").getAttribute("href"));
        assertTrue(receipt.contains(tag), receipt);
        browser.assertAccessible();
        assertEquals("AVAILABLE", item(tag).getString("status"));

        browser.click("item");
        assertEquals("Disponible", browser.text("status"));
        assertTrue(browser.text("history").contains("Rendu"), browser.text("history"));
        browser.assertAccessible();
    }

    @Test
    void aUsedAssetTagIsRefusedByTheFormAndNothingIsStored() {
        String tag = newItem();
        browser.signedIn("coordinator").open("equipment/edit.xhtml");
        browser.assertAccessible();
        browser.type("form:assetTag", tag);
        browser.choose("form:type", "Tablette");
        browser.choose("form:site", LILLE);
        browser.submit("form:save");
        assertTrue(browser.pageText().contains("Cette étiquette d’inventaire est déjà utilisée par un autre matériel."),
                browser.pageText());
        browser.assertAccessible();
        assertEquals("1", admin.get("api/equipment?q=" + tag).header("X-Total-Count"));

        String fresh = tag + "B";
        browser.type("form:assetTag", fresh);
        browser.submit("form:save");
        assertEquals("Matériel enregistré.", browser.text("messages"));
        assertEquals("TABLET", item(fresh).getString("type"));
    }

    @Test
    void anOverdueLoanIsInTheOverdueListTheDashboardAndTheLearnerFile() {
        String tag = newItem();
        String last = "Retard" + Api.uniqueWord();
        long learner = newLearner("Malik", last);
        LocalDate today = LocalDate.now();
        Reply lent = Api.as(base, "coordinator").post("api/loans", "{\"assetTag\":\"" + tag + "\",\"learnerId\":" + learner
                + ",\"outDate\":\"" + today.minusDays(40) + "\",\"dueDate\":\"" + today.minusDays(3) + "\"}");
        assertEquals(201, lent.status(), lent::toString);

        browser.logIn("coordinator");
        assertTrue(Integer.parseInt(browser.text("overdue")) >= 1);
        browser.open("equipment/loans.xhtml?overdue=true"); // the address the loan reminder e-mail links to
        browser.assertAccessible();
        String table = browser.text("loans:table");
        assertTrue(table.contains(tag) && table.contains("3 jours de retard"), table);
        assertTrue(browser.driver().findElement(By.id("loans:overdue")).isSelected(), "the box says what the list shows");

        // the list keeps no state: its filters are its address, so the list can be bookmarked and sent
        browser.open("equipment/loans.xhtml").tick("loans:overdue", true).choose("loans:site", LILLE);
        String address = browser.driver().getCurrentUrl();
        assertTrue(address.contains("overdue=true") && address.contains("site=" + sites.get(LILLE)), address);
        assertTrue(browser.text("loans:table").contains(tag), browser.text("loans:table"));
        browser.assertAccessible();
        String elsewhere = sites.keySet().stream().filter(n -> !n.equals(LILLE)).findFirst().orElseThrow();
        browser.choose("loans:site", elsewhere);
        assertFalse(browser.text("loans:table").contains(tag), "a loan of Lille is not at " + elsewhere);
        browser.open(address.substring(address.indexOf("equipment/")));
        assertTrue(browser.text("loans:table").contains(tag), "the address gives the same list again");
        assertEquals(LILLE, new Select(browser.element("loans:site")).getFirstSelectedOption().getText());
        browser.open("equipment/loans.xhtml?overdue=maybe&site=Lille");
        assertTrue(browser.text("loans:unreadable").contains("overdue, site"), browser.text("loans:unreadable"));

        browser.open("equipment/list.xhtml");
        browser.assertAccessible();
        browser.filter("equipment:text", tag);
        browser.waitForText("equipment:table", tag);
        assertTrue(browser.text("equipment:table").contains("Prêté"));

        browser.open("learners/view.xhtml?id=" + learner).tab("Prêts");
        assertTrue(browser.text("tabs:loanTable").contains(tag), browser.text("tabs:loanTable"));
        assertTrue(browser.text("tabs:loanTable").contains("En retard"));
        browser.assertAccessible();
    }

    @Test
    void anInventoryFileWithABadLineImportsNothingThenItsValidLines() throws Exception {
        String a = "IMP-" + Api.uniqueWord().toUpperCase();
        Path csv = Files.createTempFile("inventaire", ".csv");
        Files.writeString(csv, "etiquette;type;marque;modele;numero de serie\n"
                + a + "-1;ordinateur portable;Lenovo;E14;\n"
                + a + "-2;frigo;Bosch;;\n"
                + a + "-3;tablette;Samsung;Tab A9;\n");
        browser.signedIn("coordinator").open("equipment/import.xhtml");
        browser.assertAccessible();
        browser.choose("upload:site", LILLE);
        browser.driver().findElement(By.id("upload:file")).sendKeys(csv.toAbsolutePath().toString());
        browser.submit("upload:read");
        assertTrue(browser.text("plan:counts").startsWith("2 ligne(s) correcte(s), 1"), browser.text("plan:counts"));
        assertTrue(browser.text("plan:invalid").contains("3") && browser.text("plan:invalid").contains("frigo"));
        browser.assertAccessible();
        browser.submit("plan:start");
        assertEquals("0", admin.get("api/equipment?q=" + a).header("X-Total-Count"), "all or nothing");

        browser.pick("plan:mode", "Importer seulement les lignes correctes");
        browser.submit("plan:start");
        assertTrue(browser.text("reportSummary").startsWith("2 matériel(s) importé(s) sur 3"), browser.text("reportSummary"));
        assertEquals("2", admin.get("api/equipment?q=" + a).header("X-Total-Count"));
    }

    @Test
    void anAvailableItemIsPickedByModelItsAccessoriesCheckedAtReturnAndTheDamagedItemSentToRepair() throws Exception {
        String model = "Modele" + Api.uniqueWord();
        String here = "PCK-" + Api.uniqueWord().toUpperCase();
        String elsewhere = "PCK-" + Api.uniqueWord().toUpperCase();
        String site = sites.keySet().stream().filter(n -> !n.equals(LILLE)).findFirst().orElseThrow();
        for (String[] item : List.of(new String[] {here, String.valueOf(sites.get(LILLE))},
                new String[] {elsewhere, String.valueOf(sites.get(site))})) {
            Reply created = admin.post("api/equipment", "{\"assetTag\":\"" + item[0] + "\",\"type\":\"TABLET\",\"make\":\"Samsung\","
                    + "\"model\":\"" + model + "\",\"siteId\":" + item[1] + ",\"replacementValue\":389.00,"
                    + "\"accessories\":\"Chargeur, housse\"}");
            assertEquals(201, created.status(), created::toString);
        }
        String last = "Choix" + Api.uniqueWord();
        long learner = newLearner("Inès", last);
        Reply phone = admin.put("api/learners/" + learner, Api.learnerToSend(admin.get("api/learners/" + learner).object())
                .add("phone", "06 12 34 56 78").build().toString());
        assertEquals(200, phone.status(), phone::toString);

        browser.signedIn("coordinator").open("equipment/lend.xhtml");
        browser.type("lend:learner_input", last);
        wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("[id='lend:learner_panel'] li.ui-autocomplete-item"))).click();
        browser.waitForPage();
        browser.type("lend:pick_input", model.toLowerCase());
        // the answer to the whole word, not to one of the shorter ones typed before it (each key asks again)
        wait.until(d -> d.findElements(By.cssSelector("[id='lend:pick_panel'] li.ui-autocomplete-item .ui-autocomplete-query"))
                .stream().anyMatch(q -> q.getText().equalsIgnoreCase(model)));
        List<String> offered = browser.driver().findElements(By.cssSelector("[id='lend:pick_panel'] li.ui-autocomplete-item"))
                .stream().map(WebElement::getText).toList();
        assertEquals(List.of(here + " — Tablette Samsung " + model), offered, "only what is available at the learner's site");
        browser.assertAccessible();
        browser.screenshot("lend-picker");
        browser.driver().findElement(By.cssSelector("[id='lend:pick_panel'] li.ui-autocomplete-item")).click();
        browser.waitForPage();
        browser.waitForText("lend:itemInfo", "Disponible");
        assertTrue(browser.text("lend:itemInfo").replace('\u202f', ' ').replace('\u00a0', ' ').contains("389,00 €"),
                browser.text("lend:itemInfo"));
        assertEquals(here, browser.element("lend:assetTag").getAttribute("value"));
        assertEquals("Chargeur, housse", browser.element("lend:otherAccessoriesText").getAttribute("value"));
        browser.submit("lend:submit");
        assertTrue(browser.title().startsWith("Prêt · " + here), browser.title());
        String agreement = browser.pdfText(browser.element("agreement").getAttribute("href")).replace('\u202f', ' ')
                .replace('\u00a0', ' ');
        assertTrue(agreement.contains("Valeur de remplacement 389,00 €") && agreement.contains("Chargeur, housse"), agreement);

        browser.submit("remind:remindNow");
        assertTrue(browser.pageText().contains("Rappel envoyé à l’emprunteur (SMS noté dans le journal"), browser.pageText());
        assertTrue(browser.text("remindedOn").endsWith("(1)"), browser.text("remindedOn"));

        browser.choose("giveBack:conditionIn", "Endommagé");
        browser.waitForText("giveBack:repairChoice", "Envoyer en réparation");
        assertTrue(browser.driver().findElement(By.id("giveBack:toRepair_input")).isSelected(), "repair proposed");
        browser.tick("giveBack:wiped", true);
        browser.driver().findElements(By.cssSelector("[id='giveBack:checklist'] label")).stream()
                .filter(l -> l.getText().strip().equals("Chargeur")).findFirst().orElseThrow().click();
        browser.assertAccessible();
        browser.screenshots("loan-return-checklist");
        browser.submit("giveBack:return");
        assertTrue(browser.pageText().contains("le matériel part en réparation"), browser.pageText());
        assertTrue(browser.pageText().contains("Accessoires manquants notés sur le reçu : housse."), browser.pageText());
        assertEquals("housse", browser.text("missing"));
        String receipt = browser.pdfText(browser.element("receipt").getAttribute("href"));
        assertTrue(receipt.contains("Chargeur : rendu") && receipt.contains("housse : manquant"), receipt);
        Files.write(Path.of("target/screenshots/receipt-checklist.pdf"), browser.download(browser.element("receipt").getAttribute("href")).bytes());
        assertEquals("IN_REPAIR", item(here).getString("status"));

        // a scratch: the coordinator puts the item back to available; an accessory never handed over is refused
        Api coordinator = Api.as(base, "coordinator");
        Reply again = coordinator.post("api/loans", "{\"assetTag\":\"" + newItem() + "\",\"learnerId\":" + learner
                + ",\"accessories\":\"Chargeur\"}");
        assertEquals(201, again.status(), again::toString);
        long loan = again.object().getJsonNumber("id").longValue();
        assertEquals(403, Api.as(base, "trainer").post("api/loans/" + loan + "/remind", "").status());
        Reply unknown = coordinator.post("api/loans/" + loan + "/return", "{\"conditionIn\":\"DAMAGED\",\"dataWiped\":true,"
                + "\"missingAccessories\":[\"stylet\"]}");
        assertEquals(400, unknown.status(), unknown::toString);
        assertEquals(List.of("missingAccessories"), unknown.errorFields());
        assertEquals("ON_LOAN", coordinator.get("api/loans/" + loan).object().getString("equipmentStatus"), "nothing closed");
        Reply scratched = coordinator.post("api/loans/" + loan + "/return", "{\"conditionIn\":\"DAMAGED\",\"dataWiped\":true,"
                + "\"toRepair\":false,\"damageNotes\":\"rayure\"}");
        assertEquals(200, scratched.status(), scratched::toString);
        assertEquals("AVAILABLE", scratched.object().getString("equipmentStatus"));
        assertTrue(scratched.object().getJsonArray("missingAccessories").isEmpty(), "none said missing: all came back");
    }

    // ---------------------------------------------------------------- helpers

    String accessoriesShown() {
        return browser.driver().findElements(By.cssSelector("dl.facts dt")).stream()
                .filter(dt -> dt.getText().equals("Accessoires remis")).findFirst()
                .map(dt -> dt.findElement(By.xpath("following-sibling::dd[1]")).getText()).orElse("");
    }

    String newItem() {
        String tag = "LND-" + Api.uniqueWord().toUpperCase();
        Reply created = admin.post("api/equipment", "{\"assetTag\":\"" + tag + "\",\"type\":\"LAPTOP\",\"make\":\"Lenovo\","
                + "\"model\":\"E14\",\"serialNumber\":\"SN" + tag + "\",\"siteId\":" + sites.get(LILLE) + "}");
        assertEquals(201, created.status(), created::toString);
        return tag;
    }

    long newLearner(String first, String last) {
        Reply created = admin.post("api/learners", "{\"firstName\":\"" + first + "\",\"lastName\":\"" + last
                + "\",\"siteId\":" + sites.get(LILLE) + ",\"birthDate\":\"1988-05-04\"}");
        assertEquals(201, created.status(), created::toString);
        return created.object().getJsonNumber("id").longValue();
    }

    JsonObject item(String tag) {
        return admin.get("api/equipment?q=" + tag).array().getJsonObject(0);
    }
}
