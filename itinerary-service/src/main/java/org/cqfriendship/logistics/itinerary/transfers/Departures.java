package org.cqfriendship.logistics.itinerary.transfers;

import org.cqfriendship.logistics.itinerary.planning.Itinerary;
import org.cqfriendship.logistics.itinerary.planning.ItineraryEntry;
import org.cqfriendship.logistics.itinerary.programme.Session;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The other direction of the manifests: each day's drop-offs, per port, from the itineraries'
 * planned drop-offs (one query for the itineraries with a drop-off that day). A drop-off has a
 * time, the hotel it leaves from and the party; no vehicle is booked for it yet, which the page
 * says once per port.
 */
@Service
public class Departures {

    private final MongoTemplate mongo;

    Departures(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** One port's drop-offs on a day, by the time they leave. */
    public record PortDepartures(String port, LocalDate day, List<DropOff> dropOffs) {
    }

    /**
     * A party's drop-off: when it leaves the hotel ({@code from}; the venue for those without a
     * room), when it must be at the port, for which flight or train, and who rides.
     */
    public record DropOff(String delegationId, String locality, OffsetDateTime leavesAt, OffsetDateTime atPort, String from,
                          String service, Integer minutes, List<String> riders) {
    }

    public List<PortDepartures> on(LocalDate day) {
        Instant from = day.atStartOfDay(Session.CONFERENCE_ZONE).toInstant();
        Instant until = day.plusDays(1).atStartOfDay(Session.CONFERENCE_ZONE).toInstant();
        Query leaving = Query.query(Criteria.where("entries").elemMatch(Criteria.where("kind").is(ItineraryEntry.Kind.DROP_OFF.name())
                .and("startsAt").gte(from).lt(until)));
        Map<String, List<DropOff>> byPort = new TreeMap<>();
        for (Itinerary itinerary : mongo.find(leaving, Itinerary.class)) {
            for (ItineraryEntry entry : itinerary.entries()) {
                if (entry.kind() != ItineraryEntry.Kind.DROP_OFF || entry.startsAt().isBefore(from) || !entry.startsAt().isBefore(until)) {
                    continue;
                }
                var facts = entry.facts();
                byPort.computeIfAbsent(facts.port(), p -> new ArrayList<>()).add(new DropOff(itinerary.delegationId(),
                        itinerary.locality(), local(entry.startsAt()), local(entry.endsAt()), entry.place(), facts.service(),
                        facts.minutes(), entry.memberNames()));
            }
        }
        List<PortDepartures> departures = new ArrayList<>();
        byPort.forEach((port, dropOffs) -> departures.add(new PortDepartures(port, day, dropOffs.stream()
                .sorted(Comparator.comparing(DropOff::leavesAt).thenComparing(DropOff::locality)).toList())));
        return departures;
    }

    private static OffsetDateTime local(Instant instant) {
        return instant == null ? null : instant.atZone(Session.CONFERENCE_ZONE).toOffsetDateTime();
    }
}
