package org.cqfriendship.logistics.itinerary.rooms;

import org.cqfriendship.logistics.itinerary.planning.RegisteredDelegation;
import org.cqfriendship.logistics.itinerary.planning.RegisteredDelegation.Traveller;
import org.cqfriendship.logistics.itinerary.planning.RoomBooking.Lodging;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Every hotel room of the conference, night by night, and who has it: the rules of who gets which
 * room, in memory. A room is a numbered place in the hotel's block of its type (SUITE 2); the
 * hotel gives its own number at check-in.
 *
 * <p>A delegation is booked as a whole: its members are taken out of their rooms, then given rooms
 * again, heads first, each keeping the room they had where it is still free. A head of delegation
 * prefers a suite, everyone else a single; rooms kept for some roles (suites for heads) go to
 * nobody else. Two members who asked to share (neither a head) share a double for all their
 * nights, when one is free; otherwise each has a room of their own. Nobody else shares. The
 * delegation stays in one hotel where all its members fit (the one most of them were in, else the
 * nearest to the venue); a member who does not fit there goes to the next hotel with a room, and a
 * night with no room anywhere is left unhoused.
 */
final class RoomPlan {

    /** One room on one night. */
    record Slot(String hotelId, LocalDate night, RoomType type, int number) {
    }

    /** Who has a room on a night, as the hotel's list names them. */
    record Occupant(String delegationId, String memberId, String name, String role, String locality) {
    }

    private final List<Accommodation.Hotel> hotels;
    /** One occupant a room, or two in a double two members share. */
    private final Map<Slot, List<Occupant>> taken = new HashMap<>();
    /** The same rooms by delegation, so that taking one delegation out costs its own rooms, not the conference's. */
    private final Map<String, List<Slot>> byDelegation = new HashMap<>();

    RoomPlan(List<Accommodation.Hotel> hotels) {
        this.hotels = hotels;
    }

    void take(Slot slot, Occupant occupant) {
        List<Occupant> in = taken.computeIfAbsent(slot, s -> new ArrayList<>());
        if (!in.isEmpty() && (slot.type() != RoomType.DOUBLE || in.size() > 1 || !in.get(0).delegationId().equals(occupant.delegationId()))) {
            throw new IllegalStateException(slot + " is taken twice: by " + in + " and " + occupant);
        }
        in.add(occupant);
        byDelegation.computeIfAbsent(occupant.delegationId(), d -> new ArrayList<>()).add(slot);
    }

    /** Takes the delegation's members out of their rooms, answering each member's rooms as they were. */
    Map<String, List<Slot>> release(String delegationId) {
        Map<String, List<Slot>> had = new HashMap<>();
        // A double two members share is listed once for each.
        for (Slot slot : new LinkedHashSet<>(byDelegation.getOrDefault(delegationId, List.of()))) {
            List<Occupant> in = taken.remove(slot);
            in.forEach(o -> had.computeIfAbsent(o.memberId(), m -> new ArrayList<>()).add(slot));
        }
        byDelegation.remove(delegationId);
        return had;
    }

    /** Gives the delegation's members rooms, as the rules above say; answers each member's lodging who asked for a night. */
    Map<String, Lodging> book(RegisteredDelegation delegation, Map<String, List<Slot>> had) {
        List<Traveller> guests = delegation.members().stream()
                .filter(m -> m.inPerson() && !m.stay().hotelNights().isEmpty())
                .sorted(Comparator.comparing((Traveller m) -> !m.head()).thenComparing(Traveller::memberId)).toList();
        Map<String, Traveller> partners = partners(guests);
        Optional<Accommodation.Hotel> together = together(guests, had);
        Map<String, Lodging> lodgings = new LinkedHashMap<>();
        for (Traveller guest : guests) {
            if (lodgings.containsKey(guest.memberId())) {
                continue;
            }
            Traveller partner = partners.get(guest.memberId());
            if (partner != null) {
                Optional<Map<String, Lodging>> shared = share(delegation, guest, partner, had, together);
                if (shared.isPresent()) {
                    lodgings.putAll(shared.get());
                    continue;
                }
            }
            lodgings.put(guest.memberId(), book(guest, occupant(delegation, guest), had.getOrDefault(guest.memberId(), List.of()), together));
        }
        return lodgings;
    }

