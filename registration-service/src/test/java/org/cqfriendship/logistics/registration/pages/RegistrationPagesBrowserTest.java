package org.cqfriendship.logistics.registration.pages;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.bson.Document;
import org.cqfriendship.logistics.contracts.EventContract;
import org.cqfriendship.logistics.support.events.CloudEvents;
import org.cqfriendship.logistics.support.testing.BrowserScenarios;
import org.cqfriendship.logistics.support.testing.Chromium;
import org.cqfriendship.logistics.support.testing.DemoStaff;
import org.cqfriendship.logistics.support.testing.EmbeddedPlatformTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A head of delegation's way through the pages in real Chromium, once in Chinese and once in
 * English: a mistake and its message, the five steps, the confirmation, the email with the secret
 * link, and a changed arrival time through that link. Screenshots of each page go to
 * target/screenshots/.
 */
@EmbeddedPlatformTest
class RegistrationPagesBrowserTest extends BrowserScenarios {

    static final int SMTP_PORT = freePort();
    static final GreenMail MAIL = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    static {
        MAIL.start();
    }

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP_PORT);
    }

    @AfterAll
    static void stopMail() {
        MAIL.stop();
    }

    @Autowired
    MongoTemplate mongo;

    String lang;
    int shot;

    @Override
    protected String[] watchedTopics() {
        return new String[] {"registration.delegations"};
    }

    @ParameterizedTest(name = "in {0}")
    @CsvSource({
            "zh-CN, 城市、省份或组织, 请更正下方标出的字段, 琅勃拉邦省, 谢谢, 修改已保存",
            "en, 'City, province or organisation', Please correct the fields marked below, Luang Prabang Province, Thank you, Your changes are saved"})
    void aHeadOfDelegationRegistersAndLaterChangesAnArrival(String language, String localityLabel, String errorSummary,
                                                          String locality, String thanks, String saved) throws Exception {
        lang = language;
        String email = "office-" + language + "@lpb.example.la";
        browser.get(url("/register?lang=" + language));
        assertThat(browser.findElement(By.cssSelector("label[for=locality]")).getText()).isEqualTo(localityLabel);

        // A mistake first: the page says what is wrong, next to the field, and keeps what was typed.
        type("country", "Laos");
        next();
        assertThat(browser.findElement(By.id("error-summary")).getText()).contains(errorSummary);
        assertThat(browser.findElement(By.id("country")).getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.findElement(By.id("country")).getAttribute("value")).isEqualTo("Laos");
        assertThat(browser.findElement(By.id("contactEmail")).getAttribute("aria-invalid")).as("the link is sent there")
                .isEqualTo("true");
        // The summary has the focus, names each field, and every description a field points to exists.
        assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("error-summary");
        String countryLabel = browser.findElement(By.cssSelector("label[for=country]")).getText();
        assertThat(browser.findElement(By.id("error-summary")).getText()).contains(countryLabel + ": ");
        assertThat(browser.findElements(By.cssSelector("[aria-describedby]"))).allSatisfy(field -> assertThat(
                field.getAttribute("aria-describedby").split(" ")).allSatisfy(id -> assertThat(browser.findElements(By.id(id))).isNotEmpty()));
        screenshot("step1-errors");

        type("locality", locality);
        type("country", "LA");
        type("contactName", "Khamla");
        type("contactEmail", email);
        screenshot("step1");
        next();

        type("members0.givenName", "Test");
        type("members0.familyName", "Delegate");
        type("members0.nativeName", "ທົດສອບ");
        type("members0.languages", "lo, zh");
        submit("button[name=action][value=add]");
        new Select(browser.findElement(By.id("members1.role"))).selectByValue("INTERPRETER");
        type("members1.familyName", "Vongsa");
        type("members1.languages", "lo, zh, en");
        screenshot("step2");
        next();

        new Select(browser.findElement(By.id("members0.arrivalMode"))).selectByValue("AIR");
        type("members0.arrivalCarrier", "QV");
        type("members0.arrivalNumber", "QV619");
        new Select(browser.findElement(By.id("members0.arrivalPort"))).selectByValue("CKG");
        setValue("members0.arrivalAt", "2026-05-20T10:40");
        type("members0.passportNumber", "PLA123456");
        setValue("members0.passportExpiry", "2026-10-01");
        screenshot("step3");
        next();

        click("input[name='members[0].attends'][value=opening-ceremony]");
        click("input[name='members[0].diets'][value=NO_SPICY_FOOD]");
        browser.findElement(By.cssSelector("fieldset.member details:last-of-type summary")).click();
        type("members0.alertsEmail", "head@" + email.substring(email.indexOf('@') + 1));
        new Select(browser.findElement(By.id("members0.alertsLanguage"))).selectByValue("fr");
        // Each member may ask to share a room with another: a room of their own, the other member by number and name, or any
        // member of the delegation of their gender.
        assertThat(new Select(browser.findElement(By.id("members1.shareRoomWith"))).getOptions()).extracting(o -> o.getAttribute("value"))
                .containsExactly("", "1", "WOMAN", "MAN");
        // A stall at the food carnival: each dish named in the delegation's language and in Chinese, with its allergens.
        browser.findElement(By.cssSelector("details.stall summary")).click();
        type("stallCuisine", "Lao home cooking");
        type("stallDishes0.name", "Larb");
        type("stallDishes0.nameZh", "老挝肉末沙拉");
        click("input[name='stallDishes[0].allergens'][value=SESAME]");
        type("stallStaff", "3");
        click("input[name='stallWater']");
        screenshot("step4");
        next();
        assertThat(browser.findElement(By.tagName("main")).getText()).as("the stall on the review").contains("Larb / 老挝肉末沙拉");

        assertThat(browser.findElement(By.tagName("main")).getText()).contains(locality, "Test Delegate", "Vongsa");
        // Everything that will be sent, readable on a phone: the contact, the sign-ups by name (not their ids), the alert address.
        assertThat(browser.findElement(By.tagName("main")).getText())
                .contains("Khamla", "11:20", "head@lpb.example.la", "QV619", "•••456", "5").doesNotContain("opening-ceremony");
        assertThat(browser.findElements(By.cssSelector(".member-review .warning"))).as("a passport that runs out within six months")
                .hasSize(1);
        assertThat(browser.findElement(By.cssSelector(".actions a.button")).getAttribute("href")).endsWith("/register/4");
        browser.manage().window().setSize(new Dimension(412, 915));
        assertThat((Boolean) ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth <= window.innerWidth")).as("no sideways scrolling on a phone").isTrue();
        screenshot("review");
        submit("button[value=submit]");

        String confirmation = browser.findElement(By.cssSelector(".confirmation")).getText();
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(thanks);
        screenshot("done");
        Document stored = mongo.getCollection("delegations").find(new Document("contact.email", email)).first();
        assertThat(confirmation).as("the short reference, not the id").contains(stored.getString("reference"))
                .doesNotContain(stored.getString("_id"));
        String delegationId = stored.getString("_id");
        assertThat(stored.get("stall", Document.class).getList("dishes", Document.class).get(0).getString("nameZh")).isEqualTo("老挝肉末沙拉");

        MimeMessage mail = await().atMost(Duration.ofSeconds(20)).until(() -> Arrays.stream(MAIL.getReceivedMessages())
                .filter(m -> recipient(m).equals(email)).findFirst().orElse(null), m -> m != null);
        Matcher link = Pattern.compile("https?://[^\\s/]+(/d/[A-Za-z0-9-]+\\.[a-z0-9]+\\.[A-Za-z0-9_-]+)").matcher(mail.getContent().toString());
        assertThat(link.find()).as("the email holds the edit link").isTrue();
        assertThat(mail.getContent().toString()).doesNotContain("PLA123456");

        browser.get(url(link.group(1) + "?lang=" + language));
        assertThat(browser.findElement(By.cssSelector(".reference")).getText()).contains(stored.getString("reference"));
        assertThat(browser.findElement(By.id("members0.familyName")).getAttribute("value")).isEqualTo("Delegate");
        assertThat(browser.getPageSource()).doesNotContain("PLA123456").contains("•••••456");
        assertThat(browser.findElement(By.id("members0.alertsEmail")).getAttribute("value")).startsWith("head@");
        screenshot("edit");
        setValue("members0.arrivalAt", "2026-05-19T18:20");
        type("members0.arrivalNumber", "QV617");
        submit("button[value=save]");
        assertThat(browser.findElement(By.cssSelector(".notice")).getText()).contains(saved);
        screenshot("edit-saved");

        await().atMost(Duration.ofSeconds(20)).until(() -> topics.records(r -> delegationId.equals(r.key())).stream()
                .map(r -> CloudEvents.header(r.headers(), CloudEvents.TYPE)).toList().contains("TravelPlanChanged"));

        // Delegation-level fields alone: saved means saved (kept after a reload) and told.
        type("notes", "Two members come by the later train");
        type("contactPhone", "+856 20 555 0101");
        submit("button[value=save]");
        assertThat(browser.findElement(By.cssSelector(".notice")).getText()).contains(saved);
        browser.get(url(link.group(1) + "?lang=" + language));
        assertThat(browser.findElement(By.id("notes")).getAttribute("value")).isEqualTo("Two members come by the later train");
        assertThat(browser.findElement(By.id("contactPhone")).getAttribute("value")).isEqualTo("+856 20 555 0101");
        await().atMost(Duration.ofSeconds(20)).until(() -> topics.records(r -> delegationId.equals(r.key())).stream()
                .map(r -> CloudEvents.header(r.headers(), CloudEvents.TYPE)).toList().contains("PrivateDetailsChanged"));
        assertThat(topics.records(r -> delegationId.equals(r.key())).stream()
                .map(r -> CloudEvents.header(r.headers(), CloudEvents.TYPE)).toList())
                .containsExactly("DelegationRegistered", "TravelPlanChanged", "PrivateDetailsChanged");
        assertThat(topics.records(r -> delegationId.equals(r.key())).get(2).value()).doesNotContain("later train", "555 0101");
    }

    @org.junit.jupiter.api.Test
    void programmeStaffSeeTheDelegationsWithoutACoordinatorAndThePartsOfEvents() {
        lang = "ru";
        http.postJson("/api/delegations", EventContract.foundationRequest()
                .replace("\"coordinatorId\": \"coord-demo\",", ""));
        await().atMost(Duration.ofSeconds(20)).until(() -> mongo.getCollection("delegation_rows")
                .countDocuments(new Document("coordinatorId", null)) > 0);
        signIn(DemoStaff.PROGRAMME, "ru");
        browser.get(url("/delegations?unassigned=true"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Делегации");
        assertThat(browser.findElements(By.cssSelector("table.delegations select[name=coordinatorId]"))).isNotEmpty();
        screenshot("delegations");
        browser.get(url("/delegations/assignment"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Назначение координаторов");
        assertThat(browser.findElements(By.cssSelector("input[type=checkbox][name=delegation]:checked"))).isNotEmpty();
        screenshot("assignment");
        browser.get(url("/programme/parts"));
        screenshot("parts");
        browser.get(url("/account"));
        screenshot("account");
    }

    /** The desk as programme staff use it: type, filter, download what is listed, assign two delegations. */
    @org.junit.jupiter.api.Test
    void programmeStaffFindFilterDownloadAndAssignDelegations() {
        lang = "en";
        for (String locality : List.of("Searchtown Alpha", "Searchtown Beta")) {
            http.postJson("/api/delegations", EventContract.foundationRequest()
                    .replace("\"coordinatorId\": \"coord-demo\",", "").replace("Luang Prabang Province", locality));
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> mongo.getCollection("delegation_rows")
                .countDocuments(new Document("locality", new Document("$regex", "^Searchtown"))) == 2);
        signIn(DemoStaff.PROGRAMME, "en");
        browser.get(url("/delegations"));

        type("q", "searchtown");
        await().atMost(Duration.ofSeconds(10)).until(() -> listed().size() == 2);
        assertThat(listed()).allSatisfy(row -> assertThat(row).contains("Searchtown"));
        click("details.filters summary");
        click("input[name=unassigned]");
        await().atMost(Duration.ofSeconds(10)).until(() -> browser.getCurrentUrl().contains("unassigned=true"));
        assertThat(listed()).hasSize(2);
        type("q", "searchtown alpha");
        await().atMost(Duration.ofSeconds(10)).until(() -> listed().size() == 1);
        screenshot("desk-search");

        String csv = (String) ((JavascriptExecutor) browser).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(document.querySelector('a[href*=\"attendees.csv\"]').href).then(r => r.text()).then(done);");
        assertThat(csv).contains("Searchtown Alpha").doesNotContain("Searchtown Beta", "Luang Prabang");

        type("q", "searchtown");
        await().atMost(Duration.ofSeconds(10)).until(() -> listed().size() == 2);
        for (int assigned = 0; assigned < 2; assigned++) {
            // Each assignment reloads the list as it was; the one assigned leaves it (it has a coordinator now).
            new Select(browser.findElement(By.cssSelector("table.delegations tbody tr select[name=coordinatorId]"))).selectByValue("coord-li");
            submit("table.delegations tbody tr form.assign button");
            assertThat(browser.findElement(By.cssSelector("p.notice[role=status]")).getText()).contains("coord-li");
        }
        assertThat(browser.getCurrentUrl()).contains("q=searchtown", "unassigned=true");
        assertThat(listed()).isEmpty();
        browser.get(url("/delegations?q=searchtown&coordinator=coord-li"));
        assertThat(listed()).hasSize(2);
        screenshot("desk-assigned");

        submit("table.delegations tbody tr td a");
        assertThat(browser.findElement(By.tagName("h1")).getText()).startsWith("Searchtown");
        assertThat(browser.findElement(By.cssSelector("table.audit")).getText()).as("the audit trail").contains("coordinator.assigned");
        screenshot("desk-delegation");
    }

    /** The rows listed now, read in one go (htmx may swap the list between two reads). */
    @SuppressWarnings("unchecked")
    private List<String> listed() {
        return (List<String>) ((JavascriptExecutor) browser).executeScript(
                "return Array.from(document.querySelectorAll('table.delegations tbody tr')).map(row => row.innerText);");
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private void type(String id, String text) {
        WebElement field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    /** Date and time inputs take keys in the browser's own format; set their value as the form submits it. */
    private void setValue(String id, String value) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];", browser.findElement(By.id(id)), value);
    }

    private void click(String css) {
        browser.findElement(By.cssSelector(css)).click();
    }

    private void next() {
        submit("button[name=action][value=next]");
    }

    /** Presses a button that loads another page, and waits until the new page is there. */
    private void submit(String css) {
        Chromium.andWaitForNextPage(browser, () -> click(css));
    }

    private void screenshot(String page) {
        Chromium.screenshot(browser, lang + "-" + (++shot) + "-" + page);
    }

    private static String recipient(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (Exception e) {
            return "";
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
