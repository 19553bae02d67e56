package org.cqfriendship.logistics.support.audit;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.Map;

/**
 * One privileged action, or one refused attempt: who, what, on what, when and from where.
 *
 * @param actor   the account (or {@code delegation:<id>} for a secret link)
 * @param action  what was done, e.g. {@code coordinator.assigned}, {@code access.denied}
 * @param target  what it was done to (a delegation, a session, an alert, a path)
 * @param details what a reader needs to understand it; never personal documents
 * @param from    the caller's address
 */
@Document("audit")
public record AuditEntry(@Id String id, Instant at, String service, String actor, String action, String target,
                         Map<String, String> details, String from) {
}
