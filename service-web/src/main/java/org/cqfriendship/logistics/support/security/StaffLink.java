package org.cqfriendship.logistics.support.security;

import org.cqfriendship.logistics.access.Caller;
import org.cqfriendship.logistics.access.Role;

import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A place on this service that the account page offers to the callers it is for.
 *
 * @param messageCode the link's text, from the service's messages
 * @param path        where it goes, for this caller
 * @param shownTo     which callers see it
 */
public record StaffLink(String messageCode, Function<Caller, String> path, Predicate<Caller> shownTo) {

    public static StaffLink forRole(Role role, String messageCode, String path) {
        return new StaffLink(messageCode, caller -> path, caller -> caller.has(role));
    }
}
