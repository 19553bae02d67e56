package org.cqfriendship.logistics.notification.operations;

import org.cqfriendship.logistics.contracts.EventContract;
import org.cqfriendship.logistics.notification.testing.TestChannels;
import org.cqfriendship.logistics.support.testing.BrowserScenarios;
import org.cqfriendship.logistics.support.testing.Chromium;
import org.cqfriendship.logistics.support.testing.EmbeddedPlatformTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The operations console in real Chromium: a new delegation's events appear in the live tail and
 * in its flow; a poison message shows up among the dead letters and, corrected, is replayed and processed.
 */
@EmbeddedPlatformTest
class OperationsConsoleBrowserTest extends BrowserScenarios {

    static final Duration PATIENCE = Duration.ofSeconds(30);

    @Autowired
    LiveTail tail;

    @DynamicPropertySource
    static void channels(DynamicPropertyRegistry registry) {
        TestChannels.register(registry);
    }

    @Override
    protected String[] watchedTopics() {
        return new String[] {"itinerary.itineraries.DLT"};
    }

    @AfterEach
    void restoreChannels() {
        TestChannels.restore();
    }

    WebDriverWait waiting() {
        return new WebDriverWait(browser, PATIENCE);
    }

    @Test
    void showsADelegationsEventsLiveAndItsFlowThenReplaysACorrectedDeadLetter() {
        signIn("operations", "en");
        String delegation = UUID.randomUUID().toString();
        browser.get("http://localhost:" + port + "/operations?delegation=" + delegation);
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Operations console");
        // The consumer-lag chart's script loads for the operations account, and the chart is drawn.
        waiting().until(driver -> !driver.findElements(By.cssSelector("#lag-chart .uplot canvas")).isEmpty());
        await().atMost(PATIENCE).until(() -> tail.watching() == 1);

        // The registration and the itinerary-service would publish these for a new delegation.
        topics.publish("registration.delegations", delegation, "DelegationRegistered",
                EventContract.example("DelegationRegistered").replace("5b0c6f2e-8d5a-4a43-9b71-0f0f6a0d2a11", delegation));
        topics.publish("itinerary.itineraries", delegation, "ClashDetected",
                EventContract.example("ClashDetected").replace("5b0c6f2e-8d5a-4a43-9b71-0f0f6a0d2a11", delegation));
        topics.publish("itinerary.itineraries", UUID.randomUUID().toString(), "ClashDetected", EventContract.example("ClashDetected"));

        waiting().until(driver -> driver.findElements(By.cssSelector("#tail-rows tr")).size() >= 2);
        assertThat(browser.findElement(By.id("tail-rows")).getText()).contains("DelegationRegistered", "ClashDetected", delegation);
        assertThat(browser.findElements(By.cssSelector("#tail-rows tr"))).as("only this delegation's events")
                .allSatisfy(row -> assertThat(row.getText()).contains(delegation));
        Chromium.screenshot(browser, "operations-tail");

        browser.get("http://localhost:" + port + "/operations/flow?delegation=" + delegation);
        waiting().until(driver -> driver.findElement(By.tagName("main")).getText().contains("alert CLASH_DETECTED"));
        assertThat(browser.findElement(By.cssSelector("table.flow")).getText()).contains("DelegationRegistered", "ClashDetected");
        Chromium.screenshot(browser, "operations-flow");

        String poisoned = UUID.randomUUID().toString();
        topics.publish("itinerary.itineraries", poisoned, "ClashDetected", "{\"delegationId\":\"" + poisoned + "\"}");
        WebElement deadLetter = waiting().until(driver -> {
            driver.get("http://localhost:" + port + "/operations?at=" + System.nanoTime() + "#dead-letters");
            return driver.findElements(By.cssSelector("article.dead-letter")).stream()
                    .filter(article -> article.getText().contains(poisoned)).findFirst().orElse(null);
        });
        assertThat(deadLetter.getText()).contains("itinerary.itineraries", "lacks a field");
        WebElement body = deadLetter.findElement(By.name("body"));
        body.clear();
        body.sendKeys(EventContract.example("ClashDetected").replace("5b0c6f2e-8d5a-4a43-9b71-0f0f6a0d2a11", poisoned));
        Chromium.screenshot(browser, "operations-dead-letter");
        deadLetter.findElement(By.cssSelector("button[type=submit]")).click();

        waiting().until(driver -> driver.findElement(By.cssSelector(".notice")).getText().contains("Replayed"));
        await().atMost(PATIENCE).until(() -> http.as("coord-demo").get("/api/coordinators/coord-demo/alerts").json().valueStream()
                .anyMatch(alert -> alert.get("delegationId").asString().equals(poisoned)));
        WebElement replayed = browser.findElements(By.cssSelector("article.dead-letter")).stream()
                .filter(article -> article.getText().contains(poisoned)).findFirst().orElseThrow();
        assertThat(replayed.findElement(By.cssSelector(".acked")).getText()).contains("Replayed by operations");
        Chromium.screenshot(browser, "operations-replayed");
    }
}
