package org.cqfriendship.logistics.itinerary.transfers;

import org.cqfriendship.logistics.access.Caller;
import org.cqfriendship.logistics.itinerary.pdf.PdfDocuments;
import org.cqfriendship.logistics.support.exports.Spreadsheets;
import org.cqfriendship.logistics.support.security.Callers;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Vehicle manifests per port and day, for programme staff: a page for the airport desk, and JSON. */
@Controller
class TransfersController {

    /** The opening day, shown when no day is asked for. */
    static final String OPENING_DAY = "2026-05-20";
    private final TransferAssignment transfers;
    private final MessageSource messages;
    private final PdfDocuments documents;

    TransfersController(TransferAssignment transfers, MessageSource messages, PdfDocuments documents) {
        this.transfers = transfers;
        this.messages = messages;
        this.documents = documents;
    }

    /** The airport desk's board for the day: who lands when, per port, and which vehicle waits for them. */
    @GetMapping("/transfers/arrivals.pdf")
    ResponseEntity<byte[]> arrivalsBoard(
            @RequestParam(defaultValue = OPENING_DAY) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day) {
        return documents.download("arrivals-board", "arrivals-" + day, LocaleContextHolder.getLocale(),
                Map.of("day", day, "manifests", transfers.manifests(day)));
    }

    /** A page per vehicle for its driver: the run (from the port or to it) and its passengers; those with no vehicle yet on a page of their own. */
    @GetMapping("/transfers/drivers.pdf")
    ResponseEntity<byte[]> driversManifests(
            @RequestParam(defaultValue = OPENING_DAY) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day) {
        return documents.download("driver-manifests", "drivers-" + day, LocaleContextHolder.getLocale(),
                Map.of("day", day, "manifests", transfers.manifests(day)));
    }

    /**
     * The day's manifests as CSV or an Excel workbook, a row per passenger, headed in the reader's
     * language: arrivals and departures in one list (CSV), or a sheet each (Excel).
     */
    @GetMapping("/transfers/export.{format:csv|xlsx}")
    ResponseEntity<byte[]> export(@PathVariable String format,
                                  @RequestParam(defaultValue = OPENING_DAY) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day) {
        return Spreadsheets.download(format, "transfers-" + day, TransfersSheet.of(day, transfers.manifests(day), messages,
                LocaleContextHolder.getLocale()));
    }

    /** The day's manifests per port: the runs from the port and to it, and who has no vehicle yet. */
    @GetMapping("/api/transfers")
    @ResponseBody
    List<Manifest> manifests(@RequestParam(defaultValue = OPENING_DAY) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day) {
        return transfers.manifests(day);
    }

    @GetMapping("/transfers")
    String page(@RequestParam(defaultValue = OPENING_DAY) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day, Model model) {
        model.addAttribute("day", day);
        model.addAttribute("manifests", transfers.manifests(day));
        model.addAttribute("caller", Callers.current());
        return "transfers";
    }
}
