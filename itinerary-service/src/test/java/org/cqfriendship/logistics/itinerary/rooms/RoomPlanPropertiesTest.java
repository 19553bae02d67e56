package org.cqfriendship.logistics.itinerary.rooms;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.cqfriendship.logistics.itinerary.planning.Needs;
import org.cqfriendship.logistics.itinerary.planning.RegisteredDelegation;
import org.cqfriendship.logistics.itinerary.planning.RegisteredDelegation.Stay;
import org.cqfriendship.logistics.itinerary.planning.RegisteredDelegation.Traveller;
import org.cqfriendship.logistics.itinerary.planning.RoomBooking.Lodging;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Room booking over any delegations asking for any nights and any roommates, booked in any order,
 * some of them booked again with other nights or fewer members: no room is ever given twice (but
 * to a pair who asked to share a double, by name or as two of one gender), no block holds more than its count, rooms kept for heads
 * go to nobody else, and every night asked for has exactly one room or is left unhoused.
 */
class RoomPlanPropertiesTest {

    static final LocalDate FIRST = LocalDate.parse("2026-05-18");
    static final List<Accommodation.Hotel> HOTELS = List.of(
            hotel("near", 10, block(RoomType.SUITE, 2, Set.of("HEAD")), block(RoomType.SINGLE, 6, Set.of()), block(RoomType.DOUBLE, 2, Set.of())),
            hotel("far", 30, block(RoomType.SINGLE, 4, Set.of())));

    static Accommodation.Hotel hotel(String id, int minutes, Accommodation.Block... blocks) {
        return new Accommodation.Hotel(id, id + " hotel", id + " street", LocalTime.of(14, 0), LocalTime.NOON, minutes, Map.of("CKG", 30),
                null, null, true, List.of(blocks));
    }

    static Accommodation.Block block(RoomType type, int count, Set<String> roles) {
        return new Accommodation.Block(FIRST, FIRST.plusDays(4), type, count, roles);
    }

    /**
     * A member: head or not, first night (day 0–5, so some fall outside the blocks), how many nights
     * (0–4), the member of the delegation they ask to share with (by position; none when out of range),
     * and whether they share with any member of their gender (0: no, 1: women, 2: men).
     */
    record Guest(boolean head, int from, int nights, int shareWith, int sharesAs) {
    }

    @Provide
    Arbitrary<List<List<Guest>>> delegations() {
        Arbitrary<Guest> guest = Combinators.combine(Arbitraries.of(true, false, false, false), Arbitraries.integers().between(0, 5),
                Arbitraries.integers().between(0, 4), Arbitraries.integers().between(0, 9), Arbitraries.integers().between(0, 2))
                .as(Guest::new);
        return guest.list().ofMinSize(1).ofMaxSize(6).list().ofMinSize(1).ofMaxSize(8);
    }

    static RegisteredDelegation delegation(int d, List<Guest> guests) {
        List<Traveller> members = new ArrayList<>();
        for (int i = 0; i < guests.size(); i++) {
            Guest g = guests.get(i);
            List<LocalDate> nights = IntStream.range(0, g.nights()).mapToObj(n -> FIRST.plusDays(g.from() + n)).toList();
            String roommate = g.shareWith() < guests.size() && g.shareWith() != i ? "d" + d + "-m" + g.shareWith() : null;
            members.add(new Traveller("d" + d + "-m" + i, g.head() ? "HEAD" : "MEMBER", "P" + i, null, List.of(), null, null,
                    Needs.NONE, new Stay(nights, null, null, null).sharing(roommate, g.sharesAs() == 0 ? null : List.of("WOMAN", "MAN").get(g.sharesAs() - 1))));
        }
        return new RegisteredDelegation("d" + d, "L" + d, null, members);
    }

    @Property
    void noRoomTwiceNoBlockOverfullEveryNightOnceOrUnhoused(@ForAll("delegations") List<List<Guest>> first,
                                                           @ForAll("delegations") List<List<Guest>> again) {
        RoomPlan plan = new RoomPlan(HOTELS);
        Map<String, RegisteredDelegation> now = new LinkedHashMap<>();
        Map<String, Map<String, Lodging>> lodgings = new HashMap<>();
        List<RegisteredDelegation> bookings = new ArrayList<>();
        for (int d = 0; d < first.size(); d++) {
            bookings.add(delegation(d, first.get(d)));
        }
        // Then some change: other nights, members withdrawn (a shorter list), in another order.
        for (int d = again.size() - 1; d >= 0; d--) {
            bookings.add(delegation(d, again.get(d)));
        }
        for (RegisteredDelegation delegation : bookings) {
            lodgings.put(delegation.delegationId(), plan.book(delegation, plan.release(delegation.delegationId())));
            now.put(delegation.delegationId(), delegation);
            assertRules(plan, now, lodgings);
        }
    }

