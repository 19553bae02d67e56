package org.cqfriendship.logistics.support.testing;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.WebDriver;

/** Service scenarios driven through the service's pages in real Chromium ({@link Chromium}), one browser per test. */
public abstract class BrowserScenarios extends ServiceScenarios {

    protected WebDriver browser;

    @BeforeEach
    void openBrowser() {
        browser = Chromium.start();
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }
}
