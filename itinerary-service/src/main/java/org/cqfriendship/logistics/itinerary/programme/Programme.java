package org.cqfriendship.logistics.itinerary.programme;

import java.util.List;
import java.util.Optional;

/** The conference programme as planning sees it: the sessions that take place (cancelled ones do not). */
public interface Programme {

    Optional<Session> session(String id);

    /** This programme as it is now, read once (a stored programme is otherwise read at each look-up). */
    default Programme snapshot() {
        return this;
    }

    /** A fixed programme, for planning without the store (tests, benchmarks). */
    static Programme of(List<Session> sessions) {
        return id -> sessions.stream().filter(s -> s.id().equals(id)).findFirst();
    }
}
