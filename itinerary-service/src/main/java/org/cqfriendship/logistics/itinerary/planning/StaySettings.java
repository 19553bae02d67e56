package org.cqfriendship.logistics.itinerary.planning;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;
import java.util.Map;
import java.util.Set;

/**
 * Where delegates go from the port, and how early they leave for their departure ({@code itinerary.stay}).
 *
 * @param venue               the main venue, where a party goes straight from the port when only that makes its first session
 * @param venueMinutesFromPort the drive from each port (CKG, CQW) to the venue, in minutes
 * @param internationalFlight how long before an international flight the party must be at the airport
 * @param domesticFlight      … before a domestic flight (a departure flight's destination is not asked, so flights count as
 *                            international unless the departure's service is listed in {@code domesticServices})
 * @param train               … before a train
 */
@ConfigurationProperties("itinerary.stay")
public record StaySettings(String venue, Map<String, Integer> venueMinutesFromPort, Duration internationalFlight,
                           Duration domesticFlight, Duration train, Set<String> domesticServices) {

    public static final StaySettings DEFAULTS = new StaySettings(null, null, null, null, null, null);
    private static final int UNKNOWN_PORT_MINUTES = 45;

    public StaySettings {
        venueMinutesFromPort = venueMinutesFromPort == null ? Map.of() : Map.copyOf(venueMinutesFromPort);
        internationalFlight = internationalFlight == null ? Duration.ofMinutes(120) : internationalFlight;
        domesticFlight = domesticFlight == null ? Duration.ofMinutes(60) : domesticFlight;
        train = train == null ? Duration.ofMinutes(30) : train;
        domesticServices = domesticServices == null ? Set.of() : Set.copyOf(domesticServices);
    }

    /** The venue's name as set (the English "the venue" if none). */
    String venueName() {
        return venue == null ? "the venue" : venue;
    }

    int venueMinutesFrom(String port) {
        return venueMinutesFromPort.getOrDefault(port, UNKNOWN_PORT_MINUTES);
    }

    /** How long before the departure the party must be at the port (none for a journey by road, which leaves from the hotel). */
    Duration atPortBefore(String mode, String service) {
        if ("RAIL".equals(mode)) {
            return train;
        }
        return service != null && domesticServices.contains(service) ? domesticFlight : internationalFlight;
    }
}
