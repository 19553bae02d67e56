package org.cqfriendship.logistics.benchmarks;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import org.apache.kafka.clients.admin.Admin;
import org.bson.Document;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The whole pipeline as a delegation meets it: registrations posted over HTTP to the
 * registration-service, and the coordinator's alert they end in, found by id in the
 * notification-service's store ({@link InboxWatch}; HTTP → store and outbox → broker → itinerary → alert).
 */
final class Pipeline implements AutoCloseable {

    /** A head who lands at 10:40 for the 11:20 opening: planned, found late, and alerted. */
    static final String REGISTRATION = """
            { "locality": "Benchmark Prefecture %d", "country": "LA", "kind": "LOCAL_GOVERNMENT", "coordinatorId": "coord-demo",
              "members": [ { "role": "HEAD", "givenName": "Test", "familyName": "Delegate",
                             "arrival": { "mode": "AIR", "carrier": "QV", "number": "QV619", "port": "CKG",
                                          "scheduledAt": "2026-05-20T10:40:00+08:00" },
                             "attends": [ "opening-ceremony" ] } ] }""";
    /** The same request with a country that does not exist: validated in full, refused, nothing stored. */
    static final String REFUSED = REGISTRATION.replace("\"LA\"", "\"XX\"");
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern PLANNING_SUM = Pattern.compile("^itinerary_planning_seconds_sum\\{[^}]*step=\"(\\w+)\"[^}]*} (\\S+)$",
            Pattern.MULTILINE);

    /** One registration: its id, when it was meant to be sent, and when its answer came. */
    record Sent(String id, Instant intendedAt, Instant answeredAt) {
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String registrationUrl;
    private final String bootstrap;
    private final MongoClient mongo;
    private final InboxWatch inbox;
    private final AtomicInteger sequence = new AtomicInteger();

    Pipeline(String registrationUrl, String storeUri, String bootstrap) {
        this.bootstrap = bootstrap;
        this.registrationUrl = registrationUrl;
        this.mongo = MongoClients.create(storeUri);
        this.inbox = new InboxWatch(bootstrap, mongo.getDatabase("notification"), "coord-demo");
    }

    /** Posts {@code count} registrations from {@code concurrency} clients as fast as they are answered. */
    List<Sent> registerAsFastAsPossible(int count, int concurrency) throws InterruptedException {
        return registerAsFastAsPossible(count, concurrency, "opening-ceremony");
    }

    /** The same, each head signed up for {@code session} only. */
    List<Sent> registerAsFastAsPossible(int count, int concurrency, String session) throws InterruptedException {
        List<Sent> sent = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger left = new AtomicInteger(count);
        ExecutorService clients = Executors.newFixedThreadPool(concurrency);
        for (int c = 0; c < concurrency; c++) {
            clients.submit(() -> {
                while (left.getAndDecrement() > 0) {
                    Instant at = Instant.now();
                    String body = post(REGISTRATION.formatted(sequence.incrementAndGet()).replace("opening-ceremony", session), 201);
                    sent.add(new Sent(id(body), at, Instant.now()));
                }
                return null;
            });
        }
        clients.shutdown();
        clients.awaitTermination(30, TimeUnit.MINUTES);
        return List.copyOf(sent);
    }

    /** Requests per second of refused registrations: the same filters, parsing and validation, nothing stored. */
    double refusedPerSecond(int count, int concurrency) throws InterruptedException {
        AtomicInteger left = new AtomicInteger(count);
        ExecutorService clients = Executors.newFixedThreadPool(concurrency);
        long start = System.nanoTime();
        for (int c = 0; c < concurrency; c++) {
            clients.submit(() -> {
                while (left.getAndDecrement() > 0) {
                    post(REFUSED, 400);
                }
                return null;
            });
        }
        clients.shutdown();
        clients.awaitTermination(30, TimeUnit.MINUTES);
        return count / ((System.nanoTime() - start) / 1e9);
    }

