package org.cqfriendship.logistics.itinerary.seats;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.cqfriendship.logistics.itinerary.seats.SeatBook.Holder;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Seat booking over any sequence of sign-ups, withdrawals and room changes: the rules, on the
 * whole-book model, and the stored ticket line ({@link SeatLine}) agreeing with that model.
 */
class SeatBookPropertiesTest {

    /** A delegation (0–5) now wants seats for these of its members (0–3), or the room now has this many seats. */
    record Step(int delegation, List<Integer> members, Integer newCapacity) {
    }

    @Provide
    Arbitrary<List<Step>> steps() {
        Arbitrary<Step> signup = Combinators.combine(Arbitraries.integers().between(0, 5),
                Arbitraries.integers().between(0, 3).set().ofMaxSize(4).map(s -> List.copyOf(new TreeSet<>(s))))
                .as((d, m) -> new Step(d, m, null));
        Arbitrary<Step> room = Arbitraries.integers().between(0, 8).map(c -> new Step(-1, List.of(), c));
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(6, signup), net.jqwik.api.Tuple.of(1, room)).list().ofMaxSize(40);
    }

    @Property
    void neverOverCapacityNobodyWaitsWhileASeatIsFreeAndEveryWantIsBookedOnce(@ForAll("steps") List<Step> steps,
                                                                              @ForAll @IntRange(min = 0, max = 8) int capacity) {
        SeatBook book = SeatBook.EMPTY;
        int seats = capacity;
        Map<String, List<String>> wants = new LinkedHashMap<>();
        for (Step step : steps) {
            if (step.newCapacity() != null) {
                seats = step.newCapacity();
                book = book.balanced(seats);
            } else {
                String delegation = "d" + step.delegation();
                List<String> members = step.members().stream().map(m -> delegation + "-m" + m).toList();
                wants.put(delegation, members);
                book = book.with(delegation, members, seats);
            }
            assertThat(book.seated().size()).isLessThanOrEqualTo(seats);
            if (!book.waiting().isEmpty()) {
                assertThat(book.seated()).as("the line only moves when the room is full").hasSize(seats);
            }
            List<Holder> everyone = new ArrayList<>(book.seated());
            everyone.addAll(book.waiting());
            assertThat(everyone).doesNotHaveDuplicates();
            Set<Holder> wanted = new HashSet<>();
            wants.forEach((d, members) -> members.forEach(m -> wanted.add(new Holder(d, m))));
            assertThat(new HashSet<>(everyone)).isEqualTo(wanted);
        }
    }

    @Property
    void aFreedSeatGoesToTheFirstInLine(@ForAll @IntRange(min = 1, max = 5) int capacity, @ForAll @IntRange(min = 1, max = 5) int waiting) {
        SeatBook book = SeatBook.EMPTY;
        for (int i = 0; i < capacity + waiting; i++) {
            book = book.with("d" + i, List.of("m" + i), capacity);
        }
        Holder first = book.waiting().get(0);
        Holder leaving = book.seated().get(0);

        SeatBook after = book.with(leaving.delegationId(), List.of(), capacity);

        assertThat(after.seated()).contains(first).doesNotContain(leaving);
        assertThat(after.waiting()).hasSize(waiting - 1);
        assertThat(after.delegationsChangedFrom(book, leaving.delegationId())).containsExactly(first.delegationId());
    }

    @Property
    void aSmallerRoomSendsTheLastSeatedBackToTheHeadOfTheLine(@ForAll @IntRange(min = 2, max = 6) int capacity) {
        SeatBook book = SeatBook.EMPTY;
        for (int i = 0; i <= capacity; i++) {
            book = book.with("d" + i, List.of("m" + i), capacity);
        }
        Holder lastSeated = book.seated().get(capacity - 1);

        SeatBook after = book.balanced(capacity - 1);

        assertThat(after.waiting().get(0)).isEqualTo(lastSeated);
        assertThat(after.delegationsChangedFrom(book, null)).containsExactly(lastSeated.delegationId());
    }

    @Property
    void theTicketLineSeatsAndQueuesExactlyAsTheWholeBookAndNamesTheSameDelegations(@ForAll("steps") List<Step> steps,
                                                                                     @ForAll @IntRange(min = 0, max = 8) int capacity) {
        SeatBook book = SeatBook.EMPTY;
        SeatLine line = SeatLine.EMPTY;
        Map<Long, SeatLine.Holder> live = new TreeMap<>();
        Map<String, Map<String, Long>> held = new HashMap<>();
        int seats = capacity;
        for (Step step : steps) {
            SeatBook before = book;
            Set<String> moved;
            String changedBy = null;
            if (step.newCapacity() != null) {
                seats = step.newCapacity();
                book = book.balanced(seats);
                SeatLine.Balanced balanced = line.balanced(seats, live::get);
                line = balanced.line();
                moved = balanced.moved();
            } else {
                changedBy = "d" + step.delegation();
                List<String> members = step.members().stream().map(m -> "m" + m).toList();
                book = book.with(changedBy, members, seats);
                SeatLine.Booking booking = line.book(changedBy, held.getOrDefault(changedBy, Map.of()), members, seats, live::get);
                live.putAll(booking.issuedNow());
                booking.givenUp().forEach(live::remove);
                held.put(changedBy, booking.tickets());
                line = booking.line();
                moved = booking.moved();
            }
            SeatLine current = line;
            List<Holder> seated = live.entrySet().stream().filter(t -> current.seats(t.getKey())).map(t -> asBook(t.getValue())).toList();
            List<Holder> waiting = live.entrySet().stream().filter(t -> !current.seats(t.getKey())).map(t -> asBook(t.getValue())).toList();
            assertThat(new HashSet<>(seated)).isEqualTo(new HashSet<>(book.seated()));
            assertThat(waiting).isEqualTo(book.waiting());
            assertThat(line.seated()).isEqualTo(book.seated().size());
            assertThat(moved).isEqualTo(book.delegationsChangedFrom(before, changedBy));
        }
    }

    private static Holder asBook(SeatLine.Holder holder) {
        return new Holder(holder.delegationId(), holder.memberId());
    }
}
