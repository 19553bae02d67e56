package org.cqfriendship.logistics.notification.alert;

import org.cqfriendship.logistics.notification.wording.Phrase;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a recipient is told about one change, or about several changes to one delegation that came
 * within the digest window ({@code parts}, oldest first). The id is the id of the first causing
 * event, and each part names its event, so a redelivered event finds itself already told.
 *
 * <p>A non-urgent alert stays {@code open} to later changes until {@code heldUntil}; its deliveries
 * wait until then. An urgent one is never held. Each channel's delivery is kept in
 * {@code deliveries} by channel name. An urgent alert nobody acknowledged is escalated to the duty
 * manager ({@code escalations} so far); the duty manager's copy names the original in {@code escalationOf}.
 * An alert {@code forDelegate} (a delegate who asked to hear of their own changes) is never escalated.
 * {@code traceId} is the trace of the change that caused it (for the operations console's flow).
 */
@Document("alerts")
public record Alert(@Id String id, String coordinatorId, @Nullable String delegationId, String locality, AlertKind kind,
                    boolean urgent, List<Part> parts, Instant createdAt, Instant heldUntil, boolean open,
                    Map<String, Delivery> deliveries, @Nullable Instant acknowledgedAt, @Nullable String acknowledgedBy, int escalations,
                    @Nullable Instant lastEscalatedAt, @Nullable String escalationOf, boolean forDelegate, @Nullable String traceId) {

    /**
     * One change: its title and its lines (what changed, why, what to do), and when it was put in
     * the inbox ({@code at}: the alert's creation, or when it joined a held one; none on parts
     * stored before it was kept), and its {@link Step steps} (none on parts stored before them).
     */
    public record Part(String eventId, Phrase title, List<Phrase> lines, @Nullable Instant at, List<Step> steps) {

        public Part {
            steps = steps == null ? List.of() : List.copyOf(steps);
        }
    }

    /**
     * What a part changed about one thing ({@code key}: an itinerary entry, a member's ride, a
     * clash), as fingerprints of before and after (null: absent), so that a digest can tell a move
     * and its undo apart from two changes.
     */
    public record Step(String key, @Nullable String before, @Nullable String after) {
    }

    /**
     * The parts still worth telling: a part whose every step later parts undid (a session moved and
     * moved back, a clash found and resolved) is left out. Parts without steps are always told.
     */
    public List<Part> netParts() {
        Map<String, String> firstBefore = new HashMap<>();
        Map<String, String> lastAfter = new HashMap<>();
        for (Part part : parts) {
            for (Step step : part.steps()) {
                if (!firstBefore.containsKey(step.key())) {
                    firstBefore.put(step.key(), step.before());
                }
                lastAfter.put(step.key(), step.after());
            }
        }
        return parts.stream().filter(part -> part.steps().isEmpty() || part.steps().stream()
                .anyMatch(step -> !Objects.equals(firstBefore.get(step.key()), lastAfter.get(step.key())))).toList();
    }

    public Alert {
        parts = parts == null ? List.of() : List.copyOf(parts);
        deliveries = deliveries == null ? Map.of() : Map.copyOf(deliveries);
    }

    public boolean acknowledged() {
        return acknowledgedAt != null;
    }

    /** This alert with {@code part} added, as a digest (what joining a held alert writes). */
    Alert joinedBy(Part part) {
        List<Part> more = new ArrayList<>(parts);
        more.add(part);
        return new Alert(id, coordinatorId, delegationId, locality, AlertKind.DIGEST, urgent, more, createdAt, heldUntil, open, deliveries,
                acknowledgedAt, acknowledgedBy, escalations, lastEscalatedAt, escalationOf, forDelegate, traceId);
    }

    public boolean hasPart(String eventId) {
        return parts.stream().anyMatch(part -> part.eventId().equals(eventId));
    }

    public @Nullable Delivery delivery(Channel channel) {
        return deliveries.get(channel.name());
    }
}
