package org.cqfriendship.logistics.itinerary.carnival;

import org.cqfriendship.logistics.itinerary.planning.Itinerary;
import org.cqfriendship.logistics.itinerary.planning.StallPitches;
import org.cqfriendship.logistics.support.audit.AuditLog;
import org.cqfriendship.logistics.support.outbox.OutboxStore;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The food carnival's stalls (decision 83): the delegations that applied for one (their
 * registration's stall application, kept on the itinerary), and programme staff placing each on
 * a numbered pitch in one slot or both. Placing one is one version-guarded write of the map with
 * its {@code StallAllocated} event, from which the delegation's itinerary is replanned (staff's
 * page replans it at once too), with the stall from its set-up in each slot. Planning reads the
 * map ({@link StallPitches}).
 */
@Service
public class Carnival implements StallPitches {

    private static final int ATTEMPTS = 5;
    private final MongoTemplate mongo;
    private final CarnivalSettings settings;
    private final StallEventOutbox events;
    private final OutboxStore store;
    private final AuditLog audit;
    private final Clock clock;

    Carnival(MongoTemplate mongo, CarnivalSettings settings, StallEventOutbox events, OutboxStore store, AuditLog audit, Clock clock) {
        this.mongo = mongo;
        this.settings = settings;
        this.events = events;
        this.store = store;
        this.audit = audit;
        this.clock = clock;
    }

    /** A delegation that applied for a stall: its application, and its place on the map (null: not placed yet). */
    public record Stall(Itinerary delegation, CarnivalMap.@Nullable Placement placement) {
    }

    /** A stall refused, with the message key that says why (and the delegation holding the pitch, if that is why). */
    public static class Refused extends RuntimeException {

        private final String reason;
        private final @Nullable String holder;

        Refused(String reason, @Nullable String holder) {
            super(reason);
            this.reason = reason;
            this.holder = holder;
        }

        public String reason() {
            return reason;
        }

        public @Nullable String holder() {
            return holder;
        }
    }

    /** Every delegation that applied, by locality: a read of the itineraries with an application and one of the map. */
    public List<Stall> stalls() {
        Map<String, CarnivalMap.Placement> placed = map().stalls();
        return mongo.find(Query.query(Criteria.where("stall").ne(null)), Itinerary.class).stream()
                .filter(itinerary -> itinerary.stall() != null)
                .map(itinerary -> new Stall(itinerary, placed.get(itinerary.delegationId())))
                .sorted(Comparator.comparing((Stall s) -> s.delegation().locality()).thenComparing(s -> s.delegation().delegationId()))
                .toList();
    }

    /**
     * Places the delegation's stall on {@code pitch} in {@code slots} (none: takes it off the map).
     * Refused when the delegation has not applied, the pitch is not on the map, a slot is not a
     * stall slot, or another stall holds the pitch in one of the slots. Answers true when the map
     * changed.
     */
    public boolean place(String delegationId, @Nullable Integer pitch, List<String> slots, String by) {
        Itinerary applicant = mongo.findById(delegationId, Itinerary.class);
        if (applicant == null || applicant.stall() == null) {
            throw new Refused("carnival.noApplication", null);
        }
        List<String> chosen = settings.slots().stream().filter(slots::contains).toList();
        if (chosen.size() != slots.stream().distinct().count()) {
            throw new Refused("carnival.badSlot", null);
        }
        if (!chosen.isEmpty() && (pitch == null || pitch < 1 || pitch > settings.pitches())) {
            throw new Refused("carnival.badPitch", null);
        }
        int at = chosen.isEmpty() || pitch == null ? 0 : pitch;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            CarnivalMap was = map();
            CarnivalMap.Placement before = was.stalls().get(delegationId);
            CarnivalMap.Placement after = chosen.isEmpty() ? null : new CarnivalMap.Placement(at, chosen, by, clock.instant());
            if (before == null ? after == null : after != null && before.pitch() == after.pitch() && before.slots().equals(after.slots())) {
                return false;
            }
            for (String slot : chosen) {
                Optional<String> holder = was.holder(at, slot, delegationId);
                if (holder.isPresent()) {
                    throw new Refused("carnival.taken", holder.get());
                }
            }
            var told = List.of(events.allocated(settings.carnival(), delegationId, after == null ? null : pitch, chosen, clock.instant()));
            // A first write inserts the map carrying its event; later ones add the event to its outbox.
            CarnivalMap next = was.with(delegationId, after).carrying(told);
            if (store.save(next, CarnivalMap.ID, was.version(), told)) {
                audit.record("carnival.placed", delegationId, Map.of("pitch", String.valueOf(after == null ? null : pitch),
                        "slots", String.join(",", chosen)));
                return true;
            }
        }
        throw new OptimisticLockingFailureException("The carnival's map keeps changing");
    }

    @Override
    public Map<String, Pitch> of(Collection<String> delegationIds) {
        Map<String, CarnivalMap.Placement> placed = map().stalls();
        Map<String, Pitch> pitches = new HashMap<>();
        for (String id : delegationIds) {
            CarnivalMap.Placement placement = placed.get(id);
            if (placement != null) {
                pitches.put(id, new Pitch(placement.pitch(), placement.slots(), settings.setUpMinutes()));
            }
        }
        return pitches;
    }

    private CarnivalMap map() {
        CarnivalMap stored = mongo.findById(CarnivalMap.ID, CarnivalMap.class);
        return stored == null ? CarnivalMap.empty() : stored;
    }
}