    /**
     * The pairs who asked to share: a member names the other, who names them or nobody; then,
     * among those who asked to share with any member of their gender and named nobody, pairs in
     * order of their first night (then member id), so that those staying alike share and a replan
     * pairs them alike. Heads never share; one left without a pair has a room of their own.
     */
    private static Map<String, Traveller> partners(List<Traveller> guests) {
        Map<String, Traveller> byId = guests.stream().collect(Collectors.toMap(Traveller::memberId, g -> g));
        Map<String, Traveller> partners = new HashMap<>();
        for (Traveller guest : guests) {
            Traveller other = byId.get(guest.stay().roommateId());
            if (other == null || guest.head() || other.head() || other == guest || partners.containsKey(guest.memberId())
                    || partners.containsKey(other.memberId())
                    || (other.stay().roommateId() != null && !other.stay().roommateId().equals(guest.memberId()))) {
                continue;
            }
            partners.put(guest.memberId(), other);
            partners.put(other.memberId(), guest);
        }
        Set<String> named = guests.stream().map(g -> g.stay().roommateId()).filter(Objects::nonNull).collect(Collectors.toSet());
        Map<String, List<Traveller>> bySharing = guests.stream()
                .filter(g -> g.stay().sharesAs() != null && g.stay().roommateId() == null && !g.head()
                        && !partners.containsKey(g.memberId()) && !named.contains(g.memberId()))
                .sorted(Comparator.comparing((Traveller g) -> g.stay().hotelNights().get(0)).thenComparing(Traveller::memberId))
                .collect(Collectors.groupingBy(g -> g.stay().sharesAs(), TreeMap::new, Collectors.toList()));
        for (List<Traveller> alike : bySharing.values()) {
            for (int i = 0; i + 1 < alike.size(); i += 2) {
                partners.put(alike.get(i).memberId(), alike.get(i + 1));
                partners.put(alike.get(i + 1).memberId(), alike.get(i));
            }
        }
        return partners;
    }

