package org.cqfriendship.logistics.itinerary.programme;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.List;
import java.util.Optional;

/** The conference programme, as configured under {@code itinerary.programme}. */
@ConfigurationProperties("itinerary.programme")
public record Programme(List<Session> sessions) {

    public Programme {
        sessions = sessions == null ? List.of() : List.copyOf(sessions);
    }

    public Optional<Session> session(String id) {
        return sessions.stream().filter(s -> s.id().equals(id)).findFirst();
    }
}
