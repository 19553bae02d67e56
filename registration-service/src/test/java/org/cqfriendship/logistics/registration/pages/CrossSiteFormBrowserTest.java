package org.cqfriendship.logistics.registration.pages;

import com.sun.net.httpserver.HttpServer;
import org.cqfriendship.logistics.support.testing.BrowserScenarios;
import org.cqfriendship.logistics.support.testing.Chromium;
import org.cqfriendship.logistics.support.testing.EmbeddedPlatformTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A page on another site that submits a form to the API in real Chromium, as a cross-site attack
 * would (a text/plain body shaped like JSON, the classic trick): the API answers 403 and stores nothing.
 */
@EmbeddedPlatformTest
class CrossSiteFormBrowserTest extends BrowserScenarios {

    @Autowired
    MongoTemplate mongo;

    private HttpServer otherSite;

    @Override
    protected String[] watchedTopics() {
        return new String[] {"registration.delegations"};
    }

    @AfterEach
    void stopOtherSite() {
        if (otherSite != null) {
            otherSite.stop(0);
        }
    }

    @Test
    void aFormOnAnotherSiteCannotRegisterADelegation() throws IOException {
        long before = mongo.getCollection("delegations").countDocuments();
        String page = """
                <!doctype html><html><body>
                <form id="attack" method="post" enctype="text/plain" action="http://localhost:%d/api/delegations">
                  <input name='{"kind":"CITY","locality":"Nowhere","x":"' value='"}'>
                </form>
                <script>document.getElementById('attack').submit();</script>
                </body></html>""".formatted(port);
        otherSite = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        otherSite.createContext("/", exchange -> {
            byte[] body = page.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        otherSite.start();

        browser.get("http://127.0.0.1:" + otherSite.getAddress().getPort() + "/");

        await().atMost(Duration.ofSeconds(20)).until(() -> browser.getCurrentUrl().startsWith("http://localhost:" + port + "/api/"));
        Chromium.screenshotOfAnswer(browser, "cross-site-form-refused");
        assertThat(browser.findElement(By.tagName("body")).getText()).contains("403", "X-Requested-With");
        assertThat(mongo.getCollection("delegations").countDocuments()).as("nothing stored").isEqualTo(before);
    }
}
