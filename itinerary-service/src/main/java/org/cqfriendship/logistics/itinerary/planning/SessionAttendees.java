package org.cqfriendship.logistics.itinerary.planning;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Who is signed up for a session in person (video-link speakers take no seat and eat no meal),
 * read from the itineraries as they are now: the counts built on it are live, recomputed from the
 * latest registration and programme on every read.
 */
@Component
public class SessionAttendees {

    /** One member at a session, with the delegation they come with. */
    public record Attendee(String delegationId, String locality, RegisteredDelegation.Traveller member) {

        /** How the kitchen and the interpreters' desk name them: "Test Delegate (Luang Prabang Province)". */
        public String label() {
            return member.name() + " (" + locality + ")";
        }
    }

    private final MongoTemplate mongo;

    SessionAttendees(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** The in-person attendees of one session, by delegation and then in registration order. */
    public List<Attendee> of(String sessionId) {
        List<Attendee> attendees = new ArrayList<>();
        try (var itineraries = mongo.stream(Query.query(Criteria.where("roster.attends").is(sessionId)), Itinerary.class)) {
            itineraries.forEach(itinerary -> collect(itinerary, sessionId, attendees));
        }
        return attendees;
    }

    /** The in-person attendees of every session, in one pass over the itineraries. */
    public Map<String, List<Attendee>> bySession() {
        Map<String, List<Attendee>> all = new HashMap<>();
        try (var itineraries = mongo.stream(new Query(), Itinerary.class)) {
            itineraries.forEach(itinerary -> itinerary.roster().stream().filter(RegisteredDelegation.Traveller::inPerson)
                    .forEach(member -> member.attends().forEach(session -> all.computeIfAbsent(session, s -> new ArrayList<>())
                            .add(new Attendee(itinerary.delegationId(), itinerary.locality(), member)))));
        }
        return all;
    }

    /** One sign-up as the itineraries have it: a seat at the session, or a place on its waiting list. */
    public record SignUp(String sessionId, String delegationId, String locality, String name, boolean waiting) {
    }

    /** Every sign-up for a session in person, from the itineraries as they are now, in one pass. */
    public List<SignUp> signUps() {
        List<SignUp> signUps = new ArrayList<>();
        try (var itineraries = mongo.stream(new Query(), Itinerary.class)) {
            itineraries.forEach(itinerary -> itinerary.entries().stream().filter(e -> e.kind() == ItineraryEntry.Kind.SESSION)
                    .forEach(entry -> {
                        String sessionId = entry.facts() != null ? entry.facts().sessionId()
                                : entry.entryId().substring("session-".length());
                        entry.memberNames().forEach(name -> signUps.add(new SignUp(sessionId, itinerary.delegationId(), itinerary.locality(),
                                name, false)));
                        entry.waiting().forEach(name -> signUps.add(new SignUp(sessionId, itinerary.delegationId(), itinerary.locality(),
                                name, true)));
                    }));
        }
        return signUps;
    }

    private static void collect(Itinerary itinerary, String sessionId, List<Attendee> into) {
        itinerary.roster().stream().filter(m -> m.inPerson() && m.attends().contains(sessionId))
                .forEach(m -> into.add(new Attendee(itinerary.delegationId(), itinerary.locality(), m)));
    }
}
