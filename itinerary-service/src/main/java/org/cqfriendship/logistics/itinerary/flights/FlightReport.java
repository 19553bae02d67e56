package org.cqfriendship.logistics.itinerary.flights;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A flight or train status entered by staff, as an airline feed would report it.
 *
 * @param flightNumber  the flight or train, e.g. QV619 or D1234
 * @param scheduledDate the scheduled arrival date in Chongqing
 * @param expectedAt    the expected arrival, Chongqing time; required when delayed or re-timed
 */
public record FlightReport(@NotNull @Pattern(regexp = "[A-Za-z0-9]{2,3}\\d{1,5}|[A-Za-z]\\d{1,5}", message = "{flight.number}")
                           String flightNumber,
                           @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate scheduledDate,
                           @NotNull Status status,
                           @DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm") LocalDateTime expectedAt) {

    public enum Status { ON_TIME, DELAYED, RETIMED, CANCELLED }

    /** A delay or a re-time says when the flight or train is now expected. */
    boolean lacksExpectedAt() {
        return (status == Status.DELAYED || status == Status.RETIMED) && expectedAt == null;
    }
}
