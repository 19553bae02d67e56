package org.cqfriendship.logistics.itinerary.contest;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The contest's draw as stored (one document): the seed it was drawn with, when, by whom, whether
 * it is frozen, and each heat's teams (by delegation id) and those unplaced. Written with a
 * version guard, so two staff drawing at once cannot both win.
 */
@Document("hotpot_draw")
record StoredDraw(@Id String id, long seed, Instant drawnAt, String drawnBy, boolean frozen, Map<String, List<String>> heats,
                  List<String> unplaced, @Version @Nullable Long version) {

    static final String ID = "hotpot";

    HeatDraw.Drawn drawn() {
        return new HeatDraw.Drawn(heats == null ? Map.of() : heats, unplaced == null ? List.of() : unplaced);
    }

    StoredDraw with(HeatDraw.Drawn now) {
        return new StoredDraw(id, seed, drawnAt, drawnBy, frozen, now.heats(), now.unplaced(), version);
    }

    StoredDraw freezing() {
        return new StoredDraw(id, seed, drawnAt, drawnBy, true, heats, unplaced, version);
    }
}
