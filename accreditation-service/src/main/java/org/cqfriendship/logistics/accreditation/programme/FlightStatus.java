package org.cqfriendship.logistics.accreditation.programme;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.time.LocalDate;

/** The last status reported for a flight or train on a day ({@code <number>:<date>}), for the board's heads not yet arrived. */
@Document("flight_status")
public record FlightStatus(@Id String id, String status, @Nullable Instant expectedAt) {

    public static String idOf(String number, LocalDate day) {
        return number + ":" + day;
    }
}
