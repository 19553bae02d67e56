package org.cqfriendship.logistics.access;

/** Who may do what (see docs/security.md). Staff roles come from accounts; DELEGATE only from a secret link. */
public enum Role {
    /** One delegation, through its secret link; no account. */
    DELEGATE,
    /** A liaison officer: their assigned delegations and their own inbox. */
    COORDINATOR,
    /** Programme staff: the programme, transfers, catering, coordinator assignment, erasure. */
    PROGRAMME,
    /** Operations: the console, replay, the audit log, the actuator. */
    OPERATIONS,
    /** A hotpot contest judge: the judges' page, their own score sheets. */
    JUDGE,
    /** Accreditation desk staff (airport, station, hotel and venue doors): the scanning page. */
    DESK
}
