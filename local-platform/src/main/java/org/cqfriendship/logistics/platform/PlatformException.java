package org.cqfriendship.logistics.platform;

/** Why the platform could not start, in words a person can act on. */
final class PlatformException extends RuntimeException {

    PlatformException(String message) {
        super(message);
    }
}
