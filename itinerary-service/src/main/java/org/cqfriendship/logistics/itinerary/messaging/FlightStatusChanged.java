package org.cqfriendship.logistics.itinerary.messaging;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** Contract: contracts/schemas/FlightStatusChanged.schema.json (from an airline feed, the tool or staff). */
record FlightStatusChanged(String flightNumber, LocalDate scheduledDate, String status, @Nullable OffsetDateTime expectedAt,
                           Instant reportedAt) {
}
