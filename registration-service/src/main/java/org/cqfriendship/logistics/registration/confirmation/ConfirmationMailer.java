package org.cqfriendship.logistics.registration.confirmation;

import org.cqfriendship.logistics.registration.delegation.ConfirmationMail;
import org.cqfriendship.logistics.registration.delegation.Confirmations;
import org.cqfriendship.logistics.registration.delegation.Delegation;
import org.cqfriendship.logistics.support.store.Unversioned;
import org.cqfriendship.logistics.support.work.NamedWork;
import org.cqfriendship.logistics.support.work.PollingWorker;
import org.cqfriendship.logistics.support.work.SweepPacing;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Sends each registration's confirmation email (with its secret edit link) once the registration
 * is stored; a failed one waits longer each time (up to two minutes) and is sent when the mail
 * server is back. Marked sent only while still pending.
 * <p>
 * The registrations stored here, and the retries parked here, are named to it with the time they
 * are due and read by id then; a sweep every {@value #SWEEP_SECONDS} s or more ({@link SweepPacing}; and at start) finds, oldest
 * first, whatever is due and was not named here (stored before a crash, or by an instance that
 * died). So a confirmation costs a look-up, not a search of every registration, which the local
 * store answers by reading them all.
 */
@Component
class ConfirmationMailer extends PollingWorker implements Confirmations {

    private static final Duration MAX_BACKOFF = Duration.ofMinutes(2);
    private static final int SWEEP_SECONDS = 30;
    private static final int BATCH = 50;
    /** At most one fresh link per delegation in this time: asking again cannot flood its contact's mailbox. */
    static final Duration FRESH_LINK_INTERVAL = Duration.ofMinutes(10);

    private final MongoTemplate mongo;
    private final ConfirmationMailChannel channel;
    private final Clock clock;
    private final NamedWork named = new NamedWork();
    private final SweepPacing sweeps;

    ConfirmationMailer(MongoTemplate mongo, ConfirmationMailChannel channel, Clock clock) {
        super("confirmation-mailer", Duration.ofSeconds(1));
        this.mongo = mongo;
        this.channel = channel;
        this.clock = clock;
        this.sweeps = new SweepPacing(Duration.ofSeconds(SWEEP_SECONDS), clock);
    }

    @Override
    public void sendSoon(String delegationId) {
        sendAt(delegationId, clock.instant());
    }

    @Override
    public boolean sendFreshLink(String delegationId) {
        Instant now = clock.instant();
        return sendAgain(delegationId, Criteria.where("confirmation.status").is(ConfirmationMail.Status.SENT.name())
                .and("confirmation.sentAt").lt(now.minus(FRESH_LINK_INTERVAL)), now);
    }

    @Override
    public boolean sendNewLink(String delegationId) {
        return sendAgain(delegationId, Criteria.where("confirmation").ne(null), clock.instant());
    }

    /** Makes the confirmation pending again, if the delegation is {@code as}, and sends it soon. */
    private boolean sendAgain(String delegationId, Criteria as, Instant now) {
        Query which = new Query(Criteria.where("_id").is(delegationId)).addCriteria(as);
        Update again = new Update().set("confirmation.status", ConfirmationMail.Status.PENDING.name())
                .set("confirmation.attempts", 0).set("confirmation.nextAttemptAt", now).unset("confirmation.lastError");
        if (Unversioned.updateFirst(mongo, which, again, Delegation.class).getModifiedCount() == 0) {
            return false;
        }
        sendSoon(delegationId);
        return true;
    }

    private void sendAt(String delegationId, Instant at) {
        if (named.name(delegationId, at, clock.instant())) {
            wakeUp();
        }
    }

    @Override
    protected void poll() {
        Instant now = clock.instant();
        if (named.workDue(now, delegationId -> sendNamed(delegationId, now))) {
            sweeps.sweepIfDue(() -> sweep(now));
        }
    }

    /** False when the mail server refused it: the rest wait for their retries. */
    private boolean sendNamed(String delegationId, Instant now) {
        Delegation delegation = mongo.findById(delegationId, Delegation.class);
        ConfirmationMail confirmation = delegation == null ? null : delegation.confirmation();
        if (delegation == null || confirmation == null || confirmation.status() != ConfirmationMail.Status.PENDING) {
            return true; // sent meanwhile (by the sweep, or another instance), or the registration is gone
        }
        if (confirmation.nextAttemptAt().isAfter(now)) {
            sendAt(delegation.id(), confirmation.nextAttemptAt());
            return true;
        }
        return send(delegation);
    }

    /** One page of due confirmations, oldest first; true when the page was full and all were sent. */
    private boolean sweep(Instant now) {
        Query due = new Query(Criteria.where("confirmation.status").is(ConfirmationMail.Status.PENDING.name())
                .and("confirmation.nextAttemptAt").lte(now)).with(Sort.by("registeredAt")).limit(BATCH);
        List<Delegation> page = mongo.find(due, Delegation.class);
        for (int i = 0; i < page.size(); i++) {
            if (!send(page.get(i))) {
                page.subList(i + 1, page.size()).forEach(d -> sendAt(d.id(), now)); // tried one by one while the server fails
                return false;
            }
        }
        return page.size() == BATCH;
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
            ConfirmationMail confirmation = delegation.confirmation();
            long seconds = 1L << Math.min((confirmation == null ? 0 : confirmation.attempts()) + 1, 16);
            Duration wait = Duration.ofSeconds(seconds).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : Duration.ofSeconds(seconds);
            update.set("confirmation.nextAttemptAt", now.plus(wait)).set("confirmation.lastError", outcome.error());
            sendAt(delegation.id(), now.plus(wait));
        }
        // Not a version of the registration: whoever edits it (a head of delegation, staff) is not refused for it.
        Unversioned.updateFirst(mongo, stillPending, update, Delegation.class);
        return outcome.sent();
    }
}
