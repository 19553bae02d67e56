package org.cqfriendship.logistics.itinerary.carnival;

import org.cqfriendship.logistics.support.outbox.OutboxMessage;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The carnival's map (one document, {@code carnival_map}): each delegation's stall, by delegation
 * id, at its pitch in its slots. One aggregate, because its rule spans delegations: no two stalls
 * on one pitch in one slot. Written with a version guard, with its events in its outbox.
 */
@Document("carnival_map")
public record CarnivalMap(@Id String id, Map<String, Placement> stalls, @Version @Nullable Long version, List<OutboxMessage> outbox) {

    static final String ID = "carnival";

    public CarnivalMap {
        stalls = stalls == null ? Map.of() : stalls;
        outbox = outbox == null ? List.of() : outbox;
    }

    static CarnivalMap empty() {
        return new CarnivalMap(ID, Map.of(), null, List.of());
    }

    /** A stall's place: its pitch and slots, and who placed it when. */
    public record Placement(int pitch, List<String> slots, String by, Instant at) {
    }

    /** The delegation holding the pitch in the slot, other than {@code delegationId}, if any. */
    Optional<String> holder(int pitch, String slot, String delegationId) {
        return stalls.entrySet().stream().filter(e -> !e.getKey().equals(delegationId))
                .filter(e -> e.getValue().pitch() == pitch && e.getValue().slots().contains(slot)).map(Map.Entry::getKey).findFirst();
    }

    CarnivalMap carrying(List<OutboxMessage> events) {
        return new CarnivalMap(id, stalls, version, events);
    }

    /** The map with the delegation's stall placed (null: taken off the map). */
    CarnivalMap with(String delegationId, @Nullable Placement placement) {
        Map<String, Placement> next = new LinkedHashMap<>(stalls);
        if (placement == null) {
            next.remove(delegationId);
        } else {
            next.put(delegationId, placement);
        }
        return new CarnivalMap(id, next, version, List.of());
    }
}
