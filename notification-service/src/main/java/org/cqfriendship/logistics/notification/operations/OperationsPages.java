package org.cqfriendship.logistics.notification.operations;

import org.cqfriendship.logistics.access.Caller;
import org.cqfriendship.logistics.support.security.Callers;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.List;
import java.util.Set;

/**
 * The operations console (OPERATIONS): services, consumer lag with its history, outbox backlog,
 * delivery health, dead letters with replay, the live tail of every topic, and one delegation's flow.
 * Panels refresh themselves every few seconds; the tail is live.
 */
@Controller
class OperationsPages {

    private static final Set<String> PANELS = Set.of("services", "lag", "deliveries", "dead-letters");

    private final ServiceProbe services;
    private final ConsumerLag lag;
    private final DeliveryHealth deliveries;
    private final DeadLetters deadLetters;
    private final DelegationFlow flow;
    private final LiveTail tail;

    OperationsPages(ServiceProbe services, ConsumerLag lag, DeliveryHealth deliveries, DeadLetters deadLetters,
                    DelegationFlow flow, LiveTail tail) {
        this.services = services;
        this.lag = lag;
        this.deliveries = deliveries;
        this.deadLetters = deadLetters;
        this.flow = flow;
        this.tail = tail;
    }

    @GetMapping("/operations")
    String console(@RequestParam(required = false) String delegation, @RequestParam(required = false) String type,
                   @RequestParam(required = false) String service, Model model) throws Exception {
        model.addAttribute("caller", Callers.current());
        model.addAttribute("filter", new LiveTail.Filter(delegation, type, service));
        for (String panel : PANELS) {
            fill(panel, model);
        }
        return "operations/console";
    }

    @GetMapping("/operations/panels/{panel}")
    String panel(@PathVariable String panel, Model model) throws Exception {
        if (!PANELS.contains(panel)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        fill(panel, model);
        return "operations/panels :: " + panel;
    }

    private void fill(String panel, Model model) throws Exception {
        switch (panel) {
            case "services" -> model.addAttribute("services", services.all());
            case "lag" -> {
                try {
                    model.addAttribute("lag", lag.now());
                } catch (Exception e) {
                    model.addAttribute("lag", List.of());
                    model.addAttribute("lagError", e.getMessage());
                }
            }
            case "deliveries" -> model.addAttribute("deliveries", deliveries.now());
            default -> model.addAttribute("deadLetters", deadLetters.all());
        }
    }

    /** The lag history for the chart on the page (the page's session, not the API's Basic sign-in). */
    @GetMapping(path = "/operations/lag-history", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    List<ConsumerLag.Sample> lagHistory() {
        return lag.history();
    }

    @GetMapping(path = "/operations/tail/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter tail(@RequestParam(required = false) String delegation, @RequestParam(required = false) String type,
                    @RequestParam(required = false) String service) {
        return tail.watch(new LiveTail.Filter(delegation, type, service), LocaleContextHolder.getLocale());
    }

    @PostMapping("/operations/dead-letters/replay")
    String replay(@RequestParam String topic, @RequestParam int partition, @RequestParam long offset,
                  @RequestParam(required = false) String body, RedirectAttributes redirect) throws Exception {
        boolean done = deadLetters.replay(topic, partition, offset, body, Callers.current().name()).isPresent();
        redirect.addFlashAttribute("notice", done ? "operations.replayed" : "operations.noSuchDeadLetter");
        redirect.addFlashAttribute("noticeArg", topic + ":" + partition + ":" + offset);
        return "redirect:/operations#dead-letters";
    }

    @PostMapping("/operations/dead-letters/replay-all")
    String replayAll(RedirectAttributes redirect) throws Exception {
        redirect.addFlashAttribute("notice", "operations.replayedAll");
        redirect.addFlashAttribute("noticeArg", deadLetters.replayAll(Callers.current().name()));
        return "redirect:/operations#dead-letters";
    }

    @GetMapping("/operations/flow")
    String flow(@RequestParam(required = false) String delegation, @RequestParam(required = false) String trace, Model model) {
        model.addAttribute("caller", Callers.current());
        model.addAttribute("delegation", delegation);
        model.addAttribute("trace", trace);
        model.addAttribute("steps", trace != null && !trace.isBlank() ? flow.ofTrace(trace.strip())
                : delegation == null || delegation.isBlank() ? List.of() : flow.ofDelegation(delegation.strip()));
        return "operations/flow";
    }
}
