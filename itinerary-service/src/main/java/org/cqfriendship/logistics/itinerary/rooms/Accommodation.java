package org.cqfriendship.logistics.itinerary.rooms;

import org.cqfriendship.logistics.itinerary.planning.RoomBooking;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The hotels the conference has blocks of rooms in as first configured ({@code
 * itinerary.accommodation}): the store is seeded with them on the first start ({@link Hotels}),
 * and programme staff change them there.
 */
@ConfigurationProperties("itinerary.accommodation")
public record Accommodation(List<Hotel> hotels) {

    public Accommodation {
        hotels = hotels == null ? List.of() : hotels.stream().sorted(Comparator.comparingInt(Hotel::minutesToVenue)).toList();
    }

    /**
     * @param minutesToPort      drive from the hotel to each port (CKG, CQW), in minutes
     * @param reservationsEmail    where the hotel's rooming list goes (none: it is not sent)
     * @param reservationsLanguage the language the list is sent in (zh when not set)
     * @param illustrative         invented for the demonstration, not a contracted hotel
     */
    public record Hotel(String id, String name, String address, LocalTime checkIn, LocalTime checkOut, int minutesToVenue,
                        Map<String, Integer> minutesToPort, String reservationsEmail, String reservationsLanguage, boolean illustrative,
                        List<Block> blocks) {

        public Hotel {
            reservationsLanguage = reservationsLanguage == null ? "zh" : reservationsLanguage;
            checkIn = checkIn == null ? LocalTime.of(14, 0) : checkIn;
            checkOut = checkOut == null ? LocalTime.NOON : checkOut;
            minutesToPort = minutesToPort == null ? Map.of() : Map.copyOf(minutesToPort);
            blocks = blocks == null ? List.of() : List.copyOf(blocks);
        }

        /** How many rooms of the type the hotel holds for the conference on the night. */
        public int rooms(LocalDate night, RoomType type) {
            return blocks.stream().filter(b -> b.type() == type && b.covers(night)).mapToInt(Block::count).sum();
        }

        /** Whether a member of the role may have a room of the type (a block kept for some roles, such as suites for heads). */
        boolean mayHave(RoomType type, String role) {
            return blocks.stream().filter(b -> b.type() == type).allMatch(b -> b.mayHave(role));
        }

        RoomBooking.Hotel asBooked() {
            return new RoomBooking.Hotel(id, name, address, checkIn, checkOut, minutesToVenue, minutesToPort);
        }
    }

    /**
     * {@code count} rooms of a type for each night from {@code firstNight} to {@code lastNight}
     * (each the date the night begins); {@code forRoles}, when given, are the only roles that may
     * have them (suites for heads of delegation).
     */
    public record Block(@jakarta.validation.constraints.NotNull LocalDate firstNight, @jakarta.validation.constraints.NotNull LocalDate lastNight,
                        @jakarta.validation.constraints.NotNull RoomType type,
                        @jakarta.validation.constraints.Min(0) @jakarta.validation.constraints.Max(5_000) int count,
                        Set<@jakarta.validation.constraints.Pattern(regexp = "HEAD|MEMBER|INTERPRETER|SECURITY|MEDIA|STAFF") String> forRoles) {

        public Block {
            forRoles = forRoles == null ? Set.of() : Set.copyOf(forRoles);
        }

        boolean covers(LocalDate night) {
            return !night.isBefore(firstNight) && !night.isAfter(lastNight);
        }

        boolean mayHave(String role) {
            return forRoles.isEmpty() || forRoles.contains(role);
        }
    }
}
