package org.cqfriendship.logistics.contracts;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks an event's JSON body against the JSON Schema of its type, as published under
 * {@code contracts/schemas/}. Used by every service's contract tests, for what it produces
 * and for the examples of what it consumes.
 */
public final class EventContract {

    public static final List<String> EVENT_TYPES = List.of("DelegationRegistered", "DelegateAdded", "DelegateWithdrawn",
            "DelegateDetailsChanged", "TravelPlanChanged", "NeedsChanged", "SignupsChanged", "CoordinatorAssigned",
            "DelegationDetailsChanged", "DelegateErased", "DelegationLinksRevoked", "PersonErased", "PrivateDetailsChanged", "ItineraryChanged", "ClashDetected", "ClashResolved", "FlightStatusChanged",
            "SessionPublished", "SessionRescheduled", "SessionCancelled", "SeatsReallocated", "TransferReassigned", "HeatClosed", "ContestResult", "FinalistsChosen", "StallAllocated",
            "AlertOpened", "AlertAcknowledged", "RoomsAllocated", "HotelChanged", "CheckedIn");

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private static final Map<String, Schema> SCHEMAS = new ConcurrentHashMap<>();

    private EventContract() {
    }

    /** The schema violations of {@code json} as an event of {@code eventType}; empty when it conforms. */
    public static List<String> violations(String eventType, String json) {
        return schema(eventType).validate(json, InputFormat.JSON).stream().map(Error::toString).toList();
    }

    /** Throws with every violation listed when {@code json} does not conform. */
    public static void assertConforms(String eventType, String json) {
        List<String> violations = violations(eventType, json);
        if (!violations.isEmpty()) {
            throw new AssertionError(eventType + " does not conform to its schema: " + violations + "\n" + json);
        }
    }

    /** The contract's example body of {@code eventType}, for consumer tests. */
    public static String example(String eventType) {
        return read("contracts/examples/" + eventType + ".json");
    }

    /**
     * The registration request of the foundation issue, exactly as outside checks send it: it must
     * keep being accepted as the API grows.
     */
    public static String foundationRequest() {
        return read("contracts/requests/foundation-delegation.json");
    }

    private static Schema schema(String eventType) {
        return SCHEMAS.computeIfAbsent(eventType, type -> REGISTRY.getSchema(read("contracts/schemas/" + type + ".schema.json")));
    }

    private static String read(String resource) {
        try (InputStream in = EventContract.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("No contract resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
