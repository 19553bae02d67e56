package org.cqfriendship.logistics.itinerary.pages;

import org.cqfriendship.logistics.contracts.EventContract;
import org.cqfriendship.logistics.itinerary.carnival.StallApplications;
import org.cqfriendship.logistics.itinerary.contest.HotpotTeams;
import org.cqfriendship.logistics.support.security.DelegationLinks;
import org.cqfriendship.logistics.support.testing.BrowserScenarios;
import org.cqfriendship.logistics.support.testing.Chromium;
import org.cqfriendship.logistics.support.testing.DemoStaff;
import org.cqfriendship.logistics.support.testing.EmbeddedPlatformTest;
import org.cqfriendship.logistics.support.testing.HttpProbe;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.chromium.HasNetworkConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The delegation's itinerary and programme staff's pages, in real Chromium. */
@EmbeddedPlatformTest
class ItineraryPagesBrowserTest extends BrowserScenarios {

    @Autowired
    DelegationLinks links;

    @Autowired
    MongoTemplate store;

    @Override
    protected String[] watchedTopics() {
        return new String[] {"itinerary.itineraries"};
    }

    @Test
    void aDelegationReadsItsItineraryAndProgrammeStaffMoveASession() {
        String id = UUID.randomUUID().toString();
        topics.publish("registration.delegations", id, "DelegationRegistered", EventContract.example("DelegationRegistered")
                .replace("5b0c6f2e-8d5a-4a43-9b71-0f0f6a0d2a11", id)
                .replace("[\"opening-ceremony\"]", "[\"opening-ceremony\", \"culture-tourism-promotion\", \"hotpot-contest\"]"));
        await().atMost(Duration.ofSeconds(30)).until(() -> http.as(DemoStaff.PROGRAMME).get("/api/itineraries/" + id).status() == 200);

        browser.get("http://localhost:" + port + "/d/" + links.tokenFor(id) + "?lang=zh-CN");
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("Luang Prabang Province", "行程");
        assertThat(browser.findElement(By.cssSelector(".clashes")).getText()).contains("10:40", "12:10");
        assertThat(browser.findElements(By.cssSelector("li.entry"))).hasSize(4);
        assertThat(browser.findElement(By.cssSelector("li.entry.pickup")).getText()).contains("接站", "10:40", "QV619", "车辆 CKG-", "最后一位乘客抵达（10:40）后出发");
        Chromium.screenshot(browser, "itinerary-zh-CN");

        signIn(DemoStaff.PROGRAMME, "en");
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(driver -> driver.getCurrentUrl().endsWith("/programme"));
        WebElement tourism = browser.findElement(By.id("culture-tourism-promotion"));
        assertThat(tourism.getText()).contains("of 300 seats");
        Chromium.screenshot(browser, "programme-en");
        try {
            tourism.findElement(By.tagName("summary")).click();
            WebElement start = tourism.findElement(By.name("start"));
            ((JavascriptExecutor) browser).executeScript("arguments[0].value = '16:00';", start);
            ((JavascriptExecutor) browser).executeScript("arguments[0].value = '17:30';", tourism.findElement(By.name("end")));
            tourism.findElement(By.cssSelector("form button[type=submit]")).click();

            WebElement notice = new WebDriverWait(browser, Duration.ofSeconds(15))
                    .until(driver -> driver.findElements(By.cssSelector(".notice")).stream().findFirst().orElse(null));
            assertThat(notice.getText()).contains("Moved: \"Charm of Sister Cities\"");
            assertThat(browser.findElement(By.id("culture-tourism-promotion")).getText()).contains("16:00–17:30");
            await().atMost(Duration.ofSeconds(30)).until(() -> http.as(DemoStaff.PROGRAMME).get("/api/itineraries/" + id).body()
                    .contains("2026-05-20T16:00:00+08:00"));
            Chromium.screenshot(browser, "programme-moved");
        } finally {
            http.as(DemoStaff.PROGRAMME).putJson("/api/sessions/culture-tourism-promotion/schedule",
                    "{\"startsAt\":\"2026-05-20T15:00:00+08:00\",\"endsAt\":\"2026-05-20T16:30:00+08:00\"}");
        }

        String code = "river-cruise-" + UUID.randomUUID().toString().substring(0, 6);
        browser.get("http://localhost:" + port + "/programme#publish");
        WebElement publish = browser.findElement(By.id("publish"));
        publish.findElement(By.name("id")).sendKeys(code);
        publish.findElement(By.name("title")).sendKeys("Yangtze river evening cruise");
        publish.findElement(By.name("venue")).sendKeys("Chaotianmen pier (illustrative)");
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = '2026-05-21';", publish.findElement(By.name("date")));
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = '19:30';", publish.findElement(By.name("start")));
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = '21:30';", publish.findElement(By.name("end")));
        publish.findElement(By.name("capacity")).sendKeys("120");
        publish.findElement(By.name("title_zh")).sendKeys("长江夜游");
        publish.findElement(By.name("venue_zh")).sendKeys("朝天门码头（示意）");
        publish.findElement(By.cssSelector("button[type=submit]")).click();
        // The notice of the page after the submit: one still shown by the page before it goes stale as the form posts.
        WebElement published = new WebDriverWait(browser, Duration.ofSeconds(15)).ignoring(StaleElementReferenceException.class)
                .until(driver -> driver.findElements(By.cssSelector(".notice")).stream()
                        .filter(notice -> notice.getText().startsWith("Published:")).findFirst().orElse(null));
        assertThat(published.getText()).contains("Published: Yangtze river evening cruise");
        assertThat(browser.findElement(By.id(code)).getText()).contains("21 May 19:30–21:30", "Chaotianmen pier", "of 120 seats");
        Chromium.screenshot(browser, "programme-published");
        browser.get("http://localhost:" + port + "/programme?lang=zh-CN#" + code);
        assertThat(browser.findElement(By.id(code)).getText()).as("the Chinese typed beside the English")
                .contains("长江夜游", "朝天门码头（示意）", "Yangtze river evening cruise");
        browser.get("http://localhost:" + port + "/programme?lang=en");

        browser.get("http://localhost:" + port + "/catering");
        assertThat(browser.findElement(By.id("hotpot-contest")).getText()).contains("Hotpot tasting", "diners");
        Chromium.screenshot(browser, "catering-en");
        browser.get("http://localhost:" + port + "/flights");
        Chromium.screenshot(browser, "flights-en");
        browser.get("http://localhost:" + port + "/transfers");
        Chromium.screenshot(browser, "transfers-en");
        browser.get("http://localhost:" + port + "/contest/hotpot");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Hotpot contest: teams and heats");
        Chromium.screenshot(browser, "contest-en");
        browser.get("http://localhost:" + port + "/calendar");
        Chromium.screenshot(browser, "calendar-en");
        browser.get("http://localhost:" + port + "/itineraries/" + id + "?lang=ru");
        Chromium.screenshot(browser, "itinerary-staff-ru");
        browser.get("http://localhost:" + port + "/account");
        Chromium.screenshot(browser, "account-en");
    }

