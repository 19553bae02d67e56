package org.cqfriendship.logistics.itinerary.planning;

import org.cqfriendship.logistics.access.Caller;
import org.cqfriendship.logistics.support.security.Callers;
import org.cqfriendship.logistics.support.security.DelegationLinks;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

import java.util.List;

/**
 * A delegation's itinerary as a printable timeline in Chongqing time: for the delegation through
 * its secret link ({@code /d/<token>}, the link of its confirmation email), and for its
 * coordinator and programme staff ({@code /itineraries/<id>}). Anyone else gets 404.
 */
@Controller
class ItineraryPage {

    private final ItineraryService service;
    private final DelegationLinks links;
    private final String registrationBaseUrl;

    ItineraryPage(ItineraryService service, DelegationLinks links,
                  @Value("${itinerary.registration-base-url:http://localhost:8081}") String registrationBaseUrl) {
        this.service = service;
        this.links = links;
        this.registrationBaseUrl = registrationBaseUrl;
    }

    /** An expired link is sent to its registration page, which offers a fresh one (sent to the delegation's contact). */
    @GetMapping("/d/{token}")
    String forDelegation(@PathVariable String token, Model model) {
        String delegationId = Callers.current().delegationId();
        if (delegationId == null && links.expiredDelegationOf(token).isPresent()) {
            return "redirect:" + registrationBaseUrl + "/d/" + token;
        }
        if (delegationId == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return page(delegationId, "/d/" + token, true, model);
    }

    @GetMapping("/itineraries/{delegationId}")
    String forStaff(@PathVariable String delegationId, Model model) {
        return page(delegationId, "/itineraries/" + delegationId, false, model);
    }

    /** {@code calendars}: where its calendar feeds are ({@code <calendars>/itinerary.ics}), with one per member too or not. */
    private String page(String delegationId, String calendars, boolean perMember, Model model) {
        Caller caller = Callers.current();
        Itinerary found = service.findFor(caller, delegationId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        ItineraryView itinerary = service.view(found, LocaleContextHolder.getLocale());
        model.addAttribute("itinerary", itinerary);
        model.addAttribute("calendars", calendars);
        model.addAttribute("calendarMembers", perMember ? found.roster() : List.of());
        model.addAttribute("days", itinerary.days(LocaleContextHolder.getLocale()));
        model.addAttribute("caller", caller);
        return "itinerary";
    }
}
