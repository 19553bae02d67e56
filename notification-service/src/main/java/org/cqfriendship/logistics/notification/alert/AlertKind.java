package org.cqfriendship.logistics.notification.alert;

public enum AlertKind {
    /** A delegation's itinerary was planned or changed. */
    ITINERARY_CHANGED,
    /** Something in a delegation's itinerary cannot work; urgent. */
    CLASH_DETECTED,
    /** A clash reported earlier no longer holds. */
    CLASH_RESOLVED,
    /** An urgent alert its coordinator has not acknowledged in time, for the duty manager. */
    ESCALATION
}
