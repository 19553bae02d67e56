package org.cqfriendship.logistics.registration.desk;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.cqfriendship.logistics.registration.desk.AssignmentSuggestion.Unassigned;
import org.junit.jupiter.api.Test;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every delegation gets a coordinator, loads stay within one of even, and speakers get their languages first. */
class AssignmentSuggestionTest {

    private static final List<String> LANGUAGES = List.of("ru", "en", "fr", "es", "zh", "lo", "uz");

    /** Coordinators (with their languages) and delegations to place. */
    record Desk(Map<String, Set<String>> coordinators, List<Unassigned> delegations) {
    }

    @Provide
    Arbitrary<Desk> desks() {
        Arbitrary<Set<String>> spoken = Arbitraries.of(LANGUAGES).set().ofMinSize(0).ofMaxSize(3);
        Arbitrary<Map<String, Set<String>>> coordinators = spoken.list().ofMinSize(1).ofMaxSize(8)
                .map(list -> IntStream.range(0, list.size()).boxed().collect(Collectors.toMap(i -> "coord-" + i, list::get)));
        Arbitrary<Unassigned> delegation = Combinators.combine(Arbitraries.strings().alpha().ofLength(8), Arbitraries.integers().between(1, 30),
                Arbitraries.of(LANGUAGES).set().ofMinSize(0).ofMaxSize(2)).as(Unassigned::new);
        Arbitrary<List<Unassigned>> delegations = delegation.list().ofMaxSize(60).uniqueElements(Unassigned::delegationId);
        return Combinators.combine(coordinators, delegations).as(Desk::new);
    }

    @Property
    void everyDelegationGetsOneOfTheCoordinatorsAndLoadsStayWithinOneOfEven(@ForAll("desks") Desk desk) {
        Map<String, Integer> empty = desk.coordinators().keySet().stream().collect(Collectors.toMap(c -> c, c -> 0));

        Map<String, String> suggested = AssignmentSuggestion.suggest(desk.delegations(), empty, desk.coordinators());

        assertThat(suggested.keySet()).containsExactlyElementsOf(desk.delegations().stream().map(Unassigned::delegationId).toList());
        assertThat(suggested.values()).allSatisfy(c -> assertThat(desk.coordinators()).containsKey(c));
        Map<String, Integer> counts = new HashMap<>(empty);
        suggested.values().forEach(c -> counts.merge(c, 1, Integer::sum));
        assertThat(Collections.max(counts.values()) - Collections.min(counts.values())).isLessThanOrEqualTo(1);
    }

    @Property
    void aSuggestionNeverWidensTheSpreadOfExistingLoadsBeyondOne(@ForAll("desks") Desk desk, @ForAll("loads") List<Integer> loads) {
        List<String> ids = desk.coordinators().keySet().stream().sorted().toList();
        Map<String, Integer> now = new HashMap<>();
        IntStream.range(0, ids.size()).forEach(i -> now.put(ids.get(i), loads.get(i % loads.size())));
        int spreadBefore = Collections.max(now.values()) - Collections.min(now.values());

        Map<String, String> suggested = AssignmentSuggestion.suggest(desk.delegations(), now, desk.coordinators());

        Map<String, Integer> after = new HashMap<>(now);
        suggested.values().forEach(c -> after.merge(c, 1, Integer::sum));
        assertThat(Collections.max(after.values()) - Collections.min(after.values())).isLessThanOrEqualTo(Math.max(spreadBefore, 1));
    }

    @Provide
    Arbitrary<List<Integer>> loads() {
        return Arbitraries.integers().between(0, 12).list().ofMinSize(1).ofMaxSize(8);
    }

    @Property
    void whenEveryCoordinatorIsEquallyFreeAndOneSpeaksADelegationsLanguageItGoesToASpeaker(@ForAll("desks") Desk desk) {
        Map<String, Integer> empty = desk.coordinators().keySet().stream().collect(Collectors.toMap(c -> c, c -> 0));
        List<Unassigned> one = desk.delegations().stream().limit(1).toList();

        Map<String, String> suggested = AssignmentSuggestion.suggest(one, empty, desk.coordinators());

        one.forEach(d -> {
            boolean anySpeaker = desk.coordinators().keySet().stream().anyMatch(c -> AssignmentSuggestion.speaks(c, d, desk.coordinators()));
            assertThat(AssignmentSuggestion.speaks(suggested.get(d.delegationId()), d, desk.coordinators())).isEqualTo(anySpeaker);
        });
    }

    @Test
    void theRussianSpeakerGetsTheBelarusianAndUzbekDelegations() {
        Map<String, Set<String>> coordinators = Map.of("coord-chen", Set.of("ru", "zh"), "coord-li", Set.of("zh", "en"),
                "coord-wang", Set.of("zh", "fr"));
        List<Unassigned> delegations = List.of(new Unassigned("minsk", 6, Set.of("ru", "be")), new Unassigned("pest", 4, Set.of("hu", "en")),
                new Unassigned("jizzakh", 5, Set.of("uz", "ru")), new Unassigned("ndjamena", 3, Set.of("fr", "ar")),
                new Unassigned("gauteng", 4, Set.of("en", "zu")), new Unassigned("luang-prabang", 5, Set.of("lo")));

        Map<String, String> suggested = AssignmentSuggestion.suggest(delegations,
                Map.of("coord-chen", 0, "coord-li", 0, "coord-wang", 0), coordinators);

        assertThat(suggested).containsEntry("minsk", "coord-chen").containsEntry("jizzakh", "coord-chen")
                .containsEntry("ndjamena", "coord-wang");
        assertThat(List.of(suggested.get("pest"), suggested.get("gauteng"))).contains("coord-li");
    }
}
