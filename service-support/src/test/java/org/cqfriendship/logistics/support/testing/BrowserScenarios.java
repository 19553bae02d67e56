package org.cqfriendship.logistics.support.testing;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** Service scenarios driven through the service's pages in real Chromium ({@link Chromium}), one browser per test. */
public abstract class BrowserScenarios extends ServiceScenarios {

    protected WebDriver browser;

    @BeforeEach
    void openBrowser() {
        browser = Chromium.start();
    }

    /** Signs in on the service's login page as a demo staff account, in the given page language. */
    protected void signIn(String demoUser, String language) {
        browser.get("http://localhost:" + port + "/login?lang=" + language);
        browser.findElement(By.id("username")).sendKeys(demoUser);
        browser.findElement(By.id("password")).sendKeys(DemoStaff.PASSWORD);
        Chromium.screenshot(browser, "login-" + language);
        // Signed in only once the page after the form is there: going elsewhere sooner can cancel the sign-in.
        Chromium.andWaitForNextPage(browser, () -> browser.findElement(By.cssSelector("form.login button[type=submit]")).click());
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }
}
