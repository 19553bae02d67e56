package org.cqfriendship.logistics.faults;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A steady load, as delegations would make it: registrations at a fixed rate (each with its own
 * {@code Idempotency-Key}, retried with the same key until acknowledged), and for every third
 * delegation acknowledged, its head rebooked on an earlier flight ({@code GET} then {@code PUT}
 * with {@code If-Match}, retried until acknowledged or seen stored). Every acknowledgement goes
 * into the {@link Ledger}. Requests go to the registration-service instances in turn.
 */
final class Load implements AutoCloseable {

    /** A head landing at 10:40 for the 11:20 opening: planned, found late, alerted (urgent: email, text, group chat). */
    static final String REGISTRATION = """
            { "locality": "%s", "country": "LA", "kind": "LOCAL_GOVERNMENT", "coordinatorId": "%s",
              "members": [ { "role": "HEAD", "givenName": "Fault", "familyName": "Test",
                             "arrival": { "mode": "AIR", "carrier": "QV", "number": "QV619", "port": "CKG",
                                          "scheduledAt": "2026-05-20T10:40:00+08:00" },
                             "attends": [ "opening-ceremony" ] } ] }""";
    static final String FIRST_FLIGHT = "QV619";
    /** The change: the head books the evening flight the day before, which resolves the clash. */
    static final String EARLIER_FLIGHT = "QV617";
    private static final List<String> COORDINATORS = List.of("coord-demo", "coord-li", "coord-chen");
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern TOKEN = Pattern.compile("\"accessToken\"\\s*:\\s*\"([^\"]+)\"");
    private static final Duration RETRY = Duration.ofMillis(750);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    private final Ledger ledger;
    private final String tag;
    private final double perSecond;
    private volatile List<String> registrationUrls;
    private final ExecutorService clients = Executors.newFixedThreadPool(24);
    private final AtomicInteger sequence = new AtomicInteger();
    private final AtomicInteger turn = new AtomicInteger();
    private volatile boolean issuing;
    private volatile Instant giveUpAt = Instant.MAX;
    private Thread issuer;

    Load(Ledger ledger, String tag, double perSecond, List<String> registrationUrls) {
        this.ledger = ledger;
        this.tag = tag;
        this.perSecond = perSecond;
        this.registrationUrls = List.copyOf(registrationUrls);
    }

    /** Where requests go from now on (a second instance started, the first killed). */
    void sendTo(List<String> urls) {
        registrationUrls = List.copyOf(urls);
    }

    void start() {
        issuing = true;
        issuer = new Thread(() -> {
            long interval = (long) (1e9 / perSecond);
            long next = System.nanoTime();
            while (issuing) {
                int n = sequence.incrementAndGet();
                clients.submit(() -> register(n));
                next += interval;
                LockSupport.parkNanos(Math.max(0, next - System.nanoTime()));
            }
        }, "load-" + tag);
        issuer.setDaemon(true);
        issuer.start();
    }

    /** Issues nothing more, and waits up to {@code grace} for what was issued to be acknowledged (or given up). */
    void stop(Duration grace) throws InterruptedException {
        issuing = false;
        if (issuer != null) {
            issuer.join();
        }
        giveUpAt = Instant.now().plus(grace);
        clients.shutdown();
        clients.awaitTermination(grace.toSeconds() + 30, TimeUnit.SECONDS);
    }

    int issued() {
        return sequence.get();
    }

    /** One answer to a registration: its status, and the delegation it names (null if none). */
    record Answer(int status, String delegationId) {
    }

