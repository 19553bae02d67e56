package org.cqfriendship.logistics.notification.alert;

public enum AlertKind {
    /** A delegation's itinerary was planned or changed. */
    ITINERARY_CHANGED,
    /** A delegation has a new coordinator: they are told its itinerary, its delegates who serves them now. */
    COORDINATOR_ASSIGNED,
    /** Something in a delegation's itinerary cannot work; urgent. */
    CLASH_DETECTED,
    /** A clash reported earlier no longer holds. */
    CLASH_RESOLVED,
    /** The head of delegation's badge was scanned at the port (landed and met) or at the hotel. */
    ARRIVED,
    /** Several non-urgent changes to one delegation within the digest window, told as one. */
    DIGEST,
    /** An urgent alert its coordinator has not acknowledged in time, for the duty manager. */
    ESCALATION
}
