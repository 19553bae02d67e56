package org.cqfriendship.logistics.notification.inbox;

import org.cqfriendship.logistics.contracts.EventContract;
import org.cqfriendship.logistics.support.testing.Chromium;
import org.cqfriendship.logistics.support.testing.DemoStaff;
import org.cqfriendship.logistics.support.testing.EmbeddedPlatformTest;
import org.cqfriendship.logistics.support.testing.BrowserScenarios;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A coordinator's inbox in real Chromium: after signing in, a new alert appears without a reload, and acknowledging it works,
 * whichever instance of the service recorded or acknowledged it.
 */
@EmbeddedPlatformTest
class InboxBrowserTest extends BrowserScenarios {

    @Autowired
    InboxStreams streams;

    @Autowired
    MongoTemplate mongo;

    @Override
    protected String[] watchedTopics() {
        return new String[] {"itinerary.itineraries"};
    }

    @Test
    void showsANewAlertWithoutAReloadAndAcknowledgesIt() {
        String coordinator = DemoStaff.OTHER_COORDINATOR;
        signIn(coordinator, "zh-CN");
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(driver -> driver.getCurrentUrl().endsWith("/coordinators/" + coordinator + "/inbox"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains(coordinator, "提醒");
        assertThat(browser.findElement(By.cssSelector(".signed-in")).getText()).contains("Li Na", "退出");
        JavascriptExecutor script = (JavascriptExecutor) browser;
        script.executeScript("window.notReloaded = true;");
        await().atMost(Duration.ofSeconds(15)).until(() -> streams.connectedPages(coordinator) == 1);

        String delegation = UUID.randomUUID().toString();
        topics.publish("itinerary.itineraries", delegation, "ClashDetected", EventContract.example("ClashDetected")
                .replace("5b0c6f2e-8d5a-4a43-9b71-0f0f6a0d2a11", delegation).replace("\"coord-demo\"", "\"" + coordinator + "\""));

        WebElement alert = new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(driver -> driver.findElements(By.cssSelector("li.alert")).stream().findFirst().orElse(null));
        assertThat(alert.getText()).contains("Luang Prabang Province", "12:10");
        assertThat(script.executeScript("return window.notReloaded === true;")).as("no reload").isEqualTo(true);
        Chromium.screenshot(browser, "inbox-new-alert");

        alert.findElement(By.cssSelector("button")).click();
        // The answer to the click and the live stream's update each replace the alert: read it within the wait.
        String acknowledged = new WebDriverWait(browser, Duration.ofSeconds(15)).ignoring(StaleElementReferenceException.class)
                .until(driver -> driver.findElements(By.cssSelector("li.alert .acked")).stream().findFirst()
                        .map(WebElement::getText).orElse(null));
        assertThat(acknowledged).contains(coordinator);
        Chromium.screenshot(browser, "inbox-acknowledged");
        assertThat(http.as(coordinator).get("/api/coordinators/" + coordinator + "/alerts").json().get(0).get("acknowledgedBy").asString())
                .isEqualTo(coordinator);
    }

    @Test
    void acknowledgingInOneTabShowsInTheOthersAndKeepsTheKeyboardOnTheNextAlert() {
        String coordinator = DemoStaff.OTHER_COORDINATOR;
        signIn(coordinator, "en");
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(driver -> driver.getCurrentUrl().endsWith("/inbox"));
        WebDriver otherTab = Chromium.start();
        try {
            otherTab.get("http://localhost:" + port + "/login?lang=en");
            otherTab.findElement(By.id("username")).sendKeys(coordinator);
            otherTab.findElement(By.id("password")).sendKeys(DemoStaff.PASSWORD);
            otherTab.findElement(By.cssSelector("form.login button[type=submit]")).click();
            new WebDriverWait(otherTab, Duration.ofSeconds(15)).until(driver -> driver.getCurrentUrl().endsWith("/inbox"));
            await().atMost(Duration.ofSeconds(15)).until(() -> streams.connectedPages(coordinator) >= 2);

            String first = clashFor(coordinator);
            String second = clashFor(coordinator);
            for (WebDriver tab : List.of(browser, otherTab)) {
                new WebDriverWait(tab, Duration.ofSeconds(30)).until(driver -> !driver.findElements(By.id("alert-" + first)).isEmpty()
                        && !driver.findElements(By.id("alert-" + second)).isEmpty());
            }
            browser.findElement(By.cssSelector("#alert-" + first + " button")).click();

            new WebDriverWait(otherTab, Duration.ofSeconds(15)).ignoring(StaleElementReferenceException.class)
                    .until(driver -> driver.findElement(By.id("alert-" + first)).getAttribute("class").contains("acknowledged"));
            assertThat(otherTab.findElement(By.id("alert-" + first)).getText()).contains("Acknowledged");
            new WebDriverWait(browser, Duration.ofSeconds(15)).ignoring(StaleElementReferenceException.class)
                    .until(driver -> driver.findElement(By.id("alert-" + first)).getAttribute("class").contains("acknowledged")
                            && driver.switchTo().activeElement().getTagName().equals("button"));
            WebElement focused = browser.switchTo().activeElement();
            WebElement itsAlert = focused.findElement(By.xpath("./ancestor::li[contains(@class, 'alert')]"));
            assertThat(itsAlert.getAttribute("id")).as("the keyboard stays on an alert still to acknowledge").isNotEqualTo("alert-" + first);
            assertThat(itsAlert.getAttribute("class")).doesNotContain("acknowledged");
        } finally {
            otherTab.quit();
        }
    }

    @Test
    void anAlertAcknowledgedOnAnotherInstanceShowsAcknowledgedOnThisOnesPage() {
        String coordinator = DemoStaff.OTHER_COORDINATOR;
        signIn(coordinator, "en");
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(driver -> driver.getCurrentUrl().endsWith("/inbox"));
        await().atMost(Duration.ofSeconds(15)).until(() -> streams.connectedPages(coordinator) >= 1);
        String alertId = clashFor(coordinator);
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(driver -> !driver.findElements(By.id("alert-" + alertId)).isEmpty());

        // What another instance does when its page acknowledges the alert: the write, then the feed's record; nothing happens in this one.
        mongo.updateFirst(Query.query(Criteria.where("_id").is(alertId)),
                new Update().set("acknowledgedAt", Instant.now()).set("acknowledgedBy", "other-instance"), "alerts");
        topics.publish(InboxFeed.TOPIC, coordinator, "InboxChanged", "{\"alertId\":\"" + alertId + "\",\"joined\":true}");

        new WebDriverWait(browser, Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class)
                .until(driver -> driver.findElement(By.id("alert-" + alertId)).getText().contains("other-instance"));
        assertThat(browser.findElements(By.id("alert-" + alertId))).as("in place, once").hasSize(1);
    }

    private String clashFor(String coordinator) {
        String delegation = UUID.randomUUID().toString();
        return topics.publish("itinerary.itineraries", delegation, "ClashDetected", EventContract.example("ClashDetected")
                .replace("5b0c6f2e-8d5a-4a43-9b71-0f0f6a0d2a11", delegation).replace("\"coord-demo\"", "\"" + coordinator + "\""));
    }

    @Test
    void aChangeJoiningAHeldDigestReplacesItsAlertInPlace() {
        String coordinator = DemoStaff.COORDINATOR;
        signIn(coordinator, "en");
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(driver -> driver.getCurrentUrl().endsWith("/coordinators/" + coordinator + "/inbox"));
        await().atMost(Duration.ofSeconds(15)).until(() -> streams.connectedPages(coordinator) == 1);
        String delegation = UUID.randomUUID().toString();
        String change = EventContract.example("ItineraryChanged").replace("5b0c6f2e-8d5a-4a43-9b71-0f0f6a0d2a11", delegation);

        String first = topics.publish("itinerary.itineraries", delegation, "ItineraryChanged", change);
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(driver -> !driver.findElements(By.id("alert-" + first)).isEmpty());
        String second = topics.publish("itinerary.itineraries", delegation, "ItineraryChanged", change);

        // The digest window (2 minutes by default) holds the first alert open, so the second change joins it.
        new WebDriverWait(browser, Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class)
                .until(driver -> driver.findElement(By.id("alert-" + first)).getText().contains("2 changes: Luang Prabang Province"));
        assertThat(Chromium.findNow(browser, By.id("alert-" + second))).as("replaced, not added").isEmpty();
        assertThat(browser.findElements(By.cssSelector("li.alert h2")).stream().filter(h -> h.getText().contains("Luang Prabang"))).hasSize(1);
        assertThat(browser.findElement(By.id("alert-" + first)).getText()).as("each change under its own heading")
                .contains("\n■ Itinerary planned: Luang Prabang Province\nItinerary of Luang Prabang Province planned");
        Chromium.screenshot(browser, "inbox-digest");
    }
}
