package org.cqfriendship.logistics.notification.inbox;

import org.cqfriendship.logistics.access.Caller;
import org.cqfriendship.logistics.access.Role;
import org.cqfriendship.logistics.notification.alert.Alert;
import org.cqfriendship.logistics.notification.alert.AlertService;
import org.cqfriendship.logistics.support.security.Callers;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.util.Arrays;
import java.util.Locale;

/**
 * A coordinator's live inbox: the alerts newest first, new ones arriving without a reload, each
 * acknowledged with one button (which works without JavaScript too).
 */
@Controller
class InboxPage {

    private final AlertService alerts;
    private final InboxStreams streams;
    private final InboxWording wording;

    InboxPage(AlertService alerts, InboxStreams streams, InboxWording wording) {
        this.alerts = alerts;
        this.streams = streams;
        this.wording = wording;
    }

    /** Where a signed-in coordinator lands: their own inbox. */
    @GetMapping({"/", "/inbox"})
    String ownInbox() {
        String inbox = Callers.current().inbox();
        return inbox == null ? "redirect:/account" : "redirect:/coordinators/" + inbox + "/inbox";
    }

    /** {@code show}: every alert ({@code all}), those still to acknowledge ({@code waiting}), or the urgent ones among them ({@code urgent}). */
    @GetMapping("/coordinators/{coordinatorId}/inbox")
    String inbox(@PathVariable String coordinatorId, @RequestParam(defaultValue = "all") String show, Model model) {
        Shown shown = Shown.of(show);
        model.addAttribute("coordinatorId", coordinatorId);
        model.addAttribute("caller", Callers.current());
        model.addAttribute("directory", Callers.current().has(Role.PROGRAMME) || Callers.current().has(Role.OPERATIONS));
        model.addAttribute("show", shown.name().toLowerCase(Locale.ROOT));
        Locale locale = LocaleContextHolder.getLocale();
        model.addAttribute("alerts", alerts.inbox(coordinatorId).stream().filter(shown::includes)
                .map(alert -> wording.item(alert, locale)).toList());
        return "inbox";
    }

    /** Which of the inbox's alerts the page lists. */
    enum Shown {
        ALL, WAITING, URGENT;

        static Shown of(String name) {
            return Arrays.stream(values()).filter(shown -> shown.name().equalsIgnoreCase(name)).findFirst().orElse(ALL);
        }

        boolean includes(Alert alert) {
            return this == ALL || !alert.acknowledged() && (this == WAITING || alert.urgent());
        }
    }

    @GetMapping(path = "/coordinators/{coordinatorId}/inbox/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter stream(@PathVariable String coordinatorId) {
        return streams.subscribe(coordinatorId, LocaleContextHolder.getLocale());
    }

    @PostMapping("/coordinators/{coordinatorId}/alerts/{alertId}/acknowledgement")
    String acknowledge(@PathVariable String coordinatorId, @PathVariable String alertId,
                       @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        Alert alert = alerts.acknowledge(coordinatorId, alertId, Callers.current().name())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (htmx == null) {
            return "redirect:/coordinators/" + coordinatorId + "/inbox";
        }
        model.addAttribute("alert", wording.item(alert, LocaleContextHolder.getLocale()));
        return "fragments/alert :: alert";
    }
}
