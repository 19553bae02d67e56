package org.cqfriendship.logistics.accreditation.pages;

import org.cqfriendship.logistics.support.config.ConferenceTime;
import org.cqfriendship.logistics.support.testing.BrowserScenarios;
import org.cqfriendship.logistics.support.testing.Chromium;
import org.cqfriendship.logistics.support.testing.DemoStaff;
import org.cqfriendship.logistics.support.testing.EmbeddedPlatformTest;
import org.cqfriendship.logistics.support.testing.HttpProbe;
import org.cqfriendship.logistics.support.testing.TopicProbe;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.chromium.HasNetworkConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The desk's scanning page and the who-is-here board, in real Chromium. */
@EmbeddedPlatformTest
class AccreditationPagesBrowserTest extends BrowserScenarios {

    static final Duration PATIENCE = Duration.ofSeconds(30);

    @Override
    protected String[] watchedTopics() {
        return new String[] {"accreditation.checkins"};
    }

    /** A delegation of a head and a delegate arriving at CKG today; answers its id. */
    String registered(String locality, String head, String member) {
        String id = UUID.randomUUID().toString();
        String arrival = LocalDate.now(ConferenceTime.ZONE).atTime(10, 40).atZone(ConferenceTime.ZONE).toOffsetDateTime().toString();
        topics.publish("registration.delegations", id, "DelegationRegistered", """
                {"delegationId": "%s", "delegationVersion": 1, "locality": "%s", "country": "KZ", "kind": "LOCAL_GOVERNMENT",
                 "coordinatorId": "coord-demo", "registeredAt": "2026-05-01T09:00:00Z", "members": [
                 {"memberId": "%s", "role": "HEAD", "displayName": "Aigerim Nurlanovna", "nativeName": "Айгерим Нурлановна",
                  "arrival": {"mode": "AIR", "carrier": "KC", "number": "KC887", "port": "CKG", "scheduledAt": "%s"}, "attends": []},
                 {"memberId": "%s", "role": "MEMBER", "displayName": "Daniyar Seitkali",
                  "arrival": {"mode": "AIR", "carrier": "KC", "number": "KC887", "port": "CKG", "scheduledAt": "%s"}, "attends": []}]}"""
                .formatted(id, locality, head, arrival, member, arrival));
        await().atMost(PATIENCE).until(() -> office().get("/api/delegations/" + id + "/badges").status() == 200);
        return id;
    }

    HttpProbe office() {
        return http.as(DemoStaff.PROGRAMME);
    }

    String numberOf(String delegationId, String memberId) {
        return office().get("/api/delegations/" + delegationId + "/badges").json().valueStream()
                .filter(b -> b.get("memberId").asString().equals(memberId)).findFirst().orElseThrow().get("number").asString();
    }

    /** Types {@code number} and checks it (none: only waits), then waits for the answer to be in one of these states. */
    WebElement answerAfter(@Nullable String number, String... states) {
        if (number != null) {
            browser.findElement(By.id("code")).sendKeys(number);
            browser.findElement(By.id("check")).click();
        }
        return new WebDriverWait(browser, Duration.ofSeconds(15)).until(driver -> {
            WebElement answer = driver.findElement(By.id("answer"));
            String state = answer.getAttribute("class");
            return Arrays.stream(states).anyMatch(state::contains) ? answer : null;
        });
    }

    @Test
    void theDeskTypesANumberAndSeesGreenThenRedForARevokedBadgeInItsLanguage() {
        String head = UUID.randomUUID().toString();
        String id = registered("Almaty", head, UUID.randomUUID().toString());
        String number = numberOf(id, head);

        signIn(DemoStaff.DESK, "ru");
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(driver -> driver.getCurrentUrl().endsWith("/desk"));
        new Select(browser.findElement(By.id("place"))).selectByValue("ckg-desk");
        WebElement green = answerAfter(number.toLowerCase().replace("-", ""), "green", "red");
        assertThat(green.getAttribute("class")).contains("green");
        assertThat(green.getText()).contains("Добро пожаловать", "Aigerim Nurlanovna", "Айгерим Нурлановна", "Almaty (KZ)");
        Chromium.screenshot(browser, "desk-accepted-ru");

        HttpProbe staff = http.signedIn(DemoStaff.PROGRAMME);
        staff.postForm("/badges/" + id + "/members/" + head + "/reissue", "_csrf", staff.csrfToken("/badges/" + id));
        // On a slow network the green of the badge before must not stand while this one's answer is on its way.
        HasNetworkConditions network = (HasNetworkConditions) browser;
        ChromiumNetworkConditions slow = new ChromiumNetworkConditions();
        slow.setLatency(Duration.ofSeconds(2));
        network.setNetworkConditions(slow);
        WebElement waiting = answerAfter(number, "checking");
        assertThat(waiting.getText()).contains("Проверяем " + number);
        network.deleteNetworkConditions();
        WebElement red = answerAfter(null, "green", "red");
        assertThat(red.getAttribute("class")).contains("red");
        assertThat(red.getText()).contains("Проход запрещён", "Aigerim Nurlanovna", "Этот бейдж аннулирован");
        Chromium.screenshot(browser, "desk-revoked-ru");
    }

