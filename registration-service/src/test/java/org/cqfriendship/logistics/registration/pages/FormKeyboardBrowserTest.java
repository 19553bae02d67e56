package org.cqfriendship.logistics.registration.pages;

import org.cqfriendship.logistics.support.testing.BrowserScenarios;
import org.cqfriendship.logistics.support.testing.Chromium;
import org.cqfriendship.logistics.support.testing.EmbeddedPlatformTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The registration form from the keyboard, in real Chromium: Enter in any field means the step's
 * own action (never "remove member 1", never Back, never another language), removing a member asks
 * first, and switching the language keeps what was typed.
 */
@EmbeddedPlatformTest
class FormKeyboardBrowserTest extends BrowserScenarios {

    @Override
    protected String[] watchedTopics() {
        return new String[] {"registration.delegations"};
    }

    @Test
    void enterMeansTheStepsOwnActionAndRemovingAMemberAsksFirst() {
        browser.get("http://localhost:" + port + "/register?lang=en");
        type("locality", "Luang Prabang Province");
        type("country", "LA");
        type("contactName", "Khamla");
        type("contactEmail", "office-keyboard@lpb.example.la");
        enterIn("contactEmail");
        assertThat(heading()).isEqualTo("Members");

        type("members0.givenName", "Test");
        type("members0.familyName", "Delegate");
        submit("button[name=action][value=add]");
        enterIn("members1.givenName");
        assertThat(browser.findElement(By.id("error-summary")).getText()).as("the summary names the member and the field")
                .contains("Member 2 · Family name");
        type("members1.familyName", "Vongsa");
        enterIn("members1.familyName");
        assertThat(heading()).as("Enter in member 2's name goes on, and removes nobody").isEqualTo("Travel");
        assertThat(browser.findElements(By.cssSelector("fieldset.member"))).hasSize(2);

        enterIn("members0.arrivalCarrier");
        assertThat(heading()).as("Enter on step 3 never goes back").isNotEqualTo("Members");

        browser.get("http://localhost:" + port + "/register/2?lang=en");
        submit("button[name=action][value=remove-0]");
        assertThat(browser.findElement(By.cssSelector(".confirm-removal")).getText()).contains("Remove member 1 (Test Delegate)");
        assertThat(familyNames()).as("asking removes nobody yet").containsExactly("Delegate", "Vongsa");
        submit("button[name=action][value=keep]");
        assertThat(Chromium.findNow(browser, By.cssSelector(".confirm-removal"))).isEmpty();
        assertThat(familyNames()).containsExactly("Delegate", "Vongsa");

        submit("button[name=action][value=remove-0]");
        submit("button[name=action][value=confirm-remove-0]");
        assertThat(familyNames()).containsExactly("Vongsa");
    }

    @Test
    void switchingLanguageKeepsWhatWasTypedOnTheStep() {
        browser.get("http://localhost:" + port + "/register/1?lang=en");
        type("locality", "Minsk Region");
        type("contactName", "Alena");
        Chromium.andWaitForNextPage(browser, () -> browser.findElement(By.cssSelector(".languages button[lang=ru]")).click());

        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("ru");
        assertThat(browser.findElement(By.id("locality")).getAttribute("value")).isEqualTo("Minsk Region");
        assertThat(browser.findElement(By.id("contactName")).getAttribute("value")).isEqualTo("Alena");
        assertThat(Chromium.findNow(browser, By.id("error-summary"))).as("nothing is checked until the step is sent").isEmpty();
    }

    @Test
    void checkboxesKeepTheirSizeBesideLongLabelsOnAPhone() {
        browser.manage().window().setSize(new Dimension(412, 915));
        try {
            browser.get("http://localhost:" + port + "/register/4?lang=ru");
            List<WebElement> boxes = browser.findElements(By.cssSelector("label.check input[type=checkbox]")).stream()
                    .filter(WebElement::isDisplayed).toList();
            assertThat(boxes).isNotEmpty().allSatisfy(box -> assertThat(box.getSize().getWidth()).as("a box beside "
                    + box.findElement(By.xpath("..")).getText()).isGreaterThanOrEqualTo(20));
        } finally {
            browser.manage().window().setSize(new Dimension(430, 1400)); // as Chromium.start() opens it
        }
    }

    private List<String> familyNames() {
        return browser.findElements(By.cssSelector("input[id$='.familyName']")).stream().map(field -> field.getAttribute("value")).toList();
    }

    private String heading() {
        return browser.findElement(By.tagName("h1")).getText();
    }

    private void type(String id, String text) {
        WebElement field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    private void enterIn(String id) {
        Chromium.andWaitForNextPage(browser, () -> browser.findElement(By.id(id)).sendKeys(Keys.ENTER));
    }

    private void submit(String css) {
        Chromium.andWaitForNextPage(browser, () -> browser.findElement(By.cssSelector(css)).click());
    }
}