    /** {@code copies} identical registrations at once with one key, as a client retrying in a hurry would send them. */
    static List<Answer> identicalAtOnce(Ledger ledger, String url, String key, int copies) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        String body = REGISTRATION.formatted("Fault Test " + key, "coord-demo");
        CyclicBarrier together = new CyclicBarrier(copies);
        ExecutorService senders = Executors.newFixedThreadPool(copies);
        List<Future<HttpResponse<String>>> sent = new ArrayList<>();
        for (int i = 0; i < copies; i++) {
            sent.add(senders.submit(() -> {
                together.await();
                return client.send(post(url, body, key), HttpResponse.BodyHandlers.ofString());
            }));
        }
        List<Answer> answers = new ArrayList<>();
        for (var answer : sent) {
            HttpResponse<String> response = answer.get(60, TimeUnit.SECONDS);
            boolean created = response.statusCode() == 201 || response.statusCode() == 200;
            String id = created ? find(ID, response.body()) : null;
            answers.add(new Answer(response.statusCode(), id));
            if (created) {
                ledger.registered(new Ledger.Registered(key, id, find(TOKEN, response.body()), "coord-demo", Instant.now()));
            }
        }
        senders.shutdown();
        return answers;
    }

    private void register(int n) {
        String key = tag + "-" + n;
        String coordinator = COORDINATORS.get(n % COORDINATORS.size());
        String body = REGISTRATION.formatted("Fault Test " + key, coordinator);
        while (true) {
            String url = nextUrl();
            try {
                HttpResponse<String> answer = http.send(post(url, body, key), HttpResponse.BodyHandlers.ofString());
                int status = answer.statusCode();
                if (status == 201 || status == 200) {
                    String id = find(ID, answer.body());
                    String token = find(TOKEN, answer.body());
                    ledger.registered(new Ledger.Registered(key, id, token, coordinator, Instant.now()));
                    if (n % 3 == 0) {
                        change(id, token);
                    }
                    return;
                }
                if (status == 400 || status == 422 || status == 401 || status == 403) {
                    ledger.refused("registration " + key + " answered " + status + ": " + answer.body());
                    return;
                }
                ledger.attemptFailed("registration answered " + status);
            } catch (IOException e) {
                ledger.attemptFailed("registration: " + e.getClass().getSimpleName());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            if (!pause()) {
                ledger.unanswered(key);
                return;
            }
        }
    }

    /** The head rebooks onto the earlier flight: read with the link, send back changed with If-Match. */
    private void change(String id, String token) throws InterruptedException {
        ledger.changeTried(id);
        while (true) {
            String url = nextUrl() + "/api/delegations/" + id;
            try {
                HttpResponse<String> read = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(15))
                        .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
                if (read.statusCode() == 200) {
                    if (read.body().contains("\"" + EARLIER_FLIGHT + "\"")) {
                        ledger.changed(id, Instant.now()); // an earlier try that got no answer was stored
                        return;
                    }
                    String changed = read.body().replace("\"" + FIRST_FLIGHT + "\"", "\"" + EARLIER_FLIGHT + "\"")
                            .replace("2026-05-20T10:40:00+08:00", "2026-05-19T18:20:00+08:00");
                    HttpResponse<String> put = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(15))
                            .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                            .header("If-Match", read.headers().firstValue("ETag").orElse("\"0\""))
                            .PUT(HttpRequest.BodyPublishers.ofString(changed)).build(), HttpResponse.BodyHandlers.ofString());
                    if (put.statusCode() == 200) {
                        ledger.changed(id, Instant.now());
                        return;
                    }
                    if (put.statusCode() == 400 || put.statusCode() == 404) {
                        ledger.refused("change of " + id + " answered " + put.statusCode() + ": " + put.body());
                        return;
                    }
                    ledger.attemptFailed("change answered " + put.statusCode());
                } else {
                    ledger.attemptFailed("read before change answered " + read.statusCode());
                }
            } catch (IOException e) {
                ledger.attemptFailed("change: " + e.getClass().getSimpleName());
            }
            if (!pause()) {
                return; // never acknowledged: it may or may not have been stored
            }
        }
    }

    private boolean pause() {
        if (Instant.now().isAfter(giveUpAt)) {
            return false;
        }
        try {
            Thread.sleep(RETRY.toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private String nextUrl() {
        List<String> urls = registrationUrls;
        return urls.get(Math.floorMod(turn.getAndIncrement(), urls.size()));
    }

    private static HttpRequest post(String url, String body, String key) {
        return HttpRequest.newBuilder(URI.create(url + "/api/delegations")).timeout(Duration.ofSeconds(15))
                .header("Content-Type", "application/json").header("Idempotency-Key", key)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private static String find(Pattern pattern, String body) {
        Matcher matcher = pattern.matcher(body);
        if (!matcher.find()) {
            throw new IllegalStateException("no " + pattern + " in " + body);
        }
        return matcher.group(1);
    }

    @Override
    public void close() {
        issuing = false;
        clients.shutdownNow();
    }
}
