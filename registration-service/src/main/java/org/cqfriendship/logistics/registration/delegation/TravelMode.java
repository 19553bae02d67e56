package org.cqfriendship.logistics.registration.delegation;

public enum TravelMode {
    AIR, RAIL, ROAD
}
