package org.cqfriendship.logistics.support.testing;

import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

/**
 * Debian's Chromium driven through its ChromeDriver, headless and offline, with a phone-sized
 * window. Skipped where it is not installed, except in CI, which must install it.
 */
public final class Chromium {

    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    /** How long a lookup waits for an element that a page's script has not added yet. */
    static final Duration IMPLICIT_WAIT = Duration.ofSeconds(5);

    private Chromium() {
    }

    public static WebDriver start() {
        boolean installed = Files.isExecutable(CHROMEDRIVER);
        if (!installed && "true".equals(System.getenv("CI"))) {
            throw new IllegalStateException("CI must install chromium and chromium-driver (see .ci/run)");
        }
        Assumptions.assumeTrue(installed, "Debian's chromium-driver is not installed");
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync",
                "--window-size=430,1400");
        WebDriver browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build(), options);
        browser.manage().timeouts().implicitlyWait(IMPLICIT_WAIT);
        return browser;
    }

    /**
     * What {@code by} finds on the page as it is, without the implicit wait: for checking that
     * something is not there, which would otherwise always cost the whole wait.
     */
    public static List<WebElement> findNow(WebDriver browser, By by) {
        browser.manage().timeouts().implicitlyWait(Duration.ZERO);
        try {
            return browser.findElements(by);
        } finally {
            browser.manage().timeouts().implicitlyWait(IMPLICIT_WAIT);
        }
    }

    /** Runs {@code action} (a click that loads another page) and waits until the new page is there. */
    public static void andWaitForNextPage(WebDriver browser, Runnable action) {
        ((JavascriptExecutor) browser).executeScript("window.leavingThisPage = true;");
        action.run();
        new WebDriverWait(browser, Duration.ofSeconds(15)).ignoring(WebDriverException.class).until(driver ->
                (Boolean) ((JavascriptExecutor) driver).executeScript(
                        "return window.leavingThisPage === undefined && document.readyState === 'complete';"));
    }

    /**
     * Keeps what the browser shows as target/screenshots/{name}.png, and checks it with axe-core:
     * every page a browser test shows must pass WCAG 2.2 A and AA ({@link Axe}).
     */
    public static void screenshot(WebDriver browser, String name) {
        Assertions.assertThat(Axe.violations(browser)).as("axe-core on " + name + " (" + browser.getCurrentUrl() + ")")
                .isEmpty();
        screenshotOfAnswer(browser, name);
    }

    /** The same for what is no page of ours (a JSON answer the browser shows as text): kept, not checked. */
    public static void screenshotOfAnswer(WebDriver browser, String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            File file = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
            Files.copy(file.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
