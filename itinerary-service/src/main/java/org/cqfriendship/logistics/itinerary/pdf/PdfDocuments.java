package org.cqfriendship.logistics.itinerary.pdf;

import org.cqfriendship.logistics.itinerary.programme.Session;
import org.cqfriendship.logistics.support.config.ConferenceTime;
import org.cqfriendship.logistics.support.pdf.PdfRendering;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Printable documents in the reader's language: the itinerary, and the desks' run sheets (the
 * arrivals board, the drivers' manifests, the kitchen's sheets), laid out for A4 (style shared in
 * {@code documents/frame.html}), with the time they were printed, written by {@link PdfRendering}.
 */
@Component
public class PdfDocuments {

    private final PdfRendering pdf;
    private final Clock clock;

    PdfDocuments(PdfRendering pdf, Clock clock) {
        this.pdf = pdf;
        this.clock = clock;
    }

    /** The document {@code template} filled with {@code variables}, as the download {@code name}.pdf (shown in the browser). */
    public ResponseEntity<byte[]> download(String template, String name, Locale locale, Map<String, ?> variables) {
        return pdf.download(template, name, locale, printed(variables));
    }

    byte[] write(String template, Locale locale, Map<String, ?> variables) {
        return pdf.write(template, locale, printed(variables));
    }

    private Map<String, Object> printed(Map<String, ?> variables) {
        Map<String, Object> all = new HashMap<>(variables);
        all.put("printedAt", clock.instant().atZone(ConferenceTime.ZONE));
        return all;
    }
}