    /** A stall placed by programme staff: on the delegation's itinerary in Russian, and on the visitors' page in Chinese. */
    @Test
    void aPlacedCarnivalStallIsOnItsItineraryAndOnTheVisitorsPage() {
        store.dropCollection("carnival_map");
        String id = UUID.randomUUID().toString();
        topics.publish("registration.delegations", id, "DelegationRegistered", StallApplications.withStall(id, "Larb", "老挝肉末沙拉"));
        await().atMost(Duration.ofSeconds(30)).until(() -> http.as(DemoStaff.PROGRAMME).get("/api/itineraries/" + id).status() == 200);
        HttpProbe programme = http.signedIn(DemoStaff.PROGRAMME);
        assertThat(programme.postForm("/carnival/stalls/" + id, "pitch", "12", "slots", "carnival-stalls-late", "_csrf",
                programme.csrfToken("/carnival/stalls")).status()).isEqualTo(302);
        await().atMost(Duration.ofSeconds(30)).until(() -> http.as(DemoStaff.PROGRAMME).get("/api/itineraries/" + id).body()
                .contains("stall-carnival-stalls-late"));

        browser.get("http://localhost:" + port + "/d/" + links.tokenFor(id) + "?lang=ru");
        assertThat(browser.findElement(By.cssSelector("li.entry.stall")).getText())
                .contains("Палатка на кулинарном карнавале, место 12: установка с 18:45, работа 19:45–21:00", "открытый огонь запрещён");
        Chromium.screenshot(browser, "itinerary-stall-ru");
        browser.get("http://localhost:" + port + "/carnival?lang=zh-CN");
        assertThat(browser.findElement(By.id("pitch-12")).getText()).contains("12 号摊位", "Larb", "老挝肉末沙拉", "含有：芹菜");
        Chromium.screenshot(browser, "carnival-zh-CN");
        signIn(DemoStaff.PROGRAMME, "en");
        browser.get("http://localhost:" + port + "/carnival/stalls?lang=en");
        assertThat(browser.findElement(By.id("map")).getText()).contains("Luang Prabang Province");
        Chromium.screenshot(browser, "carnival-stalls-en");
    }

