package org.cqfriendship.logistics.registration.confirmation;

import org.cqfriendship.logistics.registration.delegation.ConfirmationMail;
import org.cqfriendship.logistics.registration.delegation.Delegation;
import org.cqfriendship.logistics.support.work.PollingWorker;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Sends each registration's confirmation email (with its secret edit link) once the registration
 * is stored: pending ones oldest first; a failed one waits longer each time (up to two minutes)
 * and is sent when the mail server is back. Marked sent only while still pending.
 */
@Component
class ConfirmationMailer extends PollingWorker {

    private static final Duration MAX_BACKOFF = Duration.ofMinutes(2);

    private final MongoTemplate mongo;
    private final ConfirmationMailChannel channel;
    private final Clock clock;

    ConfirmationMailer(MongoTemplate mongo, ConfirmationMailChannel channel, Clock clock) {
        super("confirmation-mailer", Duration.ofSeconds(1));
        this.mongo = mongo;
        this.channel = channel;
        this.clock = clock;
    }

    @Override
    protected void poll() {
        Query due = new Query(Criteria.where("confirmation.status").is(ConfirmationMail.Status.PENDING.name())
                .and("confirmation.nextAttemptAt").lte(clock.instant())).with(Sort.by("registeredAt")).limit(50);
        for (Delegation delegation : mongo.find(due, Delegation.class)) {
            if (!send(delegation)) {
                return;
            }
        }
    }

    private boolean send(Delegation delegation) {
        ConfirmationMailChannel.Outcome outcome = channel.send(delegation);
        Instant now = clock.instant();
        Query stillPending = new Query(Criteria.where("_id").is(delegation.id())
                .and("confirmation.status").is(ConfirmationMail.Status.PENDING.name()));
        Update update = new Update().inc("confirmation.attempts", 1);
        if (outcome.sent()) {
            update.set("confirmation.status", ConfirmationMail.Status.SENT.name()).set("confirmation.sentAt", now);
        } else {
            long seconds = 1L << Math.min(delegation.confirmation().attempts() + 1, 16);
            Duration wait = Duration.ofSeconds(seconds).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : Duration.ofSeconds(seconds);
            update.set("confirmation.nextAttemptAt", now.plus(wait)).set("confirmation.lastError", outcome.error());
        }
        mongo.updateFirst(stillPending, update, Delegation.class);
        return outcome.sent();
    }
}
