package org.cqfriendship.logistics.registration.delegation;

/**
 * A member who will share a double room with another member of the delegation who chose the same,
 * without naming them: women with women, men with men.
 */
public enum RoomSharing {
    WOMAN, MAN
}
