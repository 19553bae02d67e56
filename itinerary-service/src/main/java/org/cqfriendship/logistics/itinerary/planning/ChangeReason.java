package org.cqfriendship.logistics.itinerary.planning;

/**
 * Why an itinerary changed: the registration or programme change behind it. The events say it as
 * the constant's name ({@code ItineraryChanged.reason}, {@code ClashResolved.reason},
 * {@code TransferReassigned.reason} in contracts/schemas), which the notification-service puts in words.
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
    /** A delegation waiting for a hotel room is planned again: a room it may have freed. */
    ROOMS_REALLOCATED,
    /** The contest's heats were drawn again or rebalanced. */
    HEATS_REBALANCED,
    CONTEST_FINALISTS,
    /** Programme staff placed the delegation's carnival stall. */
    STALL_ALLOCATED
}
