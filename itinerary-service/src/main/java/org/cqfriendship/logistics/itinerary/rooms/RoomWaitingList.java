package org.cqfriendship.logistics.itinerary.rooms;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.LocalDate;
import java.util.List;

/**
 * The members who asked for a night no room was left for, in the order they were left without:
 * when a room frees, their delegations are booked again, first in line first.
 */
@Document("room_waiting")
record RoomWaitingList(@Id String id, @Version Long version, List<Waiting> members) {

    static final String ID = "waiting";

    RoomWaitingList {
        members = members == null ? List.of() : List.copyOf(members);
    }

    /** A member waiting, as the accommodation desk reads the list: who, from which delegation, and the nights without a room. */
    record Waiting(String delegationId, String memberId, String role, List<LocalDate> nights, String name, String locality) {
    }
}
