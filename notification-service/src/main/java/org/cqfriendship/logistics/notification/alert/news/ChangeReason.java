package org.cqfriendship.logistics.notification.alert.news;

import java.util.Arrays;

/**
 * Why an itinerary changed, as the itinerary-service's events name it ({@code reason}): the
 * reasons this service has words for ({@code reason.*} in the messages), and OTHER for one it does
 * not know yet, so that a new reason upstream is told in general words rather than refused.
 */
public enum ChangeReason {
    DELEGATION_REGISTERED,
    DELEGATE_ADDED,
    DELEGATE_WITHDRAWN,
    DELEGATE_DETAILS_CHANGED,
    TRAVEL_CHANGED,
    SIGNUPS_CHANGED,
    NEEDS_CHANGED,
    COORDINATOR_ASSIGNED,
    DELEGATION_DETAILS_CHANGED,
    FLIGHT_STATUS_CHANGED,
    SESSION_RESCHEDULED,
    SESSION_CANCELLED,
    SEATS_REALLOCATED,
    ROOMS_REALLOCATED,
    HEATS_REBALANCED,
    CONTEST_FINALISTS,
    STALL_ALLOCATED,
    OTHER;

    /** The reason an event names ({@code reason}: the contract's word, or null). */
    public static ChangeReason of(String reason) {
        return Arrays.stream(values()).filter(known -> known.name().equals(reason)).findFirst().orElse(OTHER);
    }

    /** The key of its words in the messages. */
    public String messageKey() {
        return "reason." + name();
    }
}
