package org.cqfriendship.logistics.itinerary.planning;

import org.cqfriendship.logistics.access.Caller;
import org.cqfriendship.logistics.support.security.Callers;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One delegation's itinerary, for its delegation, its coordinator and programme staff; 404 for
 * anyone else. A member's own part of it can be exported (their data, on request).
 */
@RestController
class ItineraryController {

    private final ItineraryService service;
    private final Clock clock;

    ItineraryController(ItineraryService service, Clock clock) {
        this.service = service;
        this.clock = clock;
    }

    /** Titles, places and clash explanations in the language asked for (Accept-Language or ?lang=), English by default. */
    @GetMapping("/api/itineraries/{delegationId}")
    ItineraryView get(@PathVariable String delegationId) {
        return service.view(visible(delegationId), LocaleContextHolder.getLocale());
    }

    /** Everything this service holds about one member: as registered here, their entries and their clashes. */
    @GetMapping("/api/itineraries/{delegationId}/members/{memberId}/export")
    Map<String, Object> export(@PathVariable String delegationId, @PathVariable String memberId) {
        Itinerary itinerary = visible(delegationId);
        RegisteredDelegation.Traveller member = itinerary.roster().stream().filter(t -> t.memberId().equals(memberId)).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No member " + memberId + " in this itinerary"));
        Map<String, Object> held = new LinkedHashMap<>();
        held.put("service", "itinerary-service");
        held.put("exportedAt", clock.instant().toString());
        held.put("delegationId", delegationId);
        held.put("member", member);
        held.put("entries", itinerary.entries().stream().filter(entry -> entry.memberNames().contains(member.name())).toList());
        held.put("clashes", itinerary.clashes().stream().filter(clash -> memberId.equals(clash.memberId())).toList());
        return held;
    }

    private Itinerary visible(String delegationId) {
        return service.findFor(Callers.current(), delegationId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                        "No itinerary for delegation " + delegationId + " (yet)"));
    }
}
