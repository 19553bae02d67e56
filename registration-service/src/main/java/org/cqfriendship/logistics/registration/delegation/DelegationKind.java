package org.cqfriendship.logistics.registration.delegation;

/** Who sends the delegation. */
public enum DelegationKind {
    /** A city, province, region or county government. */
    LOCAL_GOVERNMENT,
    FRIENDSHIP_ORGANISATION,
    EMBASSY_OR_CONSULATE,
    ENTERPRISE_OR_CHAMBER
}
