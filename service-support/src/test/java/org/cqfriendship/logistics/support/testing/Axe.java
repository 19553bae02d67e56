package org.cqfriendship.logistics.support.testing;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * axe-core (Deque's script) run inside the page a browser test shows, against WCAG 2.2 A and AA:
 * each violation as "rule: what is wrong (the elements)", none when the page passes.
 */
public final class Axe {

    /** As Deque's Selenium integration holds it. */
    private static final String SCRIPT = "axe.min.js";
    private static final String RUN = """
            const done = arguments[arguments.length - 1];
            axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } })
              .then(r => done(r.violations.map(v => ({ id: v.id, help: v.help,
                    nodes: v.nodes.slice(0, 5).map(n => n.target.join(' ')).join(', ') }))))
              .catch(e => done([{ id: 'axe-error', help: String(e), nodes: '' }]));
            """;

    private Axe() {
    }

    @SuppressWarnings("unchecked")
    public static List<String> violations(WebDriver browser) {
        JavascriptExecutor page = (JavascriptExecutor) browser;
        if (!Boolean.TRUE.equals(page.executeScript("return typeof axe !== 'undefined';"))) {
            page.executeScript(script());
        }
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        List<Map<String, Object>> found = (List<Map<String, Object>>) page.executeAsyncScript(RUN);
        List<String> violations = new ArrayList<>();
        for (Map<String, Object> violation : found) {
            violations.add(violation.get("id") + ": " + violation.get("help") + " (" + violation.get("nodes") + ")");
        }
        return violations;
    }

    private static String script() {
        try (InputStream in = Axe.class.getClassLoader().getResourceAsStream(SCRIPT)) {
            if (in == null) {
                throw new IllegalStateException("axe-core is not on the test classpath: " + SCRIPT);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