    /**
     * Two judges submit a heat while the leaderboard is open: it shows their count without being
     * reloaded. The third judge scores on a phone-sized window in Russian (a score chosen offline
     * is kept and sent when the network is back) and submits: the open leaderboard shows the ranking.
     */
    @Test
    void aJudgeScoresAHeatOnAPhoneAndTheOpenLeaderboardFillsItself() {
        HotpotTeams.startAfresh(store);
        String first = UUID.randomUUID().toString();
        String second = UUID.randomUUID().toString();
        topics.publish("registration.delegations", first, "DelegationRegistered", HotpotTeams.withTeam(first, "PE", "Andes Pot"));
        topics.publish("registration.delegations", second, "DelegationRegistered", HotpotTeams.withTeam(second, "KE", "Rift Valley Broth"));
        await().atMost(Duration.ofSeconds(30)).until(() -> http.as(DemoStaff.PROGRAMME).get("/api/contest/hotpot").body().contains("Rift Valley Broth")
                && http.as(DemoStaff.PROGRAMME).get("/api/contest/hotpot").body().contains("Andes Pot"));
        HttpProbe programme = http.signedIn(DemoStaff.PROGRAMME);
        assertThat(programme.postForm("/contest/hotpot/draw", "seed", "11", "_csrf", programme.csrfToken("/contest/hotpot")).status())
                .isEqualTo(302);
        programme.postForm("/contest/hotpot/freeze", "_csrf", programme.csrfToken("/contest/hotpot"));
        String heat = http.as(DemoStaff.PROGRAMME).get("/api/contest/hotpot").json().at("/draw/heats").propertyStream()
                .filter(h -> h.getValue().toString().contains(first)).map(Map.Entry::getKey).findFirst().orElseThrow();

        browser.manage().window().setSize(new Dimension(1280, 900));
        browser.get("http://localhost:" + port + "/contest/hotpot/results?lang=en");
        String leaderboard = browser.getWindowHandle();
        ((JavascriptExecutor) browser).executeScript("window.stillThisPage = true;");
        Chromium.screenshot(browser, "leaderboard-en");
        HotpotTeams.judge(http, heat, first, DemoStaff.JUDGES.subList(1, 3));
        new WebDriverWait(browser, Duration.ofSeconds(15)).ignoring(StaleElementReferenceException.class)
                .until(driver -> driver.findElement(By.id("round-" + heat)).getText().contains("2 of 3 judges have submitted"));

        browser.switchTo().newWindow(WindowType.TAB);
        browser.manage().window().setSize(new Dimension(412, 915));
        signIn(DemoStaff.JUDGES.get(0), "ru");
        browser.get("http://localhost:" + port + "/contest/hotpot/judge?round=" + heat + "&lang=ru");
        List<WebElement> scores = browser.findElements(By.cssSelector("select[data-score]"));
        assertThat(scores).hasSizeGreaterThanOrEqualTo(3);
        assertThat(browser.findElement(By.id("sheet")).getText()).contains("Andes Pot (Luang Prabang Province, PE)", "Вкус", "Подача");
        var network = (HasNetworkConditions) browser;
        var offline = new ChromiumNetworkConditions();
        offline.setOffline(true);
        network.setNetworkConditions(offline);
        new Select(scores.get(0)).selectByValue(scores.get(0).getAttribute("data-team").equals(first) ? "9" : "6");
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(driver -> driver.findElement(By.id("save-status")).getText().contains("Нет связи"));
        network.deleteNetworkConditions();
        for (WebElement score : scores.subList(1, scores.size())) {
            new Select(score).selectByValue(score.getAttribute("data-team").equals(first) ? "9" : "6");
        }
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(driver -> driver.findElement(By.id("save-status")).getText()
                .equals("Все оценки сохранены."));
        Chromium.screenshot(browser, "judge-ru");
        Chromium.andWaitForNextPage(browser, () -> browser.findElement(By.cssSelector("button[name=submit]")).click());
        assertThat(browser.findElement(By.cssSelector(".notice")).getText()).contains("Ваши оценки отправлены");

        browser.switchTo().window(leaderboard);
        String ranked = new WebDriverWait(browser, Duration.ofSeconds(15)).ignoring(StaleElementReferenceException.class)
                .until(driver -> driver.findElements(By.cssSelector("#round-" + heat + " table.standings")).stream().findFirst()
                        .map(WebElement::getText).orElse(null));
        assertThat(ranked).contains("Andes Pot", "to the final", "27", "81");
        assertThat(((JavascriptExecutor) browser).executeScript("return window.stillThisPage === true;")).as("not reloaded").isEqualTo(true);
        Chromium.screenshot(browser, "leaderboard-closed-en");
    }

