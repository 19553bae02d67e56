package org.cqfriendship.logistics.faults;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Everything the system stored and sent about one scenario's delegations, gathered at the end:
 * the registration and itinerary stores, the events on the topics (with their offsets), the
 * dead letters, the coordinators' alerts, what reached the mail server and the gateway, and each
 * registered member's active badges on the accreditation-service ({@code membersOf}: the members
 * each stored delegation has; {@code activeBadges}: how many ACTIVE badges each member has).
 */
record Dump(List<Registration> registrations, List<Itinerary> itineraries, List<Event> events, List<DeadLetter> deadLetters,
            List<Alert> alerts, List<String> mailAlertIds, List<String> smsKeys, List<String> webhookKeys,
            Map<String, Integer> seatTickets, Map<String, Integer> tripsPerMember, Map<String, List<String>> membersOf,
            Map<String, Integer> activeBadges) {

    /** Without the accreditation-service's badges (nothing checked of them). */
    Dump(List<Registration> registrations, List<Itinerary> itineraries, List<Event> events, List<DeadLetter> deadLetters,
         List<Alert> alerts, List<String> mailAlertIds, List<String> smsKeys, List<String> webhookKeys,
         Map<String, Integer> seatTickets, Map<String, Integer> tripsPerMember) {
        this(registrations, itineraries, events, deadLetters, alerts, mailAlertIds, smsKeys, webhookKeys, seatTickets, tripsPerMember,
                Map.of(), Map.of());
    }

    /** A stored delegation: its id, the key it was created with, its version, the flight its head arrives on. */
    record Registration(String id, String idempotencyKey, long version, String headFlight) {
    }

    /** A stored itinerary: the registration version it applied, and the flight its head is picked up from. */
    record Itinerary(String delegationId, long delegationVersion, String headFlight) {
    }

    /**
     * An event on a topic, in log order: which delegation ({@code key}), its {@code ce_id} and
     * {@code ce_type}, the registration version it carries (or -1), its reason and clash (if any).
     */
    record Event(String topic, int partition, long offset, String key, String eventId, String type, long delegationVersion,
                 String reason, String clashId) {
    }

    /** A dead letter: where it came from, its key and event id, and which consumer group gave up on it. */
    record DeadLetter(String topic, String key, String eventId, String group) {
    }

    /**
     * An alert: who it is for, which events it tells of, when, until when it was held for later
     * changes to join it (null: never held), and each channel's delivery state.
     */
    record Alert(String id, String recipient, String delegationId, List<String> eventIds, Instant createdAt,
                 Instant heldUntil, Map<String, String> deliveries) {

        /** A digest still open to changes when {@code other} was recorded: a change joining it then is told in order, with it. */
        boolean heldOpenAt(Alert other) {
            return heldUntil != null && heldUntil.isAfter(createdAt) && other.createdAt().isBefore(heldUntil);
        }
    }
}
