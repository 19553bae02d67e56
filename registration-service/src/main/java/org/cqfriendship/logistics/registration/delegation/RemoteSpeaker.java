package org.cqfriendship.logistics.registration.delegation;

import jakarta.validation.constraints.NotBlank;

import java.time.OffsetDateTime;

/** A member who speaks by video link: their own time zone and when they can do a tech check. */
public record RemoteSpeaker(@NotBlank @TimeZoneId String timeZone, OffsetDateTime techCheckFrom, OffsetDateTime techCheckTo) {
}
