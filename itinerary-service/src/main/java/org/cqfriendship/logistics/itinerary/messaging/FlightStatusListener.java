package org.cqfriendship.logistics.itinerary.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.cqfriendship.logistics.itinerary.planning.ItineraryService;
import org.cqfriendship.logistics.itinerary.planning.RosterChange;
import org.cqfriendship.logistics.support.events.CloudEvents;
import org.cqfriendship.logistics.support.events.PoisonEventException;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.util.Arrays;

/** Re-times pickups from flight and train status reports. */
@Component
class FlightStatusListener {

    private final ItineraryService itineraries;

    FlightStatusListener(ItineraryService itineraries) {
        this.itineraries = itineraries;
    }

    @KafkaListener(id = "itinerary-flight-status", groupId = "itinerary-service", topics = ItineraryTopics.FLIGHT_STATUS)
    void on(ConsumerRecord<String, Object> record) {
        CloudEvents.requireId(record);
        if (record.value() instanceof FlightStatusChanged report) {
            itineraries.applyFlightStatus(toDomain(report));
        }
    }

    private static RosterChange.FlightStatusChanged toDomain(FlightStatusChanged report) {
        if (report.flightNumber() == null || report.scheduledDate() == null || report.status() == null || report.reportedAt() == null) {
            throw new PoisonEventException("FlightStatusChanged needs flightNumber, scheduledDate, status and reportedAt");
        }
        RosterChange.FlightStatusChanged.Status status = Arrays.stream(RosterChange.FlightStatusChanged.Status.values())
                .filter(s -> s.name().equals(report.status())).findFirst()
                .orElseThrow(() -> new PoisonEventException("Unknown flight status " + report.status()));
        if ((status == RosterChange.FlightStatusChanged.Status.DELAYED || status == RosterChange.FlightStatusChanged.Status.RETIMED)
                && report.expectedAt() == null) {
            throw new PoisonEventException(status + " report for " + report.flightNumber() + " without expectedAt");
        }
        return new RosterChange.FlightStatusChanged(report.flightNumber(), report.scheduledDate(), status,
                report.expectedAt() == null ? null : report.expectedAt().toInstant(), report.reportedAt());
    }
}
