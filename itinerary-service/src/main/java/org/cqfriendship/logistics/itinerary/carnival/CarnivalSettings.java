package org.cqfriendship.logistics.itinerary.carnival;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.util.List;

/**
 * The food carnival's stalls ({@code itinerary.carnival}).
 *
 * @param carnival     the programme's session of the carnival (the key of its events)
 * @param pitches      how many numbered pitches the carnival's map has
 * @param slots        the programme's stall slots (sessions) a stall may serve in, in order
 * @param setUpMinutes how long before its slot a stall's staff set up
 */
@ConfigurationProperties("itinerary.carnival")
public record CarnivalSettings(@DefaultValue("food-carnival") String carnival, @DefaultValue("20") int pitches, List<String> slots,
                               @DefaultValue("60") int setUpMinutes) {

    public CarnivalSettings {
        slots = slots == null ? List.of() : List.copyOf(slots);
    }
}
