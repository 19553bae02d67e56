package org.cqfriendship.logistics.itinerary.catering;

import org.cqfriendship.logistics.access.Caller;
import org.cqfriendship.logistics.itinerary.pdf.PdfDocuments;
import org.cqfriendship.logistics.support.exports.Spreadsheets;
import org.cqfriendship.logistics.support.security.Callers;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The kitchen's counts for programme staff: a page, and the same as JSON. */
@Controller
class CateringController {

    private final CateringCounts counts;
    private final MessageSource messages;
    private final PdfDocuments documents;

    CateringController(CateringCounts counts, MessageSource messages, PdfDocuments documents) {
        this.counts = counts;
        this.messages = messages;
        this.documents = documents;
    }

    /** A page per meal for the kitchen: how many eat, each diet and allergen with its count and names. */
    @GetMapping("/catering/kitchen.pdf")
    ResponseEntity<byte[]> kitchenSheets() {
        Locale reader = LocaleContextHolder.getLocale();
        return documents.download("kitchen-sheets", "kitchen", reader, Map.of("meals", counts.meals(reader)));
    }

    /** The same counts as CSV or an Excel workbook, headed in the reader's language. */
    @GetMapping("/catering/export.{format:csv|xlsx}")
    ResponseEntity<byte[]> export(@PathVariable String format) {
        Locale locale = LocaleContextHolder.getLocale();
        return Spreadsheets.download(format, "catering", List.of(CateringSheet.of(counts.meals(locale), messages, locale)));
    }

    /** Titles, meals and venues in the language asked for (Accept-Language or ?lang=), English by default. */
    @GetMapping("/api/catering")
    @ResponseBody
    List<MealCount> meals() {
        return counts.meals(LocaleContextHolder.getLocale());
    }

    @GetMapping("/catering")
    String page(Model model) {
        model.addAttribute("meals", counts.meals(LocaleContextHolder.getLocale()));
        model.addAttribute("caller", Callers.current());
        return "catering";
    }
}
