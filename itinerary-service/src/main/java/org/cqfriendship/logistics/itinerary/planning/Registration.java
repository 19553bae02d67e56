package org.cqfriendship.logistics.itinerary.planning;

/** One registration event about a delegation, as planning applies it. */
public sealed interface Registration {

    String delegationId();

    /** The W3C trace context of the work that caused it (the record's {@code traceparent}), or null. */
    String traceparent();

    /** A new delegation: planned once (its itinerary's id is the delegation's, so a repeat finds it). */
    record Registered(RegisteredDelegation delegation, String traceparent) implements Registration {
        public String delegationId() {
            return delegation.delegationId();
        }
    }

    /** A change to a registered delegation, at a registration version (older and repeated ones change nothing). */
    record Changed(String delegationId, long delegationVersion, RosterChange change, String traceparent) implements Registration {
    }
}
