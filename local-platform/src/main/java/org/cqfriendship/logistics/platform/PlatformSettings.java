package org.cqfriendship.logistics.platform;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where the platform keeps its data, where the built services are, and the fixed ports every
 * part listens on (the services' defaults assume them). {@code quickStart}: the services' JVMs
 * compile with the client compiler only (C1), which halves their start on two cores and lowers
 * their peak speed; the interactive platform does, the benchmarks and the fault harness do not.
 */
record PlatformSettings(Path dataDir, Path projectRoot, boolean loadDemoData, Map<String, String> serviceOverrides,
                        boolean quickStart) {

    static final int KAFKA = 9092;
    static final int KAFKA_CONTROLLER = 9093;
    static final int STORE = 27017;
    static final int SMTP = 3025;
    static final int IMAP = 3143;
    static final int MAIL_PAGE = 8025;
    static final int GATEWAY = 8026;
    static final int REGISTRATION = 8081;
    static final int ITINERARY = 8082;
    static final int NOTIFICATION = 8083;
    static final int ACCREDITATION = 8084;
    /** The password of every demo account (logistics.access.demo-users in service-defaults-local.yml). */
    static final String DEMO_PASSWORD = "chongqing-2026";

    /** Every port the platform needs, with who needs it, in start order. */
    static Map<Integer, String> ports() {
        Map<Integer, String> ports = new LinkedHashMap<>();
        ports.put(KAFKA, "the Kafka broker");
        ports.put(KAFKA_CONTROLLER, "the Kafka controller");
        ports.put(STORE, "the MongoDB-wire store");
        ports.put(SMTP, "the development mail server (SMTP)");
        ports.put(IMAP, "the development mail server (IMAP)");
        ports.put(MAIL_PAGE, "the development mail page");
        ports.put(GATEWAY, "the SMS gateway and webhook simulator");
        ports.put(REGISTRATION, "registration-service");
        ports.put(ITINERARY, "itinerary-service");
        ports.put(NOTIFICATION, "notification-service");
        ports.put(ACCREDITATION, "accreditation-service");
        return ports;
    }

    /** An HTTP Basic {@code Authorization} value for a demo account. */
    static String demoAccount(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + DEMO_PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
    }

    Path kafkaDir() {
        return dataDir.resolve("kafka");
    }

    Path storeFile() {
        return dataDir.resolve("mongo").resolve("store.mv.db");
    }

    Path demoDataMarker() {
        return dataDir.resolve("demo-data.loaded");
    }

    Path serviceJar(String service) {
        return projectRoot.resolve(service).resolve("target").resolve(service + ".jar");
    }
}
