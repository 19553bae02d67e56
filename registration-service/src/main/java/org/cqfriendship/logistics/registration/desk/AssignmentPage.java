package org.cqfriendship.logistics.registration.desk;

import org.cqfriendship.logistics.access.Caller;
import org.cqfriendship.logistics.registration.delegation.CoordinatorAssignments;
import org.cqfriendship.logistics.registration.delegation.Coordinators;
import org.cqfriendship.logistics.registration.delegation.Delegation;
import org.cqfriendship.logistics.registration.delegation.DelegationService;
import org.cqfriendship.logistics.registration.delegation.Member;
import org.cqfriendship.logistics.support.security.Callers;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Programme staff's assignment desk: each coordinator's load (delegations, people, and their
 * delegations' alerts not yet acknowledged, from the desk's rows), the
 * delegations without a coordinator with a balanced, language-matched suggestion
 * ({@link AssignmentSuggestion}) already chosen, and one button to assign every ticked row at once
 * (each published and audited as any assignment).
 */
@Controller
class AssignmentPage {

    private final DelegationService delegations;
    private final CoordinatorAssignments assignments;
    private final Coordinators coordinators;
    private final CoordinatorLanguages languages;
    private final DelegationRows rows;

    AssignmentPage(DelegationService delegations, CoordinatorAssignments assignments, Coordinators coordinators,
                   CoordinatorLanguages languages, DelegationRows rows) {
        this.rows = rows;
        this.delegations = delegations;
        this.assignments = assignments;
        this.coordinators = coordinators;
        this.languages = languages;
    }

    /** A coordinator's load now. */
    record Load(String coordinatorId, int delegations, int people, Set<String> languages, int openAlerts, int urgentAlerts) {
    }

    /** A delegation waiting for a coordinator, and who is suggested. */
    record Waiting(String id, String reference, String locality, String country, int people, Set<String> languages,
                   @Nullable String suggested) {
    }

    @GetMapping("/delegations/assignment")
    String page(Model model) {
        List<Delegation> all = delegations.all();
        Map<String, Set<String>> spoken = languages.byCoordinator();
        Map<String, Load> loads = new LinkedHashMap<>();
        Map<String, int[]> alerts = rows.alertsByCoordinator();
        coordinators.ids().forEach(id -> {
            int[] open = alerts.getOrDefault(id, new int[2]);
            loads.put(id, new Load(id, 0, 0, new TreeSet<>(spoken.getOrDefault(id, Set.of())), open[0], open[1]));
        });
        List<Delegation> unassigned = new ArrayList<>();
        for (Delegation delegation : all) {
            Load load = delegation.coordinatorId() == null ? null : loads.get(delegation.coordinatorId());
            if (delegation.coordinatorId() == null) {
                unassigned.add(delegation);
            } else if (load != null) {
                loads.put(load.coordinatorId(), new Load(load.coordinatorId(), load.delegations() + 1,
                        load.people() + delegation.members().size(), load.languages(), load.openAlerts(), load.urgentAlerts()));
            }
        }
        Map<String, String> suggested = AssignmentSuggestion.suggest(
                unassigned.stream().map(d -> new AssignmentSuggestion.Unassigned(d.id(), d.members().size(), languagesOf(d))).toList(),
                loads.values().stream().collect(Collectors.toMap(Load::coordinatorId, Load::delegations)), spoken);
        model.addAttribute("loads", loads.values());
        model.addAttribute("waiting", unassigned.stream().map(d -> new Waiting(d.id(), d.reference(), d.details().locality(),
                d.details().country(), d.members().size(), languagesOf(d), suggested.get(d.id()))).toList());
        model.addAttribute("coordinators", coordinators.ids());
        model.addAttribute("caller", Callers.current());
        return "assignment";
    }

    /** Assigns every ticked delegation to the coordinator chosen on its row. */
    @PostMapping("/delegations/assignment")
    String assign(@RequestParam(name = "delegation", required = false) List<String> ticked, @RequestParam Map<String, String> form,
                  RedirectAttributes result) {
        List<String> assigned = new ArrayList<>();
        for (String id : ticked == null ? List.<String>of() : ticked) {
            String chosen = form.get("coordinator-" + id);
            var current = delegations.find(id);
            // Taken meanwhile by someone else, or gone: left alone rather than overwritten.
            if (chosen != null && coordinators.known(chosen) && current.isPresent() && current.get().coordinatorId() == null) {
                assignments.assign(current.get(), chosen);
                assigned.add(id);
            }
        }
        rows.rewrite(assigned);
        result.addFlashAttribute("assigned", assigned.size());
        result.addFlashAttribute("ticked", ticked == null ? 0 : ticked.size());
        return "redirect:/delegations/assignment";
    }

    private static Set<String> languagesOf(Delegation delegation) {
        Set<String> spoken = new TreeSet<>();
        for (Member member : delegation.members()) {
            if (member.needs().languages() != null) {
                member.needs().languages().forEach(l -> spoken.add(l.toLowerCase(Locale.ROOT)));
            }
        }
        return spoken;
    }
}
