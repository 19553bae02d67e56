package org.cqfriendship.logistics.notification.alert;

import org.cqfriendship.logistics.notification.wording.Phrase;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.mapping.Field;
import org.springframework.data.mongodb.core.mapping.Unwrapped;

import java.time.Duration;
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
 * <p>Its facets: a non-urgent alert's {@link Hold} keeps it open to later changes for the digest
 * window, and its deliveries wait until then (an urgent one is never held); each channel's
 * delivery is kept in {@code deliveries} by channel name; the {@link Acknowledgement} says who saw
 * it; an urgent alert nobody acknowledged goes to the duty manager, counted in its
 * {@link Escalation}, whose copy names the original. An alert {@code forDelegate} (a delegate who
 * asked to hear of their own changes) is never escalated. {@code traceId} is the trace of the
 * change that caused it (for the operations console's flow).
 *
 * <p>The facets are unwrapped in the stored document: their fields sit beside the others under the
 * names the queries and indexes use ({@code heldUntil}, {@code acknowledgedAt}, {@code escalations}…).
 */
@Document("alerts")
public record Alert(@Id String id, String coordinatorId, @Nullable String delegationId, String locality, AlertKind kind,
                    boolean urgent, List<Part> parts, Instant createdAt, @Unwrapped.Empty Hold hold, Map<String, Delivery> deliveries,
                    @Unwrapped.Nullable @Nullable Acknowledgement acknowledgement, @Unwrapped.Empty Escalation escalation,
                    boolean forDelegate, @Nullable String traceId) {

    /**
     * Until when the alert waits for later changes to the same delegation to join it ({@code open}),
     * and its deliveries with it. An urgent alert is sent at once: it is not open.
     */
    public record Hold(@Field("heldUntil") Instant until, boolean open) {

        /** Sent at {@code sendAt}: open to later changes until then if that is later than now. */
        static Hold sendingAt(Instant sendAt, Instant now) {
            return new Hold(sendAt, sendAt.isAfter(now));
        }

        /** Whether a change at {@code now} may still join it. */
        boolean takesChangesAt(Instant now) {
            return open && until.isAfter(now);
        }
    }

    /** Who saw the alert and said so, and when (the first time). */
    public record Acknowledgement(@Field("acknowledgedAt") Instant at, @Field("acknowledgedBy") String by) {
    }

    /**
     * How often the unacknowledged alert went to the duty manager ({@code count}), the last time at
     * {@code lastAt}; on the duty manager's copy, the id of the alert it escalates ({@code of}).
     */
    public record Escalation(@Field("escalations") int count, @Field("lastEscalatedAt") @Nullable Instant lastAt,
                             @Field("escalationOf") @Nullable String of) {

        public static final Escalation NONE = new Escalation(0, null, null);

        /** The duty manager's copy of the alert {@code originalId}. */
        static Escalation copyOf(String originalId) {
            return new Escalation(0, null, originalId);
        }

        public boolean isCopy() {
            return of != null;
        }

        /** When the next escalation is due: {@code first} after the alert was made, then {@code again} after the last one. */
        Instant nextDue(Instant createdAt, Duration first, Duration again) {
            return count == 0 ? createdAt.plus(first) : Objects.requireNonNullElse(lastAt, createdAt).plus(again);
        }
    }

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
        return acknowledgement != null;
    }

    /** This alert with {@code part} added, as a digest (what joining a held alert writes). */
    Alert joinedBy(Part part) {
        List<Part> more = new ArrayList<>(parts);
        more.add(part);
        return new Alert(id, coordinatorId, delegationId, locality, AlertKind.DIGEST, urgent, more, createdAt, hold, deliveries,
                acknowledgement, escalation, forDelegate, traceId);
    }

    public boolean hasPart(String eventId) {
        return parts.stream().anyMatch(part -> part.eventId().equals(eventId));
    }

    public @Nullable Delivery delivery(Channel channel) {
        return deliveries.get(channel.name());
    }
}