    @Test
    void aRussianAndAChineseReaderReadTheItineraryInTheirLanguage() {
        String id = UUID.randomUUID().toString();
        topics.publish("registration.delegations", id, "DelegationRegistered", EventContract.example("DelegationRegistered")
                .replace("5b0c6f2e-8d5a-4a43-9b71-0f0f6a0d2a11", id)
                .replace("[\"opening-ceremony\"]", "[\"opening-ceremony\", \"culture-tourism-promotion\", \"hotpot-contest\"]"));
        await().atMost(Duration.ofSeconds(30)).until(() -> http.as(DemoStaff.PROGRAMME).get("/api/itineraries/" + id).status() == 200);

        browser.get("http://localhost:" + port + "/d/" + links.tokenFor(id) + "?lang=ru");
        assertThat(headings()).contains("Встреча в CKG (QV619)", "Церемония открытия",
                "Презентация культуры и туризма «Очарование городов-побратимов»", "Международный конкурс мастерства приготовления хого");
        assertThat(browser.findElement(By.cssSelector(".clashes")).getText()).contains("прибывает", "Церемония открытия")
                .doesNotContain("arrives", "Opening ceremony");
        assertThat(browser.findElement(By.cssSelector("main")).getText()).contains("Главный зал конференции").doesNotContain("(in English");
        Chromium.screenshot(browser, "itinerary-ru");

        browser.get("http://localhost:" + port + "/d/" + links.tokenFor(id) + "?lang=zh-CN");
        assertThat(headings()).contains("接站：CKG（QV619）", "开幕式", "魅力友城文旅推介会", "国际火锅技能交流赛");
        assertThat(browser.findElement(By.cssSelector(".clashes")).getText()).contains("抵达", "开幕式").doesNotContain("arrives");
        assertThat(browser.findElement(By.cssSelector("main")).getText()).contains("大会主会场");

        assertThat(http.as(DemoStaff.PROGRAMME).get("/api/itineraries/" + id + "?lang=ru").body()).as("the API speaks the language asked for")
                .contains("Церемония открытия");
    }

