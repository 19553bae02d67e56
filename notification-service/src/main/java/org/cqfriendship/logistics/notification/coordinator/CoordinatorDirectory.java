package org.cqfriendship.logistics.notification.coordinator;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.Map;

/**
 * Who the coordinators are and how to reach them, from configuration ({@code notification.coordinators}).
 * A delegation without a coordinator is served by the programme desk; a coordinator id nobody
 * configured still gets an inbox, and their email goes to the programme desk so it is not lost.
 */
@ConfigurationProperties("notification")
public record CoordinatorDirectory(Map<String, Recipient> coordinators, Recipient programmeDesk) {

    public static final String PROGRAMME_DESK = "programme-desk";

    public CoordinatorDirectory {
        coordinators = coordinators == null ? Map.of() : Map.copyOf(coordinators);
        programmeDesk = programmeDesk == null
                ? new Recipient(PROGRAMME_DESK, "Programme desk", "programme-desk@cq-friendship.example.org", null, null, "en", null)
                : programmeDesk;
    }

    /** The inbox a delegation's alerts go to. */
    public String inboxOf(String coordinatorId) {
        return coordinatorId == null || coordinatorId.isBlank() ? PROGRAMME_DESK : coordinatorId;
    }

    /** How to reach the owner of an inbox (the programme desk's channels for an inbox nobody configured). */
    public Recipient reach(String coordinatorId) {
        Recipient configured = coordinators.get(coordinatorId);
        return configured != null ? configured : programmeDesk;
    }
}
