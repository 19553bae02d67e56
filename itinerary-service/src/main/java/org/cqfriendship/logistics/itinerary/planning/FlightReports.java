package org.cqfriendship.logistics.itinerary.planning;

import org.cqfriendship.logistics.support.config.ConferenceTime;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The latest status report of each flight or train (per scheduled date), kept so that a delegation
 * registered, or re-booked onto a flight, after its delay was reported plans with the delay too,
 * and so that replaying the topics in any order gives the same itineraries.
 */
@Component
class FlightReports {

    @Document("flight_reports")
    record Report(@Id String id, String service, LocalDate scheduledDate, RosterChange.FlightStatusChanged.Status status,
                  Instant expectedAt, Instant reportedAt) {

        RosterChange.FlightStatusChanged change() {
            return new RosterChange.FlightStatusChanged(service, scheduledDate, status, expectedAt, reportedAt);
        }
    }

    private final MongoTemplate mongo;

    FlightReports(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Keeps the report unless a newer one of that flight and date is kept already. */
    void keep(RosterChange.FlightStatusChanged report) {
        String id = idOf(report.service(), report.scheduledDate());
        Report current = mongo.findById(id, Report.class);
        if (current == null || report.reportedAt().isAfter(current.reportedAt())) {
            mongo.save(new Report(id, report.service(), report.scheduledDate(), report.status(), report.expectedAt(), report.reportedAt()));
        }
    }

    /** The kept reports of every flight and train these delegations' members arrive or leave on, read with one query. */
    Kept of(Collection<RegisteredDelegation> delegations) {
        Set<String> ids = new HashSet<>();
        delegations.stream().flatMap(delegation -> delegation.members().stream()).forEach(m -> {
            if (m.arrival() != null && m.arrival().service() != null) {
                ids.add(idOf(m.arrival().service(), m.arrival().at().atZone(ConferenceTime.ZONE).toLocalDate()));
            }
            if (m.departsAt() != null && m.stay().departureService() != null) {
                ids.add(idOf(m.stay().departureService(), m.departsAt().atZone(ConferenceTime.ZONE).toLocalDate()));
            }
        });
        List<Report> reports = ids.isEmpty() ? List.of() : mongo.find(Query.query(Criteria.where("_id").in(ids)), Report.class);
        return new Kept(reports);
    }

    /** Reports read once, applied to any delegation whose flights they cover (older ones change nothing). */
    record Kept(List<Report> reports) {

        RegisteredDelegation applyTo(RegisteredDelegation delegation) {
            RegisteredDelegation reported = delegation;
            for (Report report : reports) {
                reported = report.change().applyTo(reported);
            }
            return reported;
        }
    }

    private static String idOf(String service, LocalDate scheduledDate) {
        return service + ":" + scheduledDate;
    }
}