    /**
     * Warms every service's JVM up before anything is measured: {@code count} refused registrations
     * to the registration-service, and as many unauthenticated reads (answered 401) of the
     * itinerary and notification APIs, through the same filters as every request.
     */
    void warmUp(int count, int concurrency, String itineraryUrl, String notificationUrl) throws InterruptedException {
        refusedPerSecond(count, concurrency);
        for (String url : List.of(itineraryUrl + "/api/itineraries/warm-up", notificationUrl + "/api/coordinators/warm-up/alerts")) {
            AtomicInteger left = new AtomicInteger(count);
            ExecutorService clients = Executors.newFixedThreadPool(concurrency);
            HttpRequest read = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET().build();
            for (int c = 0; c < concurrency; c++) {
                clients.submit(() -> {
                    while (left.getAndDecrement() > 0) {
                        http.send(read, HttpResponse.BodyHandlers.discarding());
                    }
                    return null;
                });
            }
            clients.shutdown();
            clients.awaitTermination(30, TimeUnit.MINUTES);
        }
    }

    /**
     * Posts registrations at a fixed rate for {@code duration}, each at its planned moment whether
     * or not earlier ones were answered (so a slow answer cannot hide the wait behind it).
     */
    List<Sent> registerAtFixedRate(double perSecond, Duration duration) {
        long intervalNanos = (long) (1e9 / perSecond);
        long count = (long) (duration.toNanos() / intervalNanos);
        Instant start = Instant.now().plusMillis(200);
        List<CompletableFuture<Sent>> answers = new ArrayList<>();
        for (long i = 0; i < count; i++) {
            Instant intended = start.plusNanos(i * intervalNanos);
            long wait = Duration.between(Instant.now(), intended).toNanos();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            answers.add(http.sendAsync(request(REGISTRATION.formatted(sequence.incrementAndGet())), HttpResponse.BodyHandlers.ofString())
                    .thenApply(answer -> {
                        if (answer.statusCode() != 201) {
                            throw new IllegalStateException("registration answered " + answer.statusCode() + ": " + answer.body());
                        }
                        return new Sent(id(answer.body()), intended, Instant.now());
                    }));
        }
        return answers.stream().map(CompletableFuture::join).toList();
    }

    /** When each delegation's first alert was recorded, waiting until all have one. */
    Map<String, Instant> firstAlerts(Collection<String> delegationIds, Duration timeout) throws InterruptedException {
        return firstAlertsAfter(delegationIds, Instant.EPOCH, timeout);
    }

    /** Programme staff move a session (as the programme demo account, over the itinerary-service's API). */
    void reschedule(String itineraryUrl, String session, OffsetDateTime startsAt, OffsetDateTime endsAt) throws Exception {
        asStaff("programme", "PUT", itineraryUrl + "/api/sessions/" + session + "/schedule",
                "{\"startsAt\":\"" + startsAt + "\",\"endsAt\":\"" + endsAt + "\"}");
    }

    /** The seats of every limited session on the programme, as the itinerary-service has them. */
    Map<String, Integer> capacities(String itineraryUrl) throws Exception {
        Document programme = Document.parse("{\"sessions\": " + asStaff("programme", "GET", itineraryUrl + "/api/sessions", null) + "}");
        Map<String, Integer> capacities = new TreeMap<>();
        for (Document row : programme.getList("sessions", Document.class)) {
            Document session = row.get("session", Document.class);
            if (session.getInteger("capacity") != null && !row.getBoolean("cancelled", false)) {
                capacities.put(session.getString("id"), session.getInteger("capacity"));
            }
        }
        return capacities;
    }

    /** Programme staff give a session this many seats. */
    void changeCapacity(String itineraryUrl, String session, int seats) throws Exception {
        asStaff("programme", "PUT", itineraryUrl + "/api/sessions/" + session + "/capacity", "{\"capacity\":" + seats + "}");
    }

