package org.cqfriendship.logistics.itinerary.transfers;

import org.cqfriendship.logistics.support.security.Caller;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import java.time.LocalDate;
import java.util.List;

/** Vehicle manifests per port and day, for programme staff: a page for the airport desk, and JSON. */
@Controller
class TransfersController {

    /** The opening day, shown when no day is asked for. */
    static final String OPENING_DAY = "2026-05-20";
    private final TransferAssignment transfers;

    TransfersController(TransferAssignment transfers) {
        this.transfers = transfers;
    }

    @GetMapping("/api/transfers")
    @ResponseBody
    List<Manifest> manifests(@RequestParam(defaultValue = OPENING_DAY) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day) {
        return transfers.manifests(day);
    }

    @GetMapping("/transfers")
    String page(@RequestParam(defaultValue = OPENING_DAY) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day, Model model) {
        model.addAttribute("day", day);
        model.addAttribute("manifests", transfers.manifests(day));
        model.addAttribute("caller", Caller.current());
        return "transfers";
    }
}
