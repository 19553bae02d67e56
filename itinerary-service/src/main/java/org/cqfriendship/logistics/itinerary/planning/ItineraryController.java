package org.cqfriendship.logistics.itinerary.planning;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

@RestController
class ItineraryController {

    private final ItineraryService service;

    ItineraryController(ItineraryService service) {
        this.service = service;
    }

    @GetMapping("/api/itineraries/{delegationId}")
    ItineraryView get(@PathVariable String delegationId) {
        return service.find(delegationId).map(ItineraryView::of)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                        "No itinerary for delegation " + delegationId + " (yet)"));
    }
}
