package org.cqfriendship.logistics.itinerary.calendar;

import org.cqfriendship.logistics.access.Caller;
import org.cqfriendship.logistics.itinerary.planning.Itinerary;
import org.cqfriendship.logistics.itinerary.planning.ItineraryService;
import org.cqfriendship.logistics.itinerary.planning.ItineraryView;
import org.cqfriendship.logistics.support.security.Callers;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * Itineraries as calendar feeds to subscribe to: a delegation's and each member's under the
 * delegation's secret link, a coordinator's (every delegation they serve) under a link of its own
 * that the coordinator finds on {@code /calendar}, and any itinerary for the staff who may read it.
 * The wording follows {@code ?lang=}, as on the pages. Anything not granted answers 404.
 */
@Controller
class CalendarFeeds {

    static final MediaType TEXT_CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

    private final ItineraryService itineraries;
    private final CoordinatorCalendarLinks coordinatorLinks;
    private final MessageSource messages;
    private final Clock clock;

    CalendarFeeds(ItineraryService itineraries, CoordinatorCalendarLinks coordinatorLinks, MessageSource messages, Clock clock) {
        this.itineraries = itineraries;
        this.coordinatorLinks = coordinatorLinks;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/d/{token}/itinerary.ics")
    ResponseEntity<String> delegation(@PathVariable String token) {
        return delegationFeed(Callers.current().delegationId());
    }

    @GetMapping("/d/{token}/members/{memberId}/itinerary.ics")
    ResponseEntity<String> member(@PathVariable String token, @PathVariable String memberId) {
        Itinerary itinerary = visible(Callers.current().delegationId());
        String name = itinerary.roster().stream().filter(m -> m.memberId().equals(memberId)).map(m -> m.name()).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        ItineraryView view = itineraries.view(itinerary, LocaleContextHolder.getLocale());
        ItineraryCalendar.Part part = new ItineraryCalendar.Part(itinerary, view, memberId, name);
        return feed(name, calendar().write(text("calendar.name.member", name, itinerary.locality()), List.of(part), false));
    }

    @GetMapping("/itineraries/{delegationId}/itinerary.ics")
    ResponseEntity<String> forStaff(@PathVariable String delegationId) {
        return delegationFeed(delegationId);
    }

    @GetMapping("/c/{token}/itinerary.ics")
    ResponseEntity<String> coordinator(@PathVariable String token) {
        String coordinatorId = coordinatorLinks.coordinatorOf(token).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        List<Itinerary> served = itineraries.servedBy(coordinatorId).stream()
                .sorted(Comparator.comparing(Itinerary::locality, Comparator.nullsLast(Comparator.naturalOrder()))).toList();
        List<ItineraryView> views = itineraries.views(served, LocaleContextHolder.getLocale());
        List<ItineraryCalendar.Part> parts = IntStream.range(0, served.size())
                .mapToObj(i -> ItineraryCalendar.Part.whole(served.get(i), views.get(i))).toList();
        return feed(coordinatorId, calendar().write(text("calendar.name.coordinator", text("support.conference.tag")), parts, true));
    }

    /** Where a signed-in coordinator finds the link to their calendar, to paste into a calendar app. */
    @GetMapping("/calendar")
    String coordinatorPage(Model model) {
        Caller caller = Callers.current();
        Optional<String> inbox = Optional.ofNullable(caller.inbox());
        model.addAttribute("caller", caller);
        model.addAttribute("feed", inbox.map(id -> ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/c/{token}/itinerary.ics").queryParam("lang", LocaleContextHolder.getLocale().toLanguageTag())
                .buildAndExpand(coordinatorLinks.tokenFor(id)).toUriString()).orElse(null));
        model.addAttribute("delegations", inbox.map(id -> itineraries.servedBy(id).size()).orElse(0));
        return "calendar";
    }

    private ResponseEntity<String> delegationFeed(String delegationId) {
        Itinerary itinerary = visible(delegationId);
        ItineraryCalendar.Part part = ItineraryCalendar.Part.whole(itinerary, itineraries.view(itinerary, LocaleContextHolder.getLocale()));
        return feed(itinerary.locality(), calendar().write(text("itinerary.title", itinerary.locality()), List.of(part), false));
    }

    private Itinerary visible(String delegationId) {
        return itineraries.findFor(Callers.current(), delegationId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private ItineraryCalendar calendar() {
        return new ItineraryCalendar(messages, LocaleContextHolder.getLocale(), clock.instant());
    }

    /** The feed, never kept by a shared cache (its link is a secret). */
    private static ResponseEntity<String> feed(String fileName, String body) {
        return ResponseEntity.ok().contentType(TEXT_CALENDAR).cacheControl(CacheControl.noStore())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename(fileName.replaceAll("[^\\p{L}\\p{N} ._-]", "_") + ".ics", StandardCharsets.UTF_8).build().toString())
                .body(body);
    }

    private String text(String code, Object... args) {
        return messages.getMessage(code, args, LocaleContextHolder.getLocale());
    }
}
