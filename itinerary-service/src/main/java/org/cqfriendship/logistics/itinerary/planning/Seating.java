package org.cqfriendship.logistics.itinerary.planning;

/** Who has a seat at a session with limited seats, and who waits for one. */
public interface Seating {

    enum Status { CONFIRMED, WAITING }

    /** The member's seat at the session, or null where seats are not limited. */
    Status statusOf(String sessionId, String memberId);

    Seating UNLIMITED = (sessionId, memberId) -> null;
}
