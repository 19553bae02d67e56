package org.cqfriendship.logistics.itinerary.planning;

import org.cqfriendship.logistics.support.security.Caller;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** One delegation's itinerary, for its delegation, its coordinator and programme staff; 404 for anyone else. */
@RestController
class ItineraryController {

    private final ItineraryService service;

    ItineraryController(ItineraryService service) {
        this.service = service;
    }

    @GetMapping("/api/itineraries/{delegationId}")
    ItineraryView get(@PathVariable String delegationId) {
        return service.find(delegationId)
                .filter(itinerary -> Caller.current().maySee(itinerary.delegationId(), itinerary.coordinatorId()))
                .map(service::view)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                        "No itinerary for delegation " + delegationId + " (yet)"));
    }
}
