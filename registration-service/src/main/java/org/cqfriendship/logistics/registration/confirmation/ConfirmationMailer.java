package org.cqfriendship.logistics.registration.confirmation;

import org.cqfriendship.logistics.registration.delegation.ConfirmationMail;
import org.cqfriendship.logistics.registration.delegation.Confirmations;
import org.cqfriendship.logistics.registration.delegation.Delegation;
import org.cqfriendship.logistics.support.store.Unversioned;
import org.cqfriendship.logistics.support.work.NamedWork;
import org.cqfriendship.logistics.support.work.PollingWorker;
import org.cqfriendship.logistics.support.work.SweepPacing;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Sends each registration's confirmation email (with its secret edit link) once the registration
 * is stored; a failed one waits longer each time (up to two minutes) and is sent when the mail
 * server is back. Marked sent only while still pending.
 * <p>
 * The registrations stored here, and the retries parked here, are named to it with the time they
 * are due and read by id then, a batch at a time: one read, the emails, one write to mark them sent.
 * What was not named here (stored before a crash, or by an instance that died) is kept in
 * {@link DueConfirmations} once its registration's event is read ({@link #track}), and a sweep
 * every {@value #SWEEP_SECONDS} s or more ({@link SweepPacing}) reads what is due there: a small
 * collection, never every registration, which the local store would answer by reading them all.
 * Only at start does it search the registrations once, for confirmations pending from before.
 */
@Component
class ConfirmationMailer extends PollingWorker implements Confirmations {

    private static final Duration MAX_BACKOFF = Duration.ofMinutes(2);
    private static final int SWEEP_SECONDS = 30;
    private static final int BATCH = 50;
    /** A confirmation due this recently is its own instance's to send (named there): another's sweep leaves it alone. */
    private static final Duration NAMED_GRACE = Duration.ofSeconds(10);
    /** Longer than the desk's listener takes from reading a registration to keeping its entry. */
    private static final Duration SETTLED_REMEMBERED = Duration.ofMinutes(1);
    /** At most one fresh link per delegation in this time: asking again cannot flood its contact's mailbox. */
    static final Duration FRESH_LINK_INTERVAL = Duration.ofMinutes(10);

    private final MongoTemplate mongo;
    private final ConfirmationMailChannel channel;
    private final Clock clock;
    private final NamedWork named = new NamedWork();
    private final SweepPacing sweeps;
    private final DueConfirmations due;
    /**
     * The confirmations this instance settled (sent, or nothing to send) lately, by when. The desk's listener may read
     * one still pending just before it is sent: it keeps no entry for it then, which nobody would remove before the
     * next sweep. Guarded by itself, as are the writes of entries it orders.
     */
    private final Map<String, Instant> settledLately = new HashMap<>();
    private boolean lookedThroughRegistrations;

    ConfirmationMailer(MongoTemplate mongo, ConfirmationMailChannel channel, Clock clock) {
        super("confirmation-mailer", Duration.ofSeconds(1));
        this.mongo = mongo;
        this.channel = channel;
        this.clock = clock;
        this.sweeps = new SweepPacing(Duration.ofSeconds(SWEEP_SECONDS), clock);
        this.due = new DueConfirmations(mongo);
    }

    @Override
    public void sendSoon(String delegationId) {
        sendAt(delegationId, clock.instant());
    }

    @Override
    public void track(Collection<Delegation> registered) {
        Map<String, Instant> pending = new HashMap<>();
        registered.stream().filter(d -> d.confirmation() != null && d.confirmation().status() == ConfirmationMail.Status.PENDING)
                .forEach(d -> pending.put(d.id(), d.confirmation().nextAttemptAt()));
        synchronized (settledLately) {
            pending.keySet().removeAll(settledLately.keySet());
            due.keep(pending);
        }
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
        due.keep(Map.of(delegationId, now));
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
        if (named.workDue(now, BATCH, ids -> sendDue(ids, now))) {
            sweeps.sweepIfDue(() -> sweep(now));
        }
    }

    /** One page of due confirmations, oldest first; true when the page was full and all were sent. */
    private boolean sweep(Instant now) {
        Instant dueBy = now.minus(NAMED_GRACE);
        if (!lookedThroughRegistrations) {
            due.keep(due.pendingInRegistrations());
            lookedThroughRegistrations = true;
            dueBy = now; // nothing is named here yet
        }
        List<String> page = due.dueBy(dueBy, BATCH);
        return sendDue(page, now) && page.size() == BATCH;
    }

    /**
     * Sends the confirmations of these registrations that are pending and due, read with one query and marked with one
     * write. False when the mail server refused one: it waits for its retry, and the rest are named to be tried again.
     */
    private boolean sendDue(List<String> delegationIds, Instant now) {
        if (delegationIds.isEmpty()) {
            return true;
        }
        Map<String, Delegation> found = new HashMap<>();
        mongo.find(new Query(Criteria.where("_id").in(delegationIds)), Delegation.class).forEach(d -> found.put(d.id(), d));
        List<String> settled = new ArrayList<>();
        Map<String, Instant> later = new HashMap<>(); // retries, kept where any instance's sweep finds them
        // Not a version of the registration: whoever edits it (a head of delegation, staff) is not refused for it.
        BulkOperations marks = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, mongo.getCollectionName(Delegation.class));
        boolean marked = false;
        boolean allSent = true;
        for (int i = 0; i < delegationIds.size() && allSent; i++) {
            Delegation delegation = found.get(delegationIds.get(i));
            ConfirmationMail confirmation = delegation == null ? null : delegation.confirmation();
            if (delegation == null || confirmation == null || confirmation.status() != ConfirmationMail.Status.PENDING) {
                settled.add(delegationIds.get(i)); // sent meanwhile (by another instance), or the registration is gone
            } else if (confirmation.nextAttemptAt().isAfter(now)) {
                later.put(delegation.id(), confirmation.nextAttemptAt());
                sendAt(delegation.id(), confirmation.nextAttemptAt());
            } else {
                allSent = send(delegation, confirmation, marks, later);
                marked = true;
                if (allSent) {
                    settled.add(delegation.id());
                } else {
                    delegationIds.subList(i + 1, delegationIds.size()).forEach(d -> sendAt(d, now)); // tried one by one while the server fails
                }
            }
        }
        if (marked) {
            marks.execute();
        }
        settle(settled);
        due.keep(later);
        return allSent;
    }

    /** Their entries removed, and remembered for a while as settled ({@link #settledLately}). */
    private void settle(List<String> settled) {
        Instant now = clock.instant();
        synchronized (settledLately) {
            due.forget(settled);
            settledLately.values().removeIf(at -> at.isBefore(now.minus(SETTLED_REMEMBERED)));
            settled.forEach(id -> settledLately.put(id, now));
        }
    }

    /**
     * Sends one, and adds to {@code marks} that it was sent or when to try again (then also to {@code retries}); false
     * when the mail server refused it.
     */
    private boolean send(Delegation delegation, ConfirmationMail confirmation, BulkOperations marks, Map<String, Instant> retries) {
        ConfirmationMailChannel.Outcome outcome = channel.send(delegation);
        Instant now = clock.instant();
        Query stillPending = new Query(Criteria.where("_id").is(delegation.id())
                .and("confirmation.status").is(ConfirmationMail.Status.PENDING.name()));
        Update update = new Update().inc("confirmation.attempts", 1);
        if (outcome.sent()) {
            update.set("confirmation.status", ConfirmationMail.Status.SENT.name()).set("confirmation.sentAt", now);
        } else {
            long seconds = 1L << Math.min(confirmation.attempts() + 1, 16);
            Duration wait = Duration.ofSeconds(seconds).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : Duration.ofSeconds(seconds);
            update.set("confirmation.nextAttemptAt", now.plus(wait)).set("confirmation.lastError", outcome.error());
            retries.put(delegation.id(), now.plus(wait));
            sendAt(delegation.id(), now.plus(wait));
        }
        marks.updateOne(stillPending, update);
        return outcome.sent();
    }
}
