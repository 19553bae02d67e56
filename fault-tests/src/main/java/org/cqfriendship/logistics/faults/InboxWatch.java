package org.cqfriendship.logistics.faults;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A coordinator's live inbox page as a browser keeps it open on one instance of the
 * notification-service: signed in with the form (a session of that instance), reading the page's
 * server-sent events and noting the id of every alert pushed to it.
 */
final class InboxWatch implements AutoCloseable {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");
    private static final Pattern ALERT_ID = Pattern.compile("id=\"alert-([^\"]+)\"");

    private final Set<String> seen = ConcurrentHashMap.newKeySet();
    private final CountDownLatch connected = new CountDownLatch(1);
    private final Thread reader;
    private volatile InputStream stream;

    private InboxWatch(HttpClient http, URI streamUri) {
        reader = new Thread(() -> read(http, streamUri), "inbox-watch");
        reader.setDaemon(true);
        reader.start();
    }

    /** Signs in as {@code coordinator} at {@code instance} and opens their inbox's stream; the stream is connected when this returns. */
    static InboxWatch open(String instance, String coordinator) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).connectTimeout(Duration.ofSeconds(3))
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String loginPage = http.send(HttpRequest.newBuilder(URI.create(instance + "/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = CSRF.matcher(loginPage);
        if (!csrf.find()) {
            throw new IOException("no sign-in form at " + instance + "/login");
        }
        String form = "username=" + encode(coordinator) + "&password=" + encode(Observations.DEMO_PASSWORD) + "&_csrf=" + encode(csrf.group(1));
        HttpResponse<Void> signedIn = http.send(HttpRequest.newBuilder(URI.create(instance + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
        String location = signedIn.headers().firstValue("Location").orElse("");
        if (signedIn.statusCode() != 302 || location.contains("error")) {
            throw new IOException("signing in as " + coordinator + " at " + instance + " answered " + signedIn.statusCode() + " " + location);
        }
        InboxWatch watch = new InboxWatch(http, URI.create(instance + "/coordinators/" + coordinator + "/inbox/stream"));
        if (!watch.connected.await(15, TimeUnit.SECONDS)) {
            watch.close();
            throw new IOException("the inbox stream of " + coordinator + " at " + instance + " did not open within 15 s");
        }
        return watch;
    }

    private void read(HttpClient http, URI streamUri) {
        try {
            HttpResponse<InputStream> response = http.send(HttpRequest.newBuilder(streamUri).header("Accept", "text/event-stream").build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            stream = response.body();
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    if (line.startsWith(":")) {
                        connected.countDown();
                    }
                    Matcher id = ALERT_ID.matcher(line);
                    if (line.startsWith("data:") && id.find()) {
                        seen.add(id.group(1));
                    }
                }
            }
        } catch (IOException | InterruptedException closed) {
            // The watch was closed, or the instance went away; what was seen stays.
        }
    }

    /** Waits until every one of {@code alertIds} was pushed, or {@code within} passed; the ones never pushed. */
    Set<String> awaitPushed(Set<String> alertIds, Duration within) throws InterruptedException {
        Instant deadline = Instant.now().plus(within);
        Set<String> missing = ConcurrentHashMap.newKeySet();
        do {
            missing.clear();
            alertIds.stream().filter(id -> !seen.contains(id)).forEach(missing::add);
            if (missing.isEmpty()) {
                break;
            }
            Thread.sleep(200);
        } while (Instant.now().isBefore(deadline));
        return missing;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        reader.interrupt();
        InputStream open = stream;
        if (open != null) {
            try {
                open.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
    }
}
