package org.cqfriendship.logistics.itinerary.transfers;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The vehicles at each port, which take arrivals from it and departures to it, and how riders are
 * grouped ({@code itinerary.transfers}).
 *
 * @param window            arrivals at one port within this time of a trip's first arrival share its vehicle; so do
 *                          departures leaving one hotel (or the venue) within this time of the first
 * @param turnaround        after a trip leaves, how long until its vehicle is back for another
 * @param luggagePerPerson  pieces of luggage counted for each passenger (registration does not ask)
 * @param ports             port code → the vehicles waiting there
 */
@ConfigurationProperties("itinerary.transfers")
public record Fleet(@DefaultValue("45m") Duration window, @DefaultValue("2h") Duration turnaround,
                    @DefaultValue("2") int luggagePerPerson, Map<String, List<VehicleType>> ports) {

    /**
     * @param type       CAR, VAN, COACH …
     * @param seats      passengers
     * @param luggage    pieces of luggage
     * @param count      how many of them at the port
     * @param headsOnly  a dedicated car for one head of delegation (and their interpreters arriving with them)
     * @param accessible takes a passenger with an accessibility need (ramp or lift, space for a wheelchair)
     */
    public record VehicleType(String type, int seats, int luggage, int count, boolean headsOnly, boolean accessible) {
    }

    public Fleet {
        ports = ports == null ? Map.of() : Map.copyOf(ports);
    }

    List<VehicleType> at(String port) {
        return ports.getOrDefault(port, List.of());
    }
}