    /**
     * Total seconds the itinerary-service spent in each planning step ({@code itinerary.planning}
     * timers from its Prometheus page, read as the operations demo account).
     */
    Map<String, Double> planningSeconds(String itineraryUrl) throws Exception {
        String page = asStaff("operations", "GET", itineraryUrl + "/actuator/prometheus", null);
        Map<String, Double> seconds = new TreeMap<>();
        Matcher line = PLANNING_SUM.matcher(page);
        while (line.find()) {
            seconds.put(line.group(1), Double.parseDouble(line.group(2)));
        }
        return seconds;
    }

    /** Posts every registration from {@code concurrency} clients, as fast as they are answered. */
    void postAll(List<String> registrations, int concurrency) throws InterruptedException {
        ConcurrentLinkedQueue<String> left = new ConcurrentLinkedQueue<>(registrations);
        ExecutorService clients = Executors.newFixedThreadPool(concurrency);
        List<Future<Object>> done = new ArrayList<>();
        for (int c = 0; c < concurrency; c++) {
            done.add(clients.submit(() -> {
                for (String json = left.poll(); json != null; json = left.poll()) {
                    post(json, 201);
                }
                return null;
            }));
        }
        clients.shutdown();
        clients.awaitTermination(60, TimeUnit.MINUTES);
        for (Future<Object> client : done) {
            try {
                client.get();
            } catch (ExecutionException e) {
                throw new IllegalStateException("a registration failed: " + e.getCause().getMessage(), e.getCause());
            }
        }
    }

    /** Waits until the itinerary-service has stored this many itineraries. */
    /**
     * What an operator does before rebuilding the itinerary-service (stopped): its database dropped
     * and its consumer group deleted, so that it plans everything again from the topics' beginning.
     */
    void forgetItineraries() throws Exception {
        mongo.getDatabase("itinerary").drop();
        try (Admin admin = Admin.create(
                Map.<String, Object>of("bootstrap.servers", bootstrap))) {
            admin.deleteConsumerGroups(List.of("itinerary-service")).all().get();
        }
    }

    void awaitItineraries(int count, Duration timeout) throws InterruptedException {
        MongoCollection<Document> itineraries = mongo.getDatabase("itinerary").getCollection("itineraries");
        Instant deadline = Instant.now().plus(timeout);
        long planned;
        // The collection's count, not a count of matching documents: that would read every itinerary four times a second.
        while ((planned = itineraries.estimatedDocumentCount()) < count) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("only " + planned + " of " + count + " itineraries planned within " + timeout);
            }
            Thread.sleep(250);
        }
    }

    private String asStaff(String account, String method, String url, String json) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((account + ":chongqing-2026").getBytes()))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json)).build();
        HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException(method + " " + url + " answered " + answer.statusCode() + ": " + answer.body());
        }
        return answer.body();
    }

    /** When each delegation's first alert (or change joining a held one) after {@code after} was in its inbox, waiting until all have one. */
    Map<String, Instant> firstAlertsAfter(Collection<String> delegationIds, Instant after, Duration timeout) throws InterruptedException {
        return inbox.firstToldAfter(delegationIds, after, timeout);
    }

    private String post(String json, int expected) throws Exception {
        HttpResponse<String> answer = http.send(request(json), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != expected) {
            throw new IllegalStateException("registration answered " + answer.statusCode() + " instead of " + expected + ": " + answer.body());
        }
        return answer.body();
    }

    private HttpRequest request(String json) {
        return HttpRequest.newBuilder(URI.create(registrationUrl + "/api/delegations")).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build();
    }

    private static String id(String body) {
        Matcher matcher = ID.matcher(body);
        if (!matcher.find()) {
            throw new IllegalStateException("no id in " + body);
        }
        return matcher.group(1);
    }

    @Override
    public void close() throws InterruptedException {
        inbox.close();
        mongo.close();
    }
}
