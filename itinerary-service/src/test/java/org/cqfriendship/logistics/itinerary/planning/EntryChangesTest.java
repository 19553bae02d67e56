package org.cqfriendship.logistics.itinerary.planning;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EntryChangesTest {

    static ItineraryEntry pickup(String id, String at) {
        return new ItineraryEntry(id, ItineraryEntry.Kind.PICKUP, "Pickup at CKG", "CKG", Instant.parse(at), null, List.of("A"));
    }

    @Test
    void listsNewMovedAndGoneEntriesButNotTheUnchanged() {
        var kept = pickup("pickup-a", "2026-05-19T10:00:00Z");
        var moved = pickup("pickup-b", "2026-05-19T11:00:00Z");
        var gone = pickup("pickup-c", "2026-05-19T12:00:00Z");
        var movedLater = pickup("pickup-b", "2026-05-19T15:00:00Z");
        var added = pickup("pickup-d", "2026-05-19T16:00:00Z");

        var changes = ItineraryService.entryChanges(List.of(kept, moved, gone), List.of(kept, movedLater, added));

        assertThat(changes).extracting(ItineraryEventOutbox.EntryChange::entryId).containsExactly("pickup-b", "pickup-d", "pickup-c");
        assertThat(changes.get(0).before()).isEqualTo(moved);
        assertThat(changes.get(0).after()).isEqualTo(movedLater);
        assertThat(changes.get(1).before()).isNull();
        assertThat(changes.get(2).after()).isNull();
    }

    @Test
    void findsNothingWhenNothingChanged() {
        var entries = List.of(pickup("pickup-a", "2026-05-19T10:00:00Z"));
        assertThat(ItineraryService.entryChanges(entries, entries)).isEmpty();
    }
}
