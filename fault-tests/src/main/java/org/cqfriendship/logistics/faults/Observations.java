package org.cqfriendship.logistics.faults;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Filters;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.cqfriendship.logistics.platform.ConsumerLag;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the running platform as an operator could: the three stores, every topic and dead-letter
 * topic from the beginning, consumer lag, each service's outbox backlog, and what the mail server
 * and the gateway simulator received.
 */
final class Observations implements AutoCloseable {

    static final List<String> TOPICS = List.of("registration.delegations", "itinerary.sessions", "itinerary.itineraries",
            "operations.flight-status");
    private static final String ALERT_EVENTS = "notification.alerts";
    private static final int BY_ID_CHUNK = 500;
    private static final Pattern BACKLOG = Pattern.compile("\"value\"\\s*:\\s*([0-9.E]+)");

    private final MongoClient mongo = MongoClients.create("mongodb://127.0.0.1:27017/?serverSelectionTimeoutMS=5000");
    private final String bootstrapServers;
    private final Admin admin;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    /** Read from the first call of {@link #unsettled} on, by the one thread that checks. */
    private KafkaConsumer<String, String> alertEvents;
    private final Map<String, Set<String>> alertsOpened = new HashMap<>();

    /** {@code bootstrapServers}: the platform's brokers, one or a cluster's three. */
    Observations(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
        this.admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000, AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 15_000));
    }

    /** How many partitions, of every topic, broker {@code node} leads now. */
    long partitionsLedBy(int node) throws Exception {
        return admin.describeTopics(admin.listTopics().names().get()).allTopicNames().get().values().stream()
                .flatMap(topic -> topic.partitions().stream()).filter(p -> p.leader() != null && p.leader().id() == node).count();
    }

    /** Lag per "group on topic"; empty groups count as caught up. */
    Map<String, Long> lag() throws Exception {
        return ConsumerLag.byGroupAndTopic(admin);
    }

    /** Events waiting in a service's outbox (its {@code outbox.pending} gauge), read from its actuator. */
    long outboxBacklog(String serviceUrl) throws Exception {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(serviceUrl + "/actuator/metrics/outbox.pending"))
                .timeout(Duration.ofSeconds(10)).header("Authorization", basic("operations")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException(serviceUrl + " metrics answered " + answer.statusCode());
        }
        Matcher value = BACKLOG.matcher(answer.body());
        return value.find() ? (long) Double.parseDouble(value.group(1)) : 0;
    }

    /**
     * What these delegations still wait for, empty once each has its itinerary with its head picked
     * up from the flight given (null: either), a badge for each member, an alert delivered on every channel, and no alert
     * about it recorded up to {@code pendingUpTo} still waiting for a channel. (Alerts recorded
     * later may be about changes made since, which the load goes on making.)
     * <p>
     * Every read is by id: on the local store a search by any other field reads the whole collection and holds it
     * meanwhile, which in the full run took seconds per check by its later scenarios and held up the very writes
     * being waited for. The coordinators' alerts are found from their {@code AlertOpened} events
     * ({@link #alertsOpened}), the badges from the accreditation's people (written after their badges).
     */
    List<String> unsettled(Map<String, String> expectedFlight, Instant pendingUpTo) {
        Map<String, String> planned = new HashMap<>();
        for (Document itinerary : byId("itinerary", "itineraries", "_id", expectedFlight.keySet(), new Document("roster", 1))) {
            planned.put(itinerary.getString("_id"), headFlight(itinerary.getList("roster", Document.class, List.of()), "arrival", "service"));
        }
        long unplanned = expectedFlight.entrySet().stream().filter(expected -> !planned.containsKey(expected.getKey())
                || (expected.getValue() != null && !expected.getValue().equals(planned.get(expected.getKey())))).count();
        Map<String, Set<String>> opened = alertsOpened();
        Set<String> alertIds = new HashSet<>();
        expectedFlight.keySet().forEach(id -> alertIds.addAll(opened.getOrDefault(id, Set.of())));
        Set<String> delivered = new HashSet<>();
        long waiting = 0;
        for (Document alert : byId("notification", "alerts", "_id", alertIds,
                new Document("delegationId", 1).append("createdAt", 1).append("deliveries", 1))) {
            Document deliveries = alert.get("deliveries", Document.class);
            boolean pending = deliveries != null && deliveries.values().stream().anyMatch(d -> "PENDING".equals(((Document) d).getString("status")));
            if (!pending) {
                delivered.add(alert.getString("delegationId"));
            } else if (alert.getDate("createdAt") == null || !alert.getDate("createdAt").toInstant().isAfter(pendingUpTo)) {
                waiting++;
            }
        }
        List<String> memberIds = new ArrayList<>();
        for (Document d : byId("registration", "delegations", "_id", expectedFlight.keySet(), new Document("members.memberId", 1))) {
            d.getList("members", Document.class, List.of()).forEach(m -> memberIds.add(m.getString("memberId")));
        }
        long badged = 0;
        for (Document person : byId("accreditation", "people", "_id", memberIds, new Document("withdrawn", 1))) {
            badged += Boolean.TRUE.equals(person.getBoolean("withdrawn")) ? 0 : 1;
        }
        List<String> missing = new ArrayList<>();
        if (badged < memberIds.size()) {
            missing.add((memberIds.size() - badged) + " members without their badge yet");
        }
        if (unplanned > 0) {
            missing.add(unplanned + " delegations not yet planned as acknowledged");
        }
        long untold = expectedFlight.keySet().stream().filter(id -> !delivered.contains(id)).count();
        if (untold > 0) {
            missing.add(untold + " delegations without an alert delivered on every channel");
        }
        if (waiting > 0) {
            missing.add(waiting + " alerts still waiting for a channel");
        }
        return missing;
    }

    /**
     * The coordinators' alerts opened so far, by delegation, from their {@code AlertOpened} events on
     * {@value #ALERT_EVENTS}: read on from where the last call stopped, to the end now.
     */
    private Map<String, Set<String>> alertsOpened() {
        if (alertEvents == null) {
            alertEvents = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                    ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false, ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5000),
                    new StringDeserializer(), new StringDeserializer());
            List<TopicPartition> all = alertEvents.partitionsFor(ALERT_EVENTS, Duration.ofSeconds(10)).stream()
                    .map(p -> new TopicPartition(ALERT_EVENTS, p.partition())).toList();
            if (all.isEmpty()) { // not declared yet
                alertEvents.close();
                alertEvents = null;
                return alertsOpened;
            }
            alertEvents.assign(all);
            alertEvents.seekToBeginning(all);
        }
        Map<TopicPartition, Long> ends = alertEvents.endOffsets(alertEvents.assignment(), Duration.ofSeconds(10));
        Instant deadline = Instant.now().plusSeconds(30);
        while (ends.entrySet().stream().anyMatch(end -> alertEvents.position(end.getKey()) < end.getValue())
                && Instant.now().isBefore(deadline)) {
            for (ConsumerRecord<String, String> record : alertEvents.poll(Duration.ofMillis(500))) {
                Document opened = "AlertOpened".equals(header(record, "ce_type")) ? parsed(record.value()) : new Document();
                if (opened.getString("delegationId") != null && opened.getString("alertId") != null) {
                    alertsOpened.computeIfAbsent(opened.getString("delegationId"), id -> new HashSet<>()).add(opened.getString("alertId"));
                }
            }
        }
        return alertsOpened;
    }

    /** The ids of the alerts recorded for {@code inbox} from {@code from} to {@code to}. */
    Set<String> alertsRecorded(String inbox, Instant from, Instant to) {
        Set<String> ids = new LinkedHashSet<>();
        mongo.getDatabase("notification").getCollection("alerts").find(Filters.and(Filters.eq("coordinatorId", inbox),
                Filters.gte("createdAt", Date.from(from)), Filters.lt("createdAt", Date.from(to)))).forEach(a -> ids.add(a.getString("_id")));
        return ids;
    }

    /** How many alerts recorded since {@code from} tell more than one change (digests that changes joined). */
    long digestsJoined(Instant from) {
        return mongo.getDatabase("notification").getCollection("alerts").countDocuments(Filters.and(
                Filters.gte("createdAt", Date.from(from)), Filters.exists("parts.1")));
    }

    /** Everything about these delegations (and these registration keys). */
    Dump dump(Collection<String> delegationIds, Collection<String> keys) throws Exception {
        Set<String> ids = new HashSet<>(delegationIds);
        List<Dump.Registration> registrations = new ArrayList<>();
        Map<String, List<String>> membersOf = new HashMap<>();
        Map<String, Document> delegations = new LinkedHashMap<>();
        byId("registration", "delegations", "_id", ids, null).forEach(d -> delegations.put(d.getString("_id"), d));
        byId("registration", "delegations", "idempotencyKey", keys, null).forEach(d -> delegations.put(d.getString("_id"), d));
        for (Document d : delegations.values()) {
            ids.add(d.getString("_id"));
            membersOf.put(d.getString("_id"), d.getList("members", Document.class, List.of()).stream().map(m -> m.getString("memberId")).toList());
            registrations.add(new Dump.Registration(d.getString("_id"), d.getString("idempotencyKey"), d.get("version", Number.class).longValue(),
                    headFlight(d.getList("members", Document.class, List.of()), "arrival", "number")));
        }
        List<Dump.Itinerary> itineraries = new ArrayList<>();
        for (Document i : byId("itinerary", "itineraries", "_id", ids, null)) {
            itineraries.add(new Dump.Itinerary(i.getString("_id"), i.get("delegationVersion", Number.class).longValue(),
                    headFlight(i.getList("roster", Document.class, List.of()), "arrival", "service")));
        }
        List<Dump.Event> events = new ArrayList<>();
        List<Dump.DeadLetter> deadLetters = new ArrayList<>();
        for (String topic : TOPICS) {
            for (ConsumerRecord<String, String> record : readAll(topic)) {
                if (ids.contains(record.key())) {
                    events.add(event(record));
                }
            }
            for (ConsumerRecord<String, String> record : readAll(topic + ".DLT")) {
                deadLetters.add(new Dump.DeadLetter(topic, record.key(), header(record, "ce_id"), header(record, "kafka_dlt-original-consumer-group")));
            }
        }
        List<Dump.Alert> alerts = new ArrayList<>();
        for (Document a : mongo.getDatabase("notification").getCollection("alerts").find(Filters.in("delegationId", ids))) {
            Map<String, String> deliveries = new LinkedHashMap<>();
            Document stored = a.get("deliveries", Document.class);
            if (stored != null) {
                stored.forEach((channel, d) -> deliveries.put(channel, ((Document) d).getString("status")));
            }
            alerts.add(new Dump.Alert(a.getString("_id"), a.getString("coordinatorId"), a.getString("delegationId"),
                    a.getList("parts", Document.class, List.of()).stream().map(p -> p.getString("eventId")).toList(),
                    a.getDate("createdAt").toInstant(), a.getDate("heldUntil") == null ? null : a.getDate("heldUntil").toInstant(), deliveries));
        }
        Map<String, Integer> seats = new HashMap<>();
        for (Document holder : mongo.getDatabase("itinerary").getCollection("seat_holders").find()) {
            String id = holder.getString("_id");
            String delegation = id.substring(id.indexOf(':') + 1);
            if (ids.contains(delegation)) {
                seats.merge(delegation, holder.getList("tickets", Document.class, List.of()).size(), Integer::sum);
            }
        }
        Map<String, Integer> trips = new HashMap<>();
        for (Document trip : mongo.getDatabase("itinerary").getCollection("transfer_trips").find()) {
            Document t = trip.get("trip", Document.class);
            for (Document p : t == null ? List.<Document>of() : t.getList("passengers", Document.class, List.of())) {
                if (ids.contains(p.getString("delegationId"))) {
                    trips.merge(p.getString("memberId"), 1, Integer::sum);
                }
            }
        }
        Map<String, Integer> activeBadges = new HashMap<>();
        for (Document badge : mongo.getDatabase("accreditation").getCollection("badges")
                .find(Filters.and(Filters.in("delegationId", ids), Filters.eq("status", "ACTIVE")))) {
            activeBadges.merge(badge.getString("memberId"), 1, Integer::sum);
        }
        return new Dump(registrations, itineraries, events, deadLetters, alerts, field("http://127.0.0.1:8025/alert-ids.json", "alertId"),
                field("http://127.0.0.1:8026/sms-keys.json", "idempotencyKey"), field("http://127.0.0.1:8026/webhook-keys.json", "idempotencyKey"),
                seats, trips, membersOf, activeBadges);
    }

    /** Every record of a topic, from the first offset to the end now (outside any consumer group). */
    List<ConsumerRecord<String, String>> readAll(String topic) {
        Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false, ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2000);
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            var partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10));
            if (partitions == null || partitions.isEmpty()) {
                return records;
            }
            List<TopicPartition> all = partitions.stream().map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(all);
            consumer.seekToBeginning(all);
            Map<TopicPartition, Long> ends = consumer.endOffsets(all, Duration.ofSeconds(10));
            Instant deadline = Instant.now().plusSeconds(60);
            while (all.stream().anyMatch(p -> consumer.position(p) < ends.get(p)) && Instant.now().isBefore(deadline)) {
                consumer.poll(Duration.ofMillis(500)).forEach(records::add);
            }
        }
        return records;
    }

    /** Publishes raw bytes with CloudEvents headers to one partition (a poison message, say). */
    void publish(String topic, int partition, String key, String eventId, String type, byte[] value) throws Exception {
        Map<String, Object> config = Map.of("bootstrap.servers", bootstrapServers, "acks", "all");
        try (var producer = new KafkaProducer<>(config,
                new StringSerializer(), new ByteArraySerializer())) {
            var record = new ProducerRecord<>(topic, partition, key, value);
            record.headers().add("ce_id", eventId.getBytes(StandardCharsets.UTF_8))
                    .add("ce_type", type.getBytes(StandardCharsets.UTF_8))
                    .add("ce_source", "/fault-tests".getBytes(StandardCharsets.UTF_8))
                    .add("ce_specversion", "1.0".getBytes(StandardCharsets.UTF_8))
                    .add("ce_time", Instant.now().toString().getBytes(StandardCharsets.UTF_8));
            producer.send(record).get();
        }
    }

    int partitions(String topic) throws Exception {
        return admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions().size();
    }

    /** Programme staff publish a session nobody attends and move it {@code moves} times (events the registration-service reads). */
    void publishSessionAndMoveIt(String session, int moves) throws Exception {
        asProgramme("POST", "http://127.0.0.1:8082/api/sessions", "{\"id\":\"" + session + "\",\"title\":\"Fault test session\","
                + "\"venue\":\"Nowhere (fault test)\",\"startsAt\":\"2026-05-22T09:00:00+08:00\",\"endsAt\":\"2026-05-22T10:00:00+08:00\"}", 201);
        for (int move = 1; move <= moves; move++) {
            asProgramme("PUT", "http://127.0.0.1:8082/api/sessions/" + session + "/schedule", "{\"startsAt\":\"2026-05-22T1" + move
                    + ":00:00+08:00\",\"endsAt\":\"2026-05-22T1" + move + ":30:00+08:00\"}", 200);
        }
    }

    /** Programme staff give the opening ceremony no seat limit, so that the load's heads never wait for a seat. */
    void unlimitedOpeningCeremony() throws Exception {
        asProgramme("PUT", "http://127.0.0.1:8082/api/sessions/opening-ceremony/capacity", "{\"capacity\":null}", 200);
    }

    /** Arms fault points in a running service ({@code /actuator/faults}, as operations staff): {@code faults} is their JSON. */
    void armFaults(String service, String faults) throws Exception {
        as("operations", "POST", service + "/actuator/faults", faults, 200);
    }

    private void asProgramme(String method, String url, String json, int expected) throws Exception {
        as("programme", method, url, json, expected);
    }

    private void as(String account, String method, String url, String json, int expected) throws Exception {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(15))
                .header("Authorization", basic(account)).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != expected) {
            throw new IllegalStateException(method + " " + url + " answered " + answer.statusCode() + ": " + answer.body());
        }
    }

    private static Dump.Event event(ConsumerRecord<String, String> record) {
        Document body = parsed(record.value());
        Number version = body.get("delegationVersion", Number.class);
        String type = header(record, "ce_type");
        return new Dump.Event(record.topic(), record.partition(), record.offset(), record.key(), header(record, "ce_id"), type,
                version == null ? ("DelegationRegistered".equals(type) ? 0 : -1) : version.longValue(), body.getString("reason"),
                body.getString("clashId"));
    }

    /**
     * The documents whose {@code field} (a unique index's only key) is one of {@code values}, {@value #BY_ID_CHUNK} values
     * to a query: mongo-java-server looks each value up in the index and then matches every document found against the
     * whole list again, so one query for n values costs n² (10,300 ids took 3.7 s, holding the collection meanwhile).
     */
    private List<Document> byId(String database, String collection, String field, Collection<String> values, Document projection) {
        List<String> all = new ArrayList<>(values);
        List<Document> found = new ArrayList<>();
        for (int from = 0; from < all.size(); from += BY_ID_CHUNK) {
            var query = mongo.getDatabase(database).getCollection(collection)
                    .find(Filters.in(field, all.subList(from, Math.min(all.size(), from + BY_ID_CHUNK))));
            (projection == null ? query : query.projection(projection)).forEach(found::add);
        }
        return found;
    }

    private static Document parsed(String json) {
        try {
            return Document.parse(json);
        } catch (RuntimeException notJson) {
            return new Document();
        }
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    /** The flight of the delegation's first member (the head, in this load). */
    private static String headFlight(List<Document> members, String leg, String field) {
        if (members.isEmpty() || members.get(0).get(leg, Document.class) == null) {
            return null;
        }
        return members.get(0).get(leg, Document.class).getString(field);
    }

    private String get(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(120)).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    /** One field of every entry of a JSON list the mail server or the gateway simulator serves. */
    private List<String> field(String url, String name) throws Exception {
        return Document.parse("{\"list\": " + get(url) + "}").getList("list", Document.class).stream()
                .map(entry -> entry.getString(name)).filter(Objects::nonNull).toList();
    }

    /** The local profile's demo accounts' password (service-defaults-local.yml), which the platform runs with. */
    static final String DEMO_PASSWORD = "chongqing-2026";

    static String basic(String account) {
        return "Basic " + Base64.getEncoder().encodeToString((account + ":" + DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void close() {
        if (alertEvents != null) {
            alertEvents.close();
        }
        admin.close();
        mongo.close();
    }
}
