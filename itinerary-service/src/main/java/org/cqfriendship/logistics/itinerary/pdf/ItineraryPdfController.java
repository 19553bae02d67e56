package org.cqfriendship.logistics.itinerary.pdf;

import org.cqfriendship.logistics.itinerary.planning.Itinerary;
import org.cqfriendship.logistics.itinerary.planning.ItineraryService;
import org.cqfriendship.logistics.itinerary.planning.ItineraryView;
import org.cqfriendship.logistics.support.security.Caller;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;

/**
 * The itinerary as a PDF, linked from the itinerary page: for the delegation under its secret
 * link, and for its coordinator and programme staff; in the language of {@code ?lang=} or the
 * browser. Anyone else gets 404, as for the page.
 */
@RestController
class ItineraryPdfController {

    private final ItineraryService itineraries;
    private final ItineraryPdf pdf;
    private final Clock clock;

    ItineraryPdfController(ItineraryService itineraries, ItineraryPdf pdf, Clock clock) {
        this.itineraries = itineraries;
        this.pdf = pdf;
        this.clock = clock;
    }

    @GetMapping("/d/{token}/itinerary.pdf")
    ResponseEntity<byte[]> forDelegation(@PathVariable String token) {
        return document(Caller.current().delegationId());
    }

    @GetMapping("/itineraries/{delegationId}/itinerary.pdf")
    ResponseEntity<byte[]> forStaff(@PathVariable String delegationId) {
        return document(delegationId);
    }

    private ResponseEntity<byte[]> document(String delegationId) {
        Caller caller = Caller.current();
        Itinerary itinerary = Optional.ofNullable(delegationId).flatMap(itineraries::find)
                .filter(found -> caller.maySee(found.delegationId(), found.coordinatorId()))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Locale locale = LocaleContextHolder.getLocale();
        ItineraryView view = itineraries.view(itinerary, locale);
        byte[] document = pdf.write(view, view.days(locale), locale, clock.instant());
        String name = (view.locality() == null ? "itinerary" : view.locality() + " itinerary") + ".pdf";
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(name, StandardCharsets.UTF_8).build().toString())
                .cacheControl(CacheControl.noStore()).body(document);
    }
}
