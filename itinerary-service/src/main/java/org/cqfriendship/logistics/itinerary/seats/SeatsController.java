package org.cqfriendship.logistics.itinerary.seats;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.cqfriendship.logistics.itinerary.programme.Session;
import org.cqfriendship.logistics.itinerary.programme.StoredProgramme;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Programme staff change how many seats a session has: a bigger room seats the first on the
 * waiting list, a smaller one sends the last seated back to it; each delegation concerned is
 * replanned and its coordinator told.
 */
@RestController
class SeatsController {

    private final StoredProgramme programme;
    private final SeatAllocation seats;

    SeatsController(StoredProgramme programme, SeatAllocation seats) {
        this.programme = programme;
        this.seats = seats;
    }

    /** @param capacity seats, or null for no limit */
    record Capacity(@Min(0) @Max(100_000) Integer capacity) {
    }

    @PutMapping("/api/sessions/{id}/capacity")
    Session change(@PathVariable String id, @Valid @RequestBody Capacity body) {
        Session session = programme.changeCapacity(id, body.capacity());
        seats.rebalance(id, body.capacity() == null ? Integer.MAX_VALUE : body.capacity());
        return session;
    }
}
