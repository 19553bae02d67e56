package org.cqfriendship.logistics.registration.programme;

import org.cqfriendship.logistics.access.Caller;
import org.cqfriendship.logistics.registration.delegation.Delegation;
import org.cqfriendship.logistics.registration.delegation.DelegationService;
import org.cqfriendship.logistics.support.security.Callers;
import org.cqfriendship.logistics.support.web.FieldProblemException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Programme staff's page of {@link PartAssignments}: per event with parts, every delegation signed up for it and the part it is at. */
@Controller
class PartsPage {

    private final DelegationService delegations;
    private final Programme programme;
    private final PartAssignments assignments;

    PartsPage(DelegationService delegations, Programme programme, PartAssignments assignments) {
        this.delegations = delegations;
        this.programme = programme;
        this.assignments = assignments;
    }

    /** One row of the page: a delegation signed up for the event, and the part(s) its members are at (codes and titles). */
    record Row(String delegationId, String locality, int members, Set<String> parts, List<String> partTitles) {
    }

    @GetMapping("/programme/parts")
    String page(Model model) {
        List<Programme.EventParts> events = programme.eventsWithParts(LocaleContextHolder.getLocale());
        Map<String, List<Row>> rows = new HashMap<>();
        for (Programme.EventParts event : events) {
            Set<String> codes = new LinkedHashSet<>();
            codes.add(event.event().code());
            event.parts().forEach(p -> codes.add(p.code()));
            List<Row> attending = new ArrayList<>();
            for (Delegation delegation : delegations.attending(codes)) {
                var members = delegation.members().stream().filter(m -> m.signUps().attends().stream().anyMatch(codes::contains)).toList();
                Set<String> at = new LinkedHashSet<>();
                members.forEach(m -> m.signUps().attends().stream().filter(s -> !s.equals(event.event().code()) && codes.contains(s))
                        .forEach(at::add));
                List<String> titles = event.parts().stream().filter(p -> at.contains(p.code())).map(Programme.Option::title).toList();
                attending.add(new Row(delegation.id(), delegation.details().locality(), members.size(), at, titles));
            }
            rows.put(event.event().code(), attending);
        }
        model.addAttribute("events", events);
        model.addAttribute("rows", rows);
        model.addAttribute("caller", Callers.current());
        return "parts";
    }

    @PostMapping("/programme/parts")
    String assignFromPage(@RequestParam String delegationId, @RequestParam String eventId,
                          @RequestParam(required = false) @Nullable String partId, RedirectAttributes result) {
        try {
            Delegation changed = assignments.assign(delegationId, eventId, partId == null || partId.isBlank() ? null : partId);
            result.addFlashAttribute("notice", "parts.assigned");
            result.addFlashAttribute("changed", changed.details().locality());
        } catch (FieldProblemException e) {
            result.addFlashAttribute("problem", e.messageCode().replace("parts.", "parts.problem."));
        }
        return "redirect:/programme/parts" + (eventId.matches("[a-z0-9-]{1,60}") ? "#" + eventId : "");
    }

}
