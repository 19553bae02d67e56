package org.cqfriendship.logistics.accreditation.programme;

import org.jspecify.annotations.Nullable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What accreditation knows of the programme and the flights: each session's times (for its
 * door's no-shows) and each flight's last status (for the board). Each write sets what it is
 * told, so telling it again changes nothing.
 */
@Component
public class ProgrammeFacts {

    private final MongoTemplate mongo;

    ProgrammeFacts(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public void scheduled(String sessionId, String title, Instant startsAt, Instant endsAt, String venue) {
        mongo.upsert(byId(sessionId), new Update().set("title", title).set("startsAt", startsAt).set("endsAt", endsAt)
                .set("venue", venue).set("cancelled", false), Session.class);
    }

    public void cancelled(String sessionId) {
        mongo.upsert(byId(sessionId), new Update().set("cancelled", true), Session.class);
    }

    public void flightStatus(String number, LocalDate scheduledDate, String status, @Nullable Instant expectedAt) {
        mongo.save(new FlightStatus(FlightStatus.idOf(number, scheduledDate), status, expectedAt));
    }

    private static Query byId(String id) {
        return Query.query(Criteria.where("_id").is(id));
    }
}