    @Test
    void aScanMadeOfflineWaitsInThePageAndCountsOnceWhenTheNetworkIsBack() {
        String member = UUID.randomUUID().toString();
        String id = registered("Shymkent", UUID.randomUUID().toString(), member);
        String number = numberOf(id, member);
        signIn(DemoStaff.DESK, "en");
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(driver -> driver.getCurrentUrl().endsWith("/desk"));
        new Select(browser.findElement(By.id("place"))).selectByValue("ckg-desk");

        HasNetworkConditions network = (HasNetworkConditions) browser;
        ChromiumNetworkConditions offline = new ChromiumNetworkConditions();
        offline.setOffline(true);
        network.setNetworkConditions(offline);
        browser.findElement(By.id("code")).sendKeys(number);
        browser.findElement(By.id("check")).click();
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(driver -> driver.findElement(By.id("queue")).getText()
                .contains("1 scans made offline wait here"));
        assertThat(browser.findElement(By.id("answer")).getText()).contains("Offline: the scan is kept");
        Chromium.screenshot(browser, "desk-offline-en");

        network.deleteNetworkConditions();
        WebElement green = new WebDriverWait(browser, Duration.ofSeconds(20)).until(driver -> {
            WebElement answer = driver.findElement(By.id("answer"));
            return answer.getAttribute("class").contains("green") ? answer : null;
        });
        assertThat(green.getText()).contains("Daniyar Seitkali");
        assertThat(browser.findElement(By.id("queue")).getText()).isEmpty();
        await().atMost(PATIENCE).until(() -> topics.records(r -> id.equals(r.key())).stream().filter(TopicProbe.ofType("CheckedIn")).count() == 1);
        await().during(Duration.ofSeconds(2)).atMost(PATIENCE).until(() ->
                topics.records(r -> id.equals(r.key())).stream().filter(TopicProbe.ofType("CheckedIn")).count() == 1);
    }

    @Test
    void theOfficeSeesEachMembersBadgeAndGrantsAZoneInItsLanguage() {
        String member = UUID.randomUUID().toString();
        String id = registered("Aktobe", UUID.randomUUID().toString(), member);
        signIn(DemoStaff.PROGRAMME, "zh-CN");
        browser.get("http://localhost:" + port + "/badges");
        Chromium.andWaitForNextPage(browser, () -> browser.findElement(By.linkText("Aktobe (KZ)")).click());
        WebElement row = browser.findElement(By.id("member-" + member));
        assertThat(row.getText()).contains("Daniyar Seitkali", "代表", numberOf(id, member), "已签发，未打印");
        assertThat(row.findElement(By.className("zone-names")).getText()).contains("主会场").doesNotContain("贵宾室");
        Chromium.screenshot(browser, "badges-zh-CN");

        Chromium.andWaitForNextPage(browser, () -> browser.findElement(By.id("member-" + member))
                .findElement(By.xpath(".//button[contains(., '授权: 贵宾室')]")).click());
        assertThat(browser.findElement(By.cssSelector(".notice")).getText()).isEqualTo("已授权进入。");
        assertThat(browser.findElement(By.id("member-" + member)).findElement(By.className("zone-names")).getText()).contains("贵宾室");
    }

    @Test
    void theBoardUpdatesLiveAsBadgesAreScanned() {
        String head = UUID.randomUUID().toString();
        String id = registered("Karaganda", head, UUID.randomUUID().toString());
        signIn(DemoStaff.PROGRAMME, "en");
        browser.get("http://localhost:" + port + "/board");
        WebElement heads = browser.findElement(By.id("heads"));
        assertThat(heads.getText()).contains("Karaganda (KZ)", "KC887");
        Chromium.screenshot(browser, "board-before-en");

        assertThat(http.as(DemoStaff.DESK).postJson("/api/scans", """
                {"key": "%s", "code": "%s", "placeId": "ckg-desk"}""".formatted(UUID.randomUUID(), numberOf(id, head))).status())
                .isEqualTo(200);

        new WebDriverWait(browser, Duration.ofSeconds(15)).ignoring(StaleElementReferenceException.class) // the board is replaced as it updates
                .until(driver -> !driver.findElement(By.id("heads")).getText().contains("Karaganda"));
        assertThat(browser.findElement(By.id("delegations")).getText()).contains("Karaganda (KZ) 2 1");
        assertThat(browser.findElement(By.id("places")).getText()).contains("Airport desk CKG (Jiangbei):");
        Chromium.screenshot(browser, "board-after-en");
    }
}
