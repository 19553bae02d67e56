package org.cqfriendship.logistics.itinerary.flights;

import org.cqfriendship.logistics.support.audit.AuditLog;
import org.cqfriendship.logistics.support.web.FieldProblemException;
import org.springframework.stereotype.Service;

import java.util.Locale;
import java.util.Map;

/** Takes a staff member's flight or train status, publishes it and records who reported what. */
@Service
class FlightStatusDesk {

    static final String EXPECTED_AT_NEEDED = "flight.expectedAtNeeded";
    private final FlightStatusReports reports;
    private final AuditLog audit;

    FlightStatusDesk(FlightStatusReports reports, AuditLog audit) {
        this.reports = reports;
        this.audit = audit;
    }

    /** The {@code FlightStatusChanged} published, as JSON. */
    String report(FlightReport report) {
        if (report.lacksExpectedAt()) {
            throw new FieldProblemException("expectedAt", EXPECTED_AT_NEEDED);
        }
        String published = reports.publish(report);
        audit.record("flight-status.reported", report.flightNumber().toUpperCase(Locale.ROOT),
                Map.of("scheduledDate", report.scheduledDate().toString(), "status", report.status().name(),
                        "expectedAt", String.valueOf(report.expectedAt())));
        return published;
    }
}
