package org.cqfriendship.logistics.itinerary.seats;

import org.bson.Document;
import org.cqfriendship.logistics.itinerary.planning.RegisteredDelegation.Arrival;
import org.cqfriendship.logistics.itinerary.planning.RegisteredDelegation.Traveller;
import org.cqfriendship.logistics.itinerary.planning.SeatBooking;
import org.cqfriendship.logistics.itinerary.planning.Seating;
import org.cqfriendship.logistics.itinerary.programme.Programme;
import org.cqfriendship.logistics.itinerary.programme.Session;
import org.cqfriendship.logistics.support.outbox.OutboxMessage;
import org.cqfriendship.logistics.support.outbox.OutboxStore;
import org.cqfriendship.logistics.support.testing.InMemoryMongo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Seat bookings on the local platform's store: what each writes to the session's line. */
class SeatAllocationTest {

    private static final Session MATCHMAKING = new Session("matchmaking", "Trade matchmaking", "Hall B",
            OffsetDateTime.parse("2026-05-20T14:00:00+08:00"), OffsetDateTime.parse("2026-05-20T16:00:00+08:00"), false, false, 1,
            List.of(), null);

    private InMemoryMongo.Fresh database;
    private MongoTemplate mongo;
    private SeatAllocation seats;

    @BeforeEach
    void store() {
        database = InMemoryMongo.freshDatabase("seats");
        mongo = database.mongo();
        SeatEventOutbox events = (sessionId, delegationIds) -> new OutboxMessage(UUID.randomUUID().toString(), "SeatsReallocated",
                "itinerary.seats", sessionId, "test", Instant.now(), delegationIds.toString(), null);
        seats = new SeatAllocation(mongo, new OutboxStore(mongo, null), events);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void eachBookingIsOneVersionOfTheLineWithNothingLeftToFinish() {
        Seating first = book("d1");
        Seating second = book("d2");

        assertThat(first.statusOf("matchmaking", "d1-head")).isEqualTo(Seating.Status.CONFIRMED);
        assertThat(second.statusOf("matchmaking", "d2-head")).isEqualTo(Seating.Status.WAITING);
        Document line = mongo.getCollection("seats").find(new Document("_id", "matchmaking")).first();
        // Striking off the finished writes is not a version: a booking that read the line just before it is not refused.
        assertThat(line.getLong("version")).isEqualTo(1L);
        assertThat(line).doesNotContainKey("pending");
    }

    @Test
    void aBatchIsBookedInOrderOnOneVersionOfTheLine() {
        Programme programme = Programme.of(List.of(MATCHMAKING));
        var seated = seats.bookAll(List.of(request("d1"), request("d2"), request("d3")), programme);

        assertThat(seated.get("d1").statusOf("matchmaking", "d1-head")).isEqualTo(Seating.Status.CONFIRMED);
        assertThat(seated.get("d2").statusOf("matchmaking", "d2-head")).isEqualTo(Seating.Status.WAITING);
        assertThat(seated.get("d3").statusOf("matchmaking", "d3-head")).isEqualTo(Seating.Status.WAITING);
        Document line = mongo.getCollection("seats").find(new Document("_id", "matchmaking")).first();
        assertThat(line.getLong("version")).isEqualTo(0L);
        assertThat(line).doesNotContainKey("pending");
        assertThat(mongo.getCollection("seat_holders").countDocuments()).isEqualTo(3);

        // The first withdraws and the third books again in one batch: the seat goes to the second, first in line.
        Traveller gone = new Traveller("d1-head", "HEAD", "Head of d1",
                new Arrival("AIR", "QV619", "CKG", Instant.parse("2026-05-19T08:00:00Z")), List.of());
        var after = seats.bookAll(List.of(new SeatBooking.Request("d1", List.of(gone), Set.of("matchmaking")), request("d3")), programme);

        assertThat(after.get("d1").statusOf("matchmaking", "d1-head")).isNull();
        assertThat(after.get("d3").statusOf("matchmaking", "d3-head")).isEqualTo(Seating.Status.WAITING);
        assertThat(book("d2").statusOf("matchmaking", "d2-head")).isEqualTo(Seating.Status.CONFIRMED);
    }

    private SeatBooking.Request request(String delegationId) {
        Traveller head = new Traveller(delegationId + "-head", "HEAD", "Head of " + delegationId,
                new Arrival("AIR", "QV619", "CKG", Instant.parse("2026-05-19T08:00:00Z")), List.of("matchmaking"));
        return new SeatBooking.Request(delegationId, List.of(head), Set.of("matchmaking"));
    }

    private Seating book(String delegationId) {
        Traveller head = new Traveller(delegationId + "-head", "HEAD", "Head of " + delegationId,
                new Arrival("AIR", "QV619", "CKG", Instant.parse("2026-05-19T08:00:00Z")), List.of("matchmaking"));
        return seats.book(delegationId, List.of(head), Set.of("matchmaking"), Programme.of(List.of(MATCHMAKING)));
    }
}
