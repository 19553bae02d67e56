package org.cqfriendship.logistics.notification.alert;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;

/**
 * What a coordinator is told about one change. The id is the id of the event that caused it, so
 * a redelivered event finds its alert already there and creates nothing. An urgent alert nobody
 * acknowledged is escalated to the duty manager ({@code escalations} so far); the duty manager's
 * copy names the original in {@code escalationOf}.
 */
@Document("alerts")
public record Alert(@Id String id, String coordinatorId, String delegationId, String locality, AlertKind kind,
                    boolean urgent, String title, String message, Instant createdAt, Delivery email,
                    Instant acknowledgedAt, String acknowledgedBy, int escalations, Instant lastEscalatedAt, String escalationOf) {

    public boolean acknowledged() {
        return acknowledgedAt != null;
    }
}
