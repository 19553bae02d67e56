package org.cqfriendship.logistics.notification.programme;

import org.cqfriendship.logistics.notification.wording.SessionTitles;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The session titles alerts are worded with, kept from the itinerary-service's programme events
 * ({@code itinerary.sessions}) in the {@code sessions} collection. Wording reads them from memory:
 * the whole programme (a few dozen sessions) is read again at most once a {@value #REFRESH_SECONDS}
 * seconds, so that an instance that did not consume a session's event (the group shares the
 * partitions) learns of it within that time, and no alert costs a round trip for its titles.
 */
@Component
public class ProgrammeTitles implements SessionTitles {

    static final long REFRESH_SECONDS = 60;

    private final MongoTemplate mongo;
    private final Clock clock;
    private volatile Map<String, KnownSession> known = Map.of();
    private volatile Instant readAt = Instant.EPOCH;

    ProgrammeTitles(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    @Override
    public Optional<String> titleOf(String sessionId, Locale language) {
        KnownSession session = current().get(sessionId);
        return Optional.ofNullable(session).map(KnownSession::titles).map(titles -> titles.get(language.getLanguage()))
                .filter(title -> !title.isBlank());
    }

    /** Keeps a session's titles as published (an upsert: applying an event again changes nothing). */
    public void keep(String sessionId, String title, Map<String, String> titles) {
        mongo.upsert(Query.query(Criteria.where("_id").is(sessionId)), new Update().set("title", title).set("titles", titles),
                KnownSession.class);
        Map<String, KnownSession> next = new HashMap<>(known);
        next.put(sessionId, new KnownSession(sessionId, title, titles));
        known = Map.copyOf(next);
    }

    private Map<String, KnownSession> current() {
        Instant now = clock.instant();
        if (Duration.between(readAt, now).getSeconds() >= REFRESH_SECONDS) {
            Map<String, KnownSession> read = new HashMap<>();
            mongo.findAll(KnownSession.class).forEach(session -> read.put(session.id(), session));
            known = Map.copyOf(read);
            readAt = now;
        }
        return known;
    }
}
