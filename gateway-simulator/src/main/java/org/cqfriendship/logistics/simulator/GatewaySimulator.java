package org.cqfriendship.logistics.simulator;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.cqfriendship.logistics.contracts.webhook.WebhookSignature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * A development SMS gateway and group-chat webhook receiver in one small HTTP server. It records
 * every message (once per idempotency key), checks each webhook's signature, shows everything on a
 * page, and can be told to fail or to be slow, per channel, so a person and the tests see what the
 * notification-service does when a provider misbehaves.
 *
 * <pre>java -cp ... org.cqfriendship.logistics.simulator.GatewaySimulator PORT   (WEBHOOK_SECRET from the environment)</pre>
 */
public final class GatewaySimulator implements AutoCloseable {

    /** The webhook master secret of the local platform and the tests; production sets WEBHOOK_SECRET. */
    public static final String DEVELOPMENT_SECRET = "dev-only-webhook-secret-change-me-0123456789";

    public enum Channel { SMS, WEBHOOK }

    public enum Mode { NORMAL, FAIL, SLOW }

    /** How a channel behaves now; {@code slowBy} is the delay in SLOW mode. */
    public record Behaviour(Mode mode, Duration slowBy) {
    }

    /** A text message as the gateway accepted it. */
    public record Sms(String id, String to, String text, String idempotencyKey, Instant receivedAt) {
    }

    /** A webhook post as the bot received it: its JSON body, and whether its signature held. */
    public record Webhook(String id, String bot, String idempotencyKey, Instant receivedAt, JsonNode body) {
    }

    /** How old a signed timestamp may be before a post is refused as a replay. */
    static final Duration SIGNATURE_TOLERANCE = Duration.ofMinutes(5);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpServer server;
    private final ExecutorService workers = Executors.newFixedThreadPool(8, daemon());
    private final String masterSecret;
    private final Clock clock;
    private final Map<Channel, Behaviour> behaviour = new ConcurrentHashMap<>();
    private final List<Sms> sms = new ArrayList<>();
    private final List<Webhook> webhooks = new ArrayList<>();
    private final Map<String, String> idByKey = new HashMap<>();
    private int refusedSignatures;
    private int repeats;

    private GatewaySimulator(int port, String webhookSecret, Clock clock) throws IOException {
        this.masterSecret = WebhookSignature.strong(webhookSecret);
        this.clock = clock;
        for (Channel channel : Channel.values()) {
            behaviour.put(channel, new Behaviour(Mode.NORMAL, Duration.ZERO));
        }
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.setExecutor(workers);
        server.createContext("/sms", this::onSms);
        server.createContext("/webhooks/", this::onWebhook);
        server.createContext("/mode", this::onMode);
        server.createContext("/sms.json", exchange -> respond(exchange, 200, "application/json", JSON.writeValueAsString(sms())));
        server.createContext("/webhooks.json", exchange -> respond(exchange, 200, "application/json", JSON.writeValueAsString(webhooks())));
        // The keys alone: after hours of load the whole lists, bodies and all, take longer to write than a checker waits.
        server.createContext("/sms-keys.json", exchange -> respond(exchange, 200, "application/json",
                JSON.writeValueAsString(keys(sms().stream().map(Sms::idempotencyKey)))));
        server.createContext("/webhook-keys.json", exchange -> respond(exchange, 200, "application/json",
                JSON.writeValueAsString(keys(webhooks().stream().map(Webhook::idempotencyKey)))));
        server.createContext("/", exchange -> respond(exchange, 200, "text/html; charset=utf-8",
                SimulatorPage.render(sms(), webhooks(), Map.copyOf(behaviour), refusedSignatures())));
        server.start();
    }