    @Test
    void aHeadReadsTheirHotelInRussianAndProgrammeStaffTakeTheRoomingListAway() throws Exception {
        String id = UUID.randomUUID().toString();
        String head = "Rooming Head " + id.substring(0, 8);
        topics.publish("registration.delegations", id, "DelegationRegistered", EventContract.example("DelegationRegistered")
                .replace("5b0c6f2e-8d5a-4a43-9b71-0f0f6a0d2a11", id).replace("Test Delegate", head)
                .replace("\"attends\": [\"opening-ceremony\"]", "\"attends\": [\"opening-ceremony\"], \"hotelNights\": [\"2026-05-20\", \"2026-05-21\"], "
                        + "\"departure\": {\"mode\": \"AIR\", \"carrier\": \"QV\", \"number\": \"QV620\", \"port\": \"CKG\", "
                        + "\"scheduledAt\": \"2026-05-22T15:00:00+08:00\"}"));
        await().atMost(Duration.ofSeconds(30)).until(() -> http.as(DemoStaff.PROGRAMME).get("/api/itineraries/" + id).body().contains("HOTEL"));

        browser.get("http://localhost:" + port + "/d/" + links.tokenFor(id) + "?lang=ru");
        assertThat(headings()).anySatisfy(h -> assertThat(h).startsWith("Встреча в CKG (QV619)").contains("трансфер"))
                .anySatisfy(h -> assertThat(h).contains("Riverside Conference Hotel", "люкс", "ночей: 2"))
                .anySatisfy(h -> assertThat(h).startsWith("Трансфер из Riverside Conference Hotel").contains("QV620"));
        // The head's car to the airport, on the drop-off.
        assertThat(browser.findElements(By.cssSelector("li.entry p.ride")).stream().map(WebElement::getText).toList())
                .anySatisfy(ride -> assertThat(ride).contains(head, "CKG-CAR-", "отправляется в аэропорт"));
        Chromium.screenshot(browser, "itinerary-hotel-ru");

        signIn(DemoStaff.PROGRAMME, "en");
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(driver -> driver.getCurrentUrl().endsWith("/programme"));
        // The transfers desk sees the car leave the hotel for the airport among the day's departures.
        browser.get("http://localhost:" + port + "/transfers?day=2026-05-22");
        assertThat(browser.findElement(By.id("departures-CKG")).getText()).contains("Riverside Conference Hotel", "CKG-CAR-", "QV620")
                .containsOnlyOnce(head);
        Chromium.screenshot(browser, "transfers-departures-en");
        browser.get("http://localhost:" + port + "/hotels");
        assertThat(browser.findElement(By.id("riverside")).getText()).contains("Riverside Conference Hotel", "check-in 14:00", "suite:");
        Chromium.screenshot(browser, "hotels-en");
        browser.findElement(By.cssSelector("#riverside h2 a")).click();
        new Select(browser.findElement(By.id("night"))).selectByValue("2026-05-20");
        browser.findElement(By.cssSelector("form.day-picker button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(driver -> driver.getCurrentUrl().contains("night=2026-05-20"));
        assertThat(browser.findElement(By.cssSelector("table.rooming")).getText()).contains(head, "suite", "Luang Prabang Province",
                "CKG QV619");
        Chromium.screenshot(browser, "rooming-list-en");

        String csvLink = browser.findElement(By.linkText("CSV")).getAttribute("href");
        String csv = new String(http.signedIn(DemoStaff.PROGRAMME).getBytes(csvLink.substring(csvLink.indexOf("/hotels"))).body(),
                StandardCharsets.UTF_8);
        assertThat(csv.lines()).first().asString().contains("Night,Room type,Room,Name");
        assertThat(csv.lines().filter(line -> line.contains(head)).toList()).singleElement().asString()
                .startsWith("2026-05-20,suite,").contains("HEAD", "Luang Prabang Province");
    }

    @Test
    void programmeStaffAddAHotelOnThePageAndABadBlockIsShownOnItsRowInRussian() {
        String id = "annex-" + UUID.randomUUID().toString().substring(0, 8);
        signIn(DemoStaff.PROGRAMME, "ru");
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(driver -> driver.getCurrentUrl().endsWith("/programme"));
        browser.get("http://localhost:" + port + "/hotels");
        browser.findElement(By.cssSelector("a[href$='/hotels/new']")).click();
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(driver -> driver.getCurrentUrl().endsWith("/hotels/new"));
        type("id", id);
        type("name", "Annex " + id);
        type("address", "3 Annex Lane");
        type("minutesToVenue", "15");
        type("ports0-minutes", "25");
        type("reservationsEmail", "desk@annex.example");
        setValue("blocks0-firstNight", "2026-05-21");
        setValue("blocks0-lastNight", "2026-05-20");
        new Select(browser.findElement(By.id("blocks0-type"))).selectByValue("SINGLE");
        type("blocks0-count", "0");
        browser.findElement(By.cssSelector("form.hotel-edit button[type=submit]")).click();

        // Refused: the message on the block's row and in the list at the top, in Russian; nothing saved.
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(driver -> !driver.findElements(By.id("problems")).isEmpty());
        assertThat(browser.findElement(By.id("problems")).getText()).contains("последняя ночь не может быть раньше первой");
        assertThat(browser.findElement(By.cssSelector("table.blocks tbody tr:first-child")).getText())
                .contains("последняя ночь не может быть раньше первой");
        assertThat(browser.findElement(By.id("name")).getAttribute("value")).as("what was typed stays").isEqualTo("Annex " + id);
        Chromium.screenshot(browser, "hotel-new-refused-ru");
        assertThat(http.as(DemoStaff.PROGRAMME).get("/api/hotels").body()).doesNotContain(id);

        setValue("blocks0-lastNight", "2026-05-22");
        browser.findElement(By.cssSelector("form.hotel-edit button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(driver -> driver.getCurrentUrl().contains("/hotels#" + id));
        assertThat(browser.findElement(By.id(id)).getText()).contains("Annex " + id, "15");
        assertThat(http.as(DemoStaff.PROGRAMME).get("/api/hotels").json().valueStream()
                .filter(h -> h.at("/hotel/id").asString().equals(id)).toList()).singleElement().satisfies(h -> {
                    assertThat(h.at("/hotel/minutesToPort/CKG").asInt()).isEqualTo(25);
                    assertThat(h.at("/hotel/blocks/0/lastNight").asString()).isEqualTo("2026-05-22");
                    assertThat(h.at("/hotel/reservationsEmail").asString()).isEqualTo("desk@annex.example");
                });

        // Then its block is removed and its distance changed on the same page.
        browser.findElement(By.cssSelector("a[href$='/hotels/" + id + "/edit']")).click();
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(driver -> driver.getCurrentUrl().endsWith("/edit"));
        assertThat(browser.findElement(By.id("blocks0-count")).getAttribute("value")).isEqualTo("0");
        browser.findElement(By.id("blocks0-remove")).click();
        browser.findElement(By.id("minutesToVenue")).clear();
        type("minutesToVenue", "12");
        browser.findElement(By.cssSelector("form.hotel-edit button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(driver -> driver.getCurrentUrl().contains("/hotels#" + id));
        assertThat(http.as(DemoStaff.PROGRAMME).get("/api/hotels").json().valueStream()
                .filter(h -> h.at("/hotel/id").asString().equals(id)).toList()).singleElement().satisfies(h -> {
                    assertThat(h.at("/hotel/minutesToVenue").asInt()).isEqualTo(12);
                    assertThat(h.at("/hotel/blocks")).isEmpty();
                });
    }

    private void type(String id, String text) {
        browser.findElement(By.id(id)).sendKeys(text);
    }

    /** Date inputs take typed digits in the browser's locale; the value is set as the form sends it. */
    private void setValue(String id, String value) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]", browser.findElement(By.id(id)), value);
    }

    private List<String> headings() {
        return browser.findElements(By.cssSelector("li.entry h3")).stream().map(WebElement::getText).toList();
    }
}
