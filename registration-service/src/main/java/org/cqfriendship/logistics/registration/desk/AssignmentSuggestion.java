package org.cqfriendship.logistics.registration.desk;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A balanced suggestion of coordinators for delegations without one, for staff to confirm. Each
 * step gives one delegation to a coordinator with the fewest delegations at that moment (so the
 * spread never grows beyond one), choosing the delegation that one of those coordinators speaks a
 * language of, where any does: a coordinator who speaks Russian gets the Belarusian and Uzbek
 * delegations. Delegations whose languages fewest coordinators speak come first, so the scarce
 * speakers go where they are needed.
 */
final class AssignmentSuggestion {

    /** A delegation to place: its id, how many people it brings, and the languages they speak. */
    record Unassigned(String delegationId, int people, Set<String> languages) {
    }

    private AssignmentSuggestion() {
    }

    /**
     * @param load      each coordinator's delegations now (every coordinator that may be chosen, with 0 where none)
     * @param languages each coordinator's languages (missing: none known)
     * @return delegation id → suggested coordinator, in the order the delegations were given
     */
    static Map<String, String> suggest(List<Unassigned> delegations, Map<String, Integer> load, Map<String, Set<String>> languages) {
        Map<String, String> suggested = new LinkedHashMap<>();
        if (load.isEmpty()) {
            return suggested;
        }
        Map<String, Integer> counts = new HashMap<>(load);
        List<Unassigned> waiting = new ArrayList<>(delegations);
        waiting.sort(Comparator.comparingLong((Unassigned d) -> speakers(d, languages))
                .thenComparing(Comparator.comparingInt(Unassigned::people).reversed()).thenComparing(Unassigned::delegationId));
        Map<String, String> chosen = new HashMap<>();
        while (!waiting.isEmpty()) {
            int fewest = counts.values().stream().min(Integer::compare).orElseThrow();
            List<String> free = counts.entrySet().stream().filter(e -> e.getValue() == fewest).map(Map.Entry::getKey).sorted().toList();
            // The most constrained delegation one of the least loaded speaks to, or else the next in line for the first of them.
            Unassigned next = waiting.stream().filter(d -> free.stream().anyMatch(c -> speaks(c, d, languages))).findFirst()
                    .orElse(waiting.get(0));
            String coordinator = free.stream().filter(c -> speaks(c, next, languages)).findFirst().orElse(free.get(0));
            waiting.remove(next);
            counts.merge(coordinator, 1, Integer::sum);
            chosen.put(next.delegationId(), coordinator);
        }
        delegations.forEach(d -> suggested.put(d.delegationId(), chosen.get(d.delegationId())));
        return suggested;
    }

    static boolean speaks(String coordinator, Unassigned delegation, Map<String, Set<String>> languages) {
        Set<String> spoken = languages.getOrDefault(coordinator, Set.of());
        return delegation.languages().stream().anyMatch(spoken::contains);
    }

    /** How many coordinators speak a language of the delegation; none at all places it last (no one is scarce for it). */
    private static long speakers(Unassigned delegation, Map<String, Set<String>> languages) {
        long speakers = languages.keySet().stream().filter(c -> speaks(c, delegation, languages)).count();
        return speakers == 0 ? Long.MAX_VALUE : speakers;
    }
}
