package org.cqfriendship.logistics.itinerary.calendar;

import org.cqfriendship.logistics.support.security.AccessProperties;
import org.cqfriendship.logistics.support.security.SignedIds;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The secret link to a coordinator's calendar ({@code /c/<token>/itinerary.ics}): a calendar app
 * cannot sign in, so the link itself grants the feed, and nothing else. It is signed with the
 * delegation-link secret under a purpose of its own (a delegation link opens no calendar here and
 * this opens no delegation), good for the link validity, and handed out only to the signed-in
 * coordinator ({@code /calendar}). Rotating the secret invalidates every link.
 */
@Component
public class CoordinatorCalendarLinks {

    private static final Pattern INBOXES = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    private final SignedIds tokens;

    CoordinatorCalendarLinks(AccessProperties access, Clock clock) {
        this.tokens = new SignedIds(access.delegationLinkSecret(), "coordinator-calendar", INBOXES, access.linkValidity(), clock);
    }

    public String tokenFor(String coordinatorId) {
        return tokens.tokenFor(coordinatorId);
    }

    Optional<String> coordinatorOf(String token) {
        return tokens.idOf(token);
    }
}
