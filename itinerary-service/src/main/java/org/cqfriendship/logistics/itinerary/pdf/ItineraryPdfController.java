package org.cqfriendship.logistics.itinerary.pdf;

import org.cqfriendship.logistics.access.Caller;
import org.cqfriendship.logistics.itinerary.planning.Itinerary;
import org.cqfriendship.logistics.itinerary.planning.ItineraryService;
import org.cqfriendship.logistics.itinerary.planning.ItineraryView;
import org.cqfriendship.logistics.support.security.Callers;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import java.util.Locale;
import java.util.Map;

/**
 * The itinerary as a PDF, linked from the itinerary page: for the delegation under its secret
 * link, and for its coordinator and programme staff; in the language of {@code ?lang=} or the
 * browser. Anyone else gets 404, as for the page.
 */
@RestController
class ItineraryPdfController {

    private final ItineraryService itineraries;
    private final PdfDocuments documents;

    ItineraryPdfController(ItineraryService itineraries, PdfDocuments documents) {
        this.itineraries = itineraries;
        this.documents = documents;
    }

    @GetMapping("/d/{token}/itinerary.pdf")
    ResponseEntity<byte[]> forDelegation(@PathVariable String token) {
        return document(Callers.current().delegationId());
    }

    @GetMapping("/itineraries/{delegationId}/itinerary.pdf")
    ResponseEntity<byte[]> forStaff(@PathVariable String delegationId) {
        return document(delegationId);
    }

    private ResponseEntity<byte[]> document(String delegationId) {
        Itinerary itinerary = itineraries.findFor(Callers.current(), delegationId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Locale locale = LocaleContextHolder.getLocale();
        ItineraryView view = itineraries.view(itinerary, locale);
        return documents.download("itinerary-pdf", view.locality() == null ? "itinerary" : view.locality() + " itinerary", locale,
                Map.of("itinerary", view, "days", view.days(locale)));
    }
}
