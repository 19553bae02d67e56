package org.cqfriendship.logistics.support.events;

/** An event that can never be processed, however often it is retried: it goes to the dead-letter topic at once. */
public class PoisonEventException extends RuntimeException {

    public PoisonEventException(String message) {
        super(message);
    }
}