    /** One double for the pair, for all the nights either stays (the one they had if still free); empty when none is free. */
    private Optional<Map<String, Lodging>> share(RegisteredDelegation delegation, Traveller guest, Traveller partner,
                                                 Map<String, List<Slot>> had, Optional<Accommodation.Hotel> together) {
        List<LocalDate> nights = Stream.concat(guest.stay().hotelNights().stream(), partner.stay().hotelNights().stream()).distinct()
                .sorted().toList();
        Optional<Slot> kept = had.getOrDefault(guest.memberId(), List.of()).stream().filter(s -> s.type() == RoomType.DOUBLE)
                .filter(s -> hotel(s.hotelId()).map(h -> nights.stream().allMatch(n -> available(h, new Slot(s.hotelId(), n, s.type(),
                        s.number())))).orElse(false)).findFirst();
        Optional<Slot> room = kept.or(() -> order(together).stream().flatMap(h -> freeFor(h, RoomType.DOUBLE, nights, s -> false).stream())
                .findFirst());
        if (room.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Lodging> lodgings = new LinkedHashMap<>();
        for (Traveller member : List.of(guest, partner)) {
            Traveller other = member == guest ? partner : guest;
            member.stay().hotelNights().forEach(n -> take(new Slot(room.get().hotelId(), n, RoomType.DOUBLE, room.get().number()),
                    occupant(delegation, member)));
            lodgings.put(member.memberId(), new Lodging(hotel(room.get().hotelId()).orElseThrow().asBooked(), RoomType.DOUBLE.name(),
                    room.get().number(), member.stay().hotelNights(), List.of(), other.name()));
        }
        return Optional.of(lodgings);
    }

    private static Occupant occupant(RegisteredDelegation delegation, Traveller guest) {
        return new Occupant(delegation.delegationId(), guest.memberId(), guest.name(), guest.role(), delegation.locality());
    }

    private Lodging book(Traveller guest, Occupant occupant, List<Slot> had, Optional<Accommodation.Hotel> together) {
        List<LocalDate> nights = guest.stay().hotelNights();
        // One room for the whole stay: the one they had if it is free, else the first free of their preferred types.
        Optional<Slot> kept = had.stream().filter(s -> hotel(s.hotelId()).map(h -> h.mayHave(s.type(), guest.role())
                && nights.stream().allMatch(n -> available(h, new Slot(s.hotelId(), n, s.type(), s.number())))).orElse(false)).findFirst();
        Optional<Slot> whole = kept.or(() -> order(together).stream().flatMap(h -> wholeStay(h, guest, nights, s -> false).stream()).findFirst());
        if (whole.isPresent()) {
            Slot room = whole.get();
            nights.forEach(n -> take(new Slot(room.hotelId(), n, room.type(), room.number()), occupant));
            return lodging(room.hotelId(), room.type(), room.number(), nights, List.of());
        }
        // No room free for every night: a room night by night, in the hotel of their first night, and the nights left unhoused.
        List<LocalDate> housed = new ArrayList<>();
        List<LocalDate> unhoused = new ArrayList<>();
        Slot first = null;
        for (LocalDate night : nights) {
            Optional<Slot> room = (first == null ? order(together).stream() : hotel(first.hotelId()).stream())
                    .flatMap(h -> freeOn(h, guest.role(), night).stream()).findFirst();
            if (room.isPresent()) {
                take(room.get(), occupant);
                housed.add(night);
                first = first == null ? room.get() : first;
            } else {
                unhoused.add(night);
            }
        }
        return first == null ? new Lodging(null, null, 0, List.of(), unhoused, null)
                : lodging(first.hotelId(), first.type(), first.number(), housed, unhoused);
    }

    /** The hotel the delegation stays in first, then the others nearest the venue first. */
    private List<Accommodation.Hotel> order(Optional<Accommodation.Hotel> together) {
        List<Accommodation.Hotel> order = new ArrayList<>();
        together.ifPresent(order::add);
        hotels.stream().filter(h -> together.map(t -> !t.id().equals(h.id())).orElse(true)).forEach(order::add);
        return order;
    }

    private Lodging lodging(String hotelId, RoomType type, int number, List<LocalDate> nights, List<LocalDate> unhoused) {
        return new Lodging(hotel(hotelId).orElseThrow().asBooked(), type.name(), number, nights, unhoused, null);
    }

    /** The hotel the delegation stays in together: where most of its guests were, if all still fit, else the nearest where they fit. */
    private Optional<Accommodation.Hotel> together(List<Traveller> guests, Map<String, List<Slot>> had) {
        Map<String, Long> was = had.values().stream().flatMap(Collection::stream)
                .collect(Collectors.groupingBy(Slot::hotelId, Collectors.counting()));
        List<Accommodation.Hotel> order = hotels.stream()
                .sorted(Comparator.comparing((Accommodation.Hotel h) -> -was.getOrDefault(h.id(), 0L))).toList();
        return order.stream().filter(h -> fitsAll(h, guests)).findFirst();
    }

    /** Whether every guest has a room of a type they may have, free on each of their nights, counting each other (alone). */
    private boolean fitsAll(Accommodation.Hotel hotel, List<Traveller> guests) {
        Map<Slot, Boolean> trial = new HashMap<>();
        for (Traveller guest : guests) {
            Optional<Slot> room = wholeStay(hotel, guest, guest.stay().hotelNights(), trial::containsKey);
            if (room.isEmpty()) {
                return false;
            }
            guest.stay().hotelNights().forEach(n -> trial.put(new Slot(hotel.id(), n, room.get().type(), room.get().number()), true));
        }
        return true;
    }

    /** The first room of the guest's preferred types free on all their nights (and not in {@code alsoTaken}). */
    private Optional<Slot> wholeStay(Accommodation.Hotel hotel, Traveller guest, List<LocalDate> nights, Predicate<Slot> alsoTaken) {
        return preferred(guest.role()).stream().filter(type -> hotel.mayHave(type, guest.role()))
                .flatMap(type -> freeFor(hotel, type, nights, alsoTaken).stream()).findFirst();
    }

    /** The first room of the type free on all these nights (and not in {@code alsoTaken}). */
    private Optional<Slot> freeFor(Accommodation.Hotel hotel, RoomType type, List<LocalDate> nights, Predicate<Slot> alsoTaken) {
        int most = nights.stream().mapToInt(n -> hotel.rooms(n, type)).max().orElse(0);
        return IntStream.rangeClosed(1, most).filter(number -> nights.stream().map(n -> new Slot(hotel.id(), n, type, number))
                        .allMatch(s -> available(hotel, s) && !alsoTaken.test(s)))
                .mapToObj(number -> new Slot(hotel.id(), nights.get(0), type, number)).findFirst();
    }

    private Optional<Slot> freeOn(Accommodation.Hotel hotel, String role, LocalDate night) {
        return preferred(role).stream().filter(type -> hotel.mayHave(type, role))
                .flatMap(type -> IntStream.rangeClosed(1, hotel.rooms(night, type)).mapToObj(n -> new Slot(hotel.id(), night, type, n)))
                .filter(this::free).findFirst();
    }

    private static List<RoomType> preferred(String role) {
        return "HEAD".equals(role) ? List.of(RoomType.SUITE, RoomType.SINGLE, RoomType.DOUBLE)
                : List.of(RoomType.SINGLE, RoomType.DOUBLE, RoomType.SUITE);
    }

    private boolean free(Slot slot) {
        return !taken.containsKey(slot);
    }

    /** A room the hotel holds on the night (its number within the night's count) that nobody has. */
    private boolean available(Accommodation.Hotel hotel, Slot slot) {
        return slot.number() <= hotel.rooms(slot.night(), slot.type()) && free(slot);
    }

    /** Whether a member of the role could now have a room on one of the nights they are without (a room freed since). */
    boolean couldHouse(String role, List<LocalDate> unhoused) {
        return unhoused.stream().anyMatch(night -> hotels.stream().anyMatch(h -> freeOn(h, role, night).isPresent()));
    }

    private Optional<Accommodation.Hotel> hotel(String id) {
        return hotels.stream().filter(h -> h.id().equals(id)).findFirst();
    }

    /** The hotel's rooms taken, night by night, one entry per occupant. */
    List<Map.Entry<Slot, Occupant>> takenAt(String hotelId) {
        return taken.entrySet().stream().filter(e -> e.getKey().hotelId().equals(hotelId))
                .flatMap(e -> e.getValue().stream().map(o -> Map.entry(e.getKey(), o))).toList();
    }

    /** Every room taken and by whom, for the checks of the rules. */
    Map<Slot, List<Occupant>> taken() {
        return Map.copyOf(taken);
    }
}
