package org.cqfriendship.logistics.accreditation.messaging;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** The itinerary-service's session events and the flight status reports, as far as the door lists and the board read them. */
final class ProgrammeEvents {

    private ProgrammeEvents() {
    }

    record Slot(OffsetDateTime startsAt, OffsetDateTime endsAt, String venue) {
    }

    record SessionPublished(String sessionId, String title, Slot slot) {
    }

    record SessionRescheduled(String sessionId, String title, Slot after) {
    }

    record SessionCancelled(String sessionId) {
    }

    record FlightStatusChanged(String flightNumber, LocalDate scheduledDate, String status, OffsetDateTime expectedAt) {
    }
}
