package org.cqfriendship.logistics.registration.access;

import org.cqfriendship.logistics.support.testing.AccessMatrix;
import org.cqfriendship.logistics.support.testing.DemoStaff;
import org.cqfriendship.logistics.support.testing.EmbeddedPlatformTest;
import org.cqfriendship.logistics.support.testing.HttpProbe;
import org.cqfriendship.logistics.support.testing.SecurityScenarios;
import org.junit.jupiter.api.Test;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A thousand wrong passwords over real HTTP, on the API (HTTP Basic) and on the login page. Its own
 * service instance: the storm locks this client's address out, which would refuse the other
 * suites' sign-ins for minutes.
 */
@EmbeddedPlatformTest
@TestPropertySource(properties = "logistics.test.instance=sign-in-storm")
@DirtiesContext
class SignInStormTest extends SecurityScenarios {

    static final int ATTEMPTS = 1_000;

    @Override
    protected String[] watchedTopics() {
        return new String[] {"registration.delegations"};
    }

    @Test
    void aThousandWrongPasswordsAreAllRefusedMostWithoutAPasswordCheckAndChangeNothing() {
        Map<String, List<String>> before = AccessMatrix.contents(store);
        Map<Integer, Integer> api = new TreeMap<>();
        Map<String, Integer> page = new TreeMap<>();
        HttpProbe browser = http.browser();
        String csrf = browser.csrfToken("/login");
        for (int i = 0; i < ATTEMPTS; i++) {
            if (i % 2 == 0) {
                String account = i % 4 == 0 ? DemoStaff.PROGRAMME : "no-such-account-" + i;
                api.merge(http.get("/api/delegations", "Authorization", basic(account, "guess-" + i)).status(), 1, Integer::sum);
            } else {
                HttpProbe.Answer answer = browser.postForm("/login", "username", DemoStaff.OPERATIONS, "password", "guess-" + i, "_csrf", csrf);
                String location = answer.header("Location");
                page.merge(answer.status() + " " + (location == null ? "" : location.replaceAll("=\\d+$", "=<seconds>")), 1, Integer::sum);
            }
        }

        assertThat(api.keySet()).as("the API answers 401 or 429, never anything else").isSubsetOf(401, 429);
        assertThat(api.getOrDefault(429, 0)).as("all but the first few are refused before any password check")
                .isGreaterThan(ATTEMPTS / 2 - 25);
        assertThat(page.keySet()).allMatch(answer -> answer.startsWith("302 ") && answer.contains("/login?"))
                .noneMatch(answer -> answer.endsWith("/login?"));
        int throttledPages = page.entrySet().stream().filter(answer -> answer.getKey().contains("throttled"))
                .mapToInt(Map.Entry::getValue).sum();
        assertThat(throttledPages).as(page.toString()).isGreaterThan(ATTEMPTS / 2 - 25);
        // Locked out: even the right password waits (it is not checked), so a guess that happens to be right tells nothing.
        assertThat(http.as(DemoStaff.PROGRAMME).get("/api/delegations").status()).isEqualTo(429);
        assertThat(AccessMatrix.contents(store)).as("nothing but the audit log changed").isEqualTo(before);
        assertThat(http.as(DemoStaff.PROGRAMME).get("/api/delegations").header("Retry-After")).isNotBlank();
    }

    private static String basic(String account, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((account + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
