package org.cqfriendship.logistics.itinerary.flights;

import jakarta.validation.Valid;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Staff enter a flight or train status (the airline called, the board says so) through the API;
 * it goes to the same topic as the airline feed, so only the pickups on that service are re-timed
 * and only their coordinators hear of it.
 */
@RestController
class FlightStatusController {

    private final FlightStatusDesk desk;

    FlightStatusController(FlightStatusDesk desk) {
        this.desk = desk;
    }

    /** Answers 202 with the {@code FlightStatusChanged} published, once the broker has it. */
    @PostMapping("/api/flight-status")
    ResponseEntity<String> report(@Valid @RequestBody FlightReport report) {
        return ResponseEntity.accepted().contentType(MediaType.APPLICATION_JSON).body(desk.report(report));
    }
}
