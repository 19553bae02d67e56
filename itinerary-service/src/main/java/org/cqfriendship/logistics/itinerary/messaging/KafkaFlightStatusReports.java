package org.cqfriendship.logistics.itinerary.messaging;

import org.cqfriendship.logistics.itinerary.flights.FlightReport;
import org.cqfriendship.logistics.itinerary.flights.FlightStatusReports;
import org.cqfriendship.logistics.itinerary.programme.Session;
import org.cqfriendship.logistics.support.config.ConferenceTime;
import org.cqfriendship.logistics.support.events.CloudEvents;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Publishes staff's flight-status reports to {@code operations.flight-status} as {@code FlightStatusChanged}. */
@Component
class KafkaFlightStatusReports implements FlightStatusReports {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final KafkaTemplate<String, byte[]> kafka;
    private final Clock clock;

    KafkaFlightStatusReports(KafkaTemplate<String, byte[]> kafka, Clock clock) {
        this.kafka = kafka;
        this.clock = clock;
    }

    @Override
    public String publish(FlightReport report) {
        String flight = report.flightNumber().toUpperCase(Locale.ROOT);
        FlightStatusChanged event = new FlightStatusChanged(flight, report.scheduledDate(), report.status().name(),
                report.expectedAt() == null || report.status() == FlightReport.Status.ON_TIME || report.status() == FlightReport.Status.CANCELLED
                        ? null : report.expectedAt().atZone(ConferenceTime.ZONE)
                        .toOffsetDateTime(),
                clock.instant());
        String json = JSON.writeValueAsString(event);
        try {
            kafka.send(CloudEvents.record(ItineraryTopics.FLIGHT_STATUS, flight, "FlightStatusChanged", "/itinerary-service",
                    UUID.randomUUID().toString(), clock.instant(), json)).get(10, TimeUnit.SECONDS);
            return json;
        } catch (ExecutionException | TimeoutException e) {
            throw new FlightStatusReports.NotPublished(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FlightStatusReports.NotPublished(e);
        }
    }
}