    /** Starts the simulator on {@code port} (0 picks a free one). */
    public static GatewaySimulator start(int port, String webhookSecret) {
        try {
            return new GatewaySimulator(port, webhookSecret, Clock.systemUTC());
        } catch (IOException e) {
            throw new IllegalStateException("Cannot start the gateway simulator on port " + port + ": " + e.getMessage(), e);
        }
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        String secret = System.getenv().getOrDefault("WEBHOOK_SECRET", DEVELOPMENT_SECRET);
        GatewaySimulator simulator = start(port, secret);
        System.out.println("Gateway simulator: SMS at http://localhost:" + port + "/sms, webhooks at http://localhost:" + port
                + "/webhooks/{bot}, page at http://localhost:" + port + "/");
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            simulator.close();
            stopped.countDown();
        }));
        stopped.await();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public void behave(Channel channel, Mode mode, Duration slowBy) {
        behaviour.put(channel, new Behaviour(mode, slowBy == null ? Duration.ZERO : slowBy));
    }

    public synchronized List<Sms> sms() {
        return List.copyOf(sms);
    }

    public synchronized List<Webhook> webhooks() {
        return List.copyOf(webhooks);
    }

    /** One idempotency key of a message received. */
    record Key(String idempotencyKey) {
    }

    private static List<Key> keys(Stream<String> idempotencyKeys) {
        return idempotencyKeys.map(Key::new).toList();
    }

    /** Posts refused because their signature was missing, wrong or too old. */
    public synchronized int refusedSignatures() {
        return refusedSignatures;
    }

    @Override
    public void close() {
        server.stop(0);
        workers.shutdownNow();
    }

    private void onSms(HttpExchange exchange) throws IOException {
        if (!"POST".equals(exchange.getRequestMethod())) {
            respond(exchange, 405, "text/plain", "POST a JSON message");
            return;
        }
        if (!misbehave(exchange, Channel.SMS)) {
            return;
        }
        String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
        JsonNode body = readJson(exchange);
        if (key == null || body == null || !body.path("to").isString() || !body.path("text").isString()) {
            respond(exchange, 400, "application/json", "{\"error\":\"needs an Idempotency-Key header and a JSON body with to and text\"}");
            return;
        }
        String id = record(key, newId -> sms.add(new Sms(newId, body.get("to").asString(), body.get("text").asString(), key, clock.instant())));
        respond(exchange, 200, "application/json", JSON.writeValueAsString(Map.of("id", id)));
    }

    private void onWebhook(HttpExchange exchange) throws IOException {
        if (!"POST".equals(exchange.getRequestMethod())) {
            respond(exchange, 405, "text/plain", "POST a signed JSON message");
            return;
        }
        if (!misbehave(exchange, Channel.WEBHOOK)) {
            return;
        }
        byte[] raw = exchange.getRequestBody().readAllBytes();
        String timestamp = exchange.getRequestHeaders().getFirst(WebhookSignature.TIMESTAMP_HEADER);
        String signed = exchange.getRequestHeaders().getFirst(WebhookSignature.SIGNATURE_HEADER);
        // The simulator plays every bot: it checks a post against the secret of the bot of the recipient it names.
        JsonNode claimed = parse(raw);
        String recipient = claimed == null || !claimed.hasNonNull("recipient") ? null : claimed.get("recipient").asString();
        if (recipient == null || !WebhookSignature.forBot(masterSecret, recipient).verifies(timestamp, raw, signed, clock.instant(),
                SIGNATURE_TOLERANCE)) {
            synchronized (this) {
                refusedSignatures++;
            }
            respond(exchange, 401, "application/json", "{\"error\":\"signature missing, wrong or older than 5 minutes\"}");
            return;
        }
        JsonNode body = claimed;
        // Deduped on the alert id inside the signed body: the Idempotency-Key header is not signed,
        // so a captured post with a new key would otherwise be recorded again.
        String key = body == null || !body.hasNonNull("alertId") ? null : "webhook:" + body.get("alertId").asString();
        if (key == null) {
            respond(exchange, 400, "application/json", "{\"error\":\"needs a JSON body with alertId\"}");
            return;
        }
        String bot = exchange.getRequestURI().getPath().substring("/webhooks/".length());
        String sentKey = exchange.getRequestHeaders().getFirst("Idempotency-Key");
        String id = record(key, newId -> webhooks.add(new Webhook(newId, bot, sentKey, clock.instant(), body)));
        respond(exchange, 200, "application/json", JSON.writeValueAsString(Map.of("id", id)));
    }

    /** Posts that repeated an idempotency key already recorded (answered, not recorded again). */
    public synchronized int repeats() {
        return repeats;
    }

    /** Records a message once per idempotency key; a repeat gets the first one's id. */
    private synchronized String record(String key, Consumer<String> add) {
        String existing = idByKey.get(key);
        if (existing != null) {
            repeats++;
            return existing;
        }
        String id = UUID.randomUUID().toString();
        idByKey.put(key, id);
        add.accept(id);
        return id;
    }

    /** Acts out the channel's mode; false when the request was answered with a failure. */
    private boolean misbehave(HttpExchange exchange, Channel channel) throws IOException {
        Behaviour now = behaviour.get(channel);
        if (now.mode() == Mode.FAIL) {
            exchange.getRequestBody().readAllBytes();
            respond(exchange, 503, "application/json", "{\"error\":\"the simulator was told to fail\"}");
            return false;
        }
        if (now.mode() == Mode.SLOW) {
            try {
                Thread.sleep(now.slowBy().toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return true;
    }

    private void onMode(HttpExchange exchange) throws IOException {
        if (!"POST".equals(exchange.getRequestMethod())) {
            respond(exchange, 405, "text/plain", "POST channel, mode and delaySeconds");
            return;
        }
        Map<String, String> form = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        try {
            Channel channel = Channel.valueOf(form.getOrDefault("channel", "").toUpperCase());
            Mode mode = Mode.valueOf(form.getOrDefault("mode", "").toUpperCase());
            String delaySeconds = form.getOrDefault("delaySeconds", "");
            long delay = delaySeconds.isBlank() ? 0 : Long.parseLong(delaySeconds);
            behave(channel, mode, Duration.ofSeconds(Math.max(0, Math.min(delay, 120))));
        } catch (IllegalArgumentException e) {
            respond(exchange, 400, "text/plain; charset=utf-8", "channel must be sms or webhook, mode normal, fail or slow,"
                    + " delaySeconds a number of seconds");
            return;
        }
        exchange.getResponseHeaders().add("Location", "/");
        exchange.sendResponseHeaders(303, -1);
        exchange.close();
    }

    private static Map<String, String> form(String body) {
        Map<String, String> fields = new HashMap<>();
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                fields.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return fields;
    }

    private static JsonNode readJson(HttpExchange exchange) throws IOException {
        return parse(exchange.getRequestBody().readAllBytes());
    }

    private static JsonNode parse(byte[] raw) {
        try {
            return JSON.readTree(raw);
        } catch (RuntimeException malformed) {
            return null;
        }
    }

    private static void respond(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().putAll(Map.of("Content-Type", List.of(contentType), "Cache-Control", List.of("no-store")));
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static ThreadFactory daemon() {
        return runnable -> {
            Thread thread = new Thread(runnable, "gateway-simulator");
            thread.setDaemon(true);
            return thread;
        };
    }
}