    private static void assertRules(RoomPlan plan, Map<String, RegisteredDelegation> now, Map<String, Map<String, Lodging>> lodgings) {
        Map<RoomPlan.Slot, List<RoomPlan.Occupant>> rooms = plan.taken();
        Map<String, String> roommateAsked = new HashMap<>();
        Map<String, String> sharesAs = new HashMap<>();
        now.values().forEach(d -> d.members().forEach(m -> {
            roommateAsked.put(m.memberId(), m.stay().roommateId());
            sharesAs.put(m.memberId(), m.stay().roommateId() == null ? m.stay().sharesAs() : null);
        }));
        // One guest a room, but for a double two members of a delegation share, one of whom asked for the other or both of whom
        // asked for any member of their gender, neither a head.
        rooms.forEach((slot, in) -> {
            assertThat(in).isNotEmpty().hasSizeLessThanOrEqualTo(2);
            if (in.size() == 2) {
                assertThat(slot.type()).isEqualTo(RoomType.DOUBLE);
                assertThat(in.get(0).delegationId()).isEqualTo(in.get(1).delegationId());
                String gender = sharesAs.get(in.get(0).memberId());
                assertThat(in.get(0).memberId().equals(roommateAsked.get(in.get(1).memberId()))
                        || in.get(1).memberId().equals(roommateAsked.get(in.get(0).memberId()))
                        || (gender != null && gender.equals(sharesAs.get(in.get(1).memberId())))).isTrue();
                assertThat(in).noneMatch(o -> "HEAD".equals(o.role()));
            }
        });
        List<Map.Entry<RoomPlan.Slot, RoomPlan.Occupant>> taken = rooms.entrySet().stream()
                .flatMap(e -> e.getValue().stream().map(o -> Map.entry(e.getKey(), o))).toList();
        // Never more rooms of a type on a night than the block holds, and never a number beyond it.
        for (Accommodation.Hotel hotel : HOTELS) {
            for (RoomType type : RoomType.values()) {
                for (int day = 0; day < 10; day++) {
                    LocalDate night = FIRST.plusDays(day);
                    List<RoomPlan.Slot> slots = rooms.keySet().stream()
                            .filter(s -> s.hotelId().equals(hotel.id()) && s.type() == type && s.night().equals(night)).toList();
                    assertThat(slots.size()).isLessThanOrEqualTo(hotel.rooms(night, type));
                    slots.forEach(s -> assertThat(s.number()).isBetween(1, hotel.rooms(night, type)));
                }
            }
        }
        // Suites kept for heads hold heads only.
        Map<String, String> roles = new HashMap<>();
        now.values().forEach(d -> d.members().forEach(m -> roles.put(m.memberId(), m.role())));
        taken.forEach(e -> {
            if (e.getKey().type() == RoomType.SUITE) {
                assertThat(roles.get(e.getValue().memberId())).isEqualTo("HEAD");
            }
        });
        // Each member's night: exactly one room, or unhoused; nobody has a room they did not ask for.
        Map<String, List<LocalDate>> roomNights = taken.stream().collect(Collectors.groupingBy(e -> e.getValue().memberId(),
                Collectors.mapping(e -> e.getKey().night(), Collectors.toList())));
        for (RegisteredDelegation d : now.values()) {
            for (Traveller m : d.members()) {
                List<LocalDate> asked = m.stay().hotelNights();
                List<LocalDate> housed = roomNights.getOrDefault(m.memberId(), List.of());
                assertThat(housed).doesNotHaveDuplicates();
                Lodging lodging = lodgings.get(d.delegationId()).get(m.memberId());
                List<LocalDate> unhoused = lodging == null ? List.of() : lodging.unhoused();
                List<LocalDate> accounted = new ArrayList<>(housed);
                accounted.addAll(unhoused);
                assertThat(accounted).containsExactlyInAnyOrderElementsOf(asked);
                if (lodging != null) {
                    assertThat(lodging.nights()).containsExactlyInAnyOrderElementsOf(housed);
                }
            }
        }
        // Nobody who is no longer a member keeps a room.
        Set<String> members = roles.keySet();
        assertThat(taken).allMatch(e -> members.contains(e.getValue().memberId()));
    }
}
