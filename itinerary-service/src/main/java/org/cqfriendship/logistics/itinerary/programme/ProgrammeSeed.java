package org.cqfriendship.logistics.itinerary.programme;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.List;

/** The programme configured under {@code itinerary.programme}, stored once when the store has none. */
@ConfigurationProperties("itinerary.programme")
public record ProgrammeSeed(List<Session> sessions) {

    public ProgrammeSeed {
        sessions = sessions == null ? List.of() : List.copyOf(sessions);
    }
}
