package org.cqfriendship.logistics.registration.delegation;

/** How a delegation takes part: in Chongqing, by video link, or both (some members remote). */
public enum Participation {
    IN_PERSON, VIDEO_LINK, BOTH
}
