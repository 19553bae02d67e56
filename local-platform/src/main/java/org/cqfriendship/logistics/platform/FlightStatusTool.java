package org.cqfriendship.logistics.platform;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Publishes a flight or train status report to {@code operations.flight-status}, as an airline
 * feed would, so a person can try what a delay does:
 *
 * <pre>
 * java -cp local-platform/target/local-platform.jar org.cqfriendship.logistics.platform.FlightStatusTool \
 *      QV619 2026-05-20 DELAYED 2026-05-20T11:30
 * </pre>
 *
 * Arguments: flight or train number, scheduled date (Chongqing), ON_TIME | DELAYED | RETIMED |
 * CANCELLED, and for DELAYED and RETIMED the expected arrival (Chongqing time). The broker is
 * {@code KAFKA_BOOTSTRAP_SERVERS} (default 127.0.0.1:9092).
 */
public final class FlightStatusTool {

    static final String TOPIC = "operations.flight-status";
    private static final ZoneId CHONGQING = ZoneId.of("Asia/Shanghai");
    private static final Set<String> STATUSES = Set.of("ON_TIME", "DELAYED", "RETIMED", "CANCELLED");

    private FlightStatusTool() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 3 || !STATUSES.contains(args[2]) || (args[2].equals("DELAYED") || args[2].equals("RETIMED")) && args.length < 4) {
            System.err.println("Usage: FlightStatusTool <flight> <scheduled date yyyy-mm-dd> <ON_TIME|DELAYED|RETIMED|CANCELLED> [expected yyyy-mm-ddThh:mm]");
            System.exit(2);
        }
        String flight = args[0].toUpperCase();
        String body = report(flight, LocalDate.parse(args[1]), args[2], args.length > 3 ? LocalDateTime.parse(args[3]) : null, Instant.now());
        String bootstrap = System.getenv().getOrDefault("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:9092");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true),
                new StringSerializer(), new StringSerializer())) {
            ProducerRecord<String, String> record = new ProducerRecord<>(TOPIC, flight, body);
            header(record, "ce_id", UUID.randomUUID().toString());
            header(record, "ce_type", "FlightStatusChanged");
            header(record, "ce_source", "/flight-status-tool");
            header(record, "ce_time", Instant.now().toString());
            header(record, "ce_specversion", "1.0");
            header(record, "ce_subject", flight);
            header(record, "content-type", "application/json");
            producer.send(record).get();
        }
        System.out.println("Published to " + TOPIC + ": " + body);
    }

    static String report(String flight, LocalDate scheduledDate, String status, LocalDateTime expected, Instant reportedAt) {
        String expectedAt = expected == null ? "null" : "\"" + expected.atZone(CHONGQING).toOffsetDateTime() + "\"";
        return "{\"flightNumber\":\"%s\",\"scheduledDate\":\"%s\",\"status\":\"%s\",\"expectedAt\":%s,\"reportedAt\":\"%s\"}"
                .formatted(flight, scheduledDate, status, expectedAt, reportedAt);
    }

    private static void header(ProducerRecord<String, String> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
