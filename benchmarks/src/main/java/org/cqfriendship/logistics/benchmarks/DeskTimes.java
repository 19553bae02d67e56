package org.cqfriendship.logistics.benchmarks;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How long the staff desk answers at a size, as programme staff see it (signed in through the
 * form, over HTTP): the first page, a search, filters with an order, the last page, and the
 * attendees downloads of everyone and of a filtered list. Each the median of five requests
 * (downloads of everyone: of three), after the desk's rows have caught up with the registrations.
 */
final class DeskTimes {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern LAST_PAGE = Pattern.compile("page=(\\d+)\"[^>]*>[^<]*</a>\\s*</nav>");

    private final String base;
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();

    private DeskTimes(String base) {
        this.base = base;
    }

    /** Milliseconds per kind of request, in the order the document shows them. */
    static Map<String, Double> measure(String registrationUrl, String storeUri, int delegations, String searchWord, Duration timeout)
            throws Exception {
        awaitRows(storeUri, delegations, timeout);
        DeskTimes desk = new DeskTimes(registrationUrl);
        desk.signIn("programme", "chongqing-2026");
        Map<String, Double> millis = new LinkedHashMap<>();
        millis.put("first page", desk.median("/delegations", 5));
        millis.put("search", desk.median("/delegations?q=" + URLEncoder.encode(searchWord, StandardCharsets.UTF_8), 5));
        millis.put("search as typed (htmx)", desk.median("/delegations?q=" + URLEncoder.encode(searchWord, StandardCharsets.UTF_8), 5,
                "HX-Request", "true"));
        millis.put("filters and order", desk.median("/delegations?port=CQW&diet=HALAL&sort=people&desc=true", 5));
        Matcher last = LAST_PAGE.matcher(desk.get("/delegations").body());
        String lastPage = last.find() ? last.group(1) : "0";
        millis.put("last page", desk.median("/delegations?sort=name&page=" + lastPage, 5));
        millis.put("attendees.csv, everyone", desk.median("/delegations/attendees.csv", 3));
        millis.put("attendees.xlsx, everyone", desk.median("/delegations/attendees.xlsx", 3));
        millis.put("attendees.csv, arriving at CQW", desk.median("/delegations/attendees.csv?port=CQW", 3));
        return millis;
    }

    private static void awaitRows(String storeUri, int delegations, Duration timeout) throws InterruptedException {
        try (MongoClient mongo = MongoClients.create(storeUri)) {
            var rows = mongo.getDatabase("registration").getCollection("delegation_rows");
            Instant deadline = Instant.now().plus(timeout);
            while (rows.estimatedDocumentCount() < delegations) {
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException("the desk has " + rows.estimatedDocumentCount() + " of " + delegations + " rows");
                }
                Thread.sleep(250);
            }
        }
    }

    private void signIn(String account, String password) throws Exception {
        Matcher token = CSRF.matcher(get("/login").body());
        if (!token.find()) {
            throw new IllegalStateException("no sign-in form at " + base + "/login");
        }
        String form = "username=" + account + "&password=" + password + "&_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 302 || answer.headers().firstValue("Location").orElse("").contains("error")) {
            throw new IllegalStateException("could not sign in as " + account + ": " + answer.statusCode());
        }
    }

    private double median(String path, int times, String... headers) throws Exception {
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            long start = System.nanoTime();
            HttpResponse<byte[]> answer = http.send(request(path, headers), HttpResponse.BodyHandlers.ofByteArray());
            millis.add((System.nanoTime() - start) / 1e6);
            if (answer.statusCode() != 200) {
                throw new IllegalStateException("GET " + path + " answered " + answer.statusCode());
            }
        }
        millis.sort(Double::compare);
        return millis.get(millis.size() / 2);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(request(path), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest request(String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofMinutes(2));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return request.GET().build();
    }
}
