package org.cqfriendship.logistics.notification.rooming;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What this service reads of contracts/schemas/RoomsAllocated.schema.json: a hotel's whole rooming list after a change. */
public record RoomsAllocated(String hotelId, String hotelName, String reservationsEmail, String language, long listVersion, List<Room> rooms,
                      Instant allocatedAt) {

    /** A room taken on a night. */
    public record Room(LocalDate night, String roomType, int roomNumber, String guest, String role, String locality) {
    }
}
