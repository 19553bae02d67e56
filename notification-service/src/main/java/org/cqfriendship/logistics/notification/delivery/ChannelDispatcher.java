package org.cqfriendship.logistics.notification.delivery;

import org.cqfriendship.logistics.notification.alert.Alert;
import org.cqfriendship.logistics.notification.alert.AlertTexts;
import org.cqfriendship.logistics.notification.alert.Channel;
import org.cqfriendship.logistics.notification.alert.Delivery;
import org.cqfriendship.logistics.notification.coordinator.Recipient;
import org.cqfriendship.logistics.notification.coordinator.Recipients;
import org.cqfriendship.logistics.support.work.NamedWork;
import org.cqfriendship.logistics.support.work.PollingWorker;
import org.cqfriendship.logistics.support.work.SweepPacing;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.core.TypeInformation;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;

/**
 * Sends one channel's due deliveries. Each is claimed first, with the alert closed to further
 * changes in the same write, so that what is sent is what the inbox shows and no other instance
 * sends it too: a claim is taken only from the value just read (nobody's, this instance's, or one
 * past its {@code claimLease}), so of two instances racing for it one wins. A sent delivery is
 * marked delivered only while this instance's claim holds; a failed one is parked (waiting longer each
 * time, up to {@code maxRetryBackoff}, or until a send on the channel succeeds again) and, the
 * first time, the recipient's next channel that this alert does not use yet takes over as a fallback.
 * <p>
 * The alerts this instance recorded, and its parked retries, are named to it with the time they
 * are due, and read by id when that comes, {@value #BATCH} at a time; a sweep every
 * {@code sweepInterval} or more ({@link SweepPacing}; and at start) finds, oldest first, whatever
 * is due and was not named here (written before a crash, or by an instance that died) in the side
 * collection of pending deliveries ({@link DueDeliveries}); only the first sweep searches the
 * alerts themselves. So neither a delivery nor a sweep searches every alert ever recorded.
 * <p>
 * A delegate's delivery over its hourly cap ({@link SendCaps}) is held, due when a place frees up;
 * it neither stops the batch nor falls back to another channel.
 */
class ChannelDispatcher extends PollingWorker {

    private static final Logger log = LoggerFactory.getLogger(ChannelDispatcher.class);
    private static final int BATCH = 50;
    private static final TypeInformation<Delivery.Attempt> ATTEMPT = TypeInformation.of(Delivery.Attempt.class);
    /** Which channel stands in for a failing one, in order of preference. */
    private static final List<Channel> FALLBACK_ORDER = List.of(Channel.SMS, Channel.EMAIL, Channel.WEBHOOK);

    private final DeliveryChannel channel;
    private final String field;
    private final ChannelGuard guard;
    private final MongoTemplate mongo;
    private final DueDeliveries due;
    private final Recipients directory;
    private final AlertTexts texts;
    private final MessageLinks links;
    private final DeliverySettings settings;
    private final SendCaps caps;
    private final Clock clock;
    private final BiConsumer<Channel, Alert> fallenBackTo;
    private final NamedWork named = new NamedWork();
    /** Alerts this instance parked after a failed send: retried at once when a send on the channel succeeds again. */
    private final Set<String> parked = ConcurrentHashMap.newKeySet();
    private final SweepPacing sweeps;
    /** Sends up to {@code parallelSends} at once; its threads end when idle, so it needs no shutting down. */
    private final ThreadPoolExecutor sending;
    /** Whether the sweep at start, which searches the alerts themselves (for deliveries pending from before {@link DueDeliveries}), is done. */
    private boolean searchedAtStart;

    ChannelDispatcher(DeliveryChannel channel, ChannelGuard guard, MongoTemplate mongo, DueDeliveries due, Recipients directory,
                      AlertTexts texts, MessageLinks links, DeliverySettings settings, SendCaps caps, Clock clock,
                      BiConsumer<Channel, Alert> fallenBackTo) {
        super(channel.channel().guardName() + "-dispatcher", settings.pollInterval());
        this.channel = channel;
        this.field = "deliveries." + channel.channel().name();
        this.guard = guard;
        this.mongo = mongo;
        this.due = due;
        this.directory = directory;
        this.texts = texts;
        this.links = links;
        this.settings = settings;
        this.caps = caps;
        this.clock = clock;
        this.fallenBackTo = fallenBackTo;
        this.sweeps = new SweepPacing(settings.sweepInterval(), clock);
        String threads = channel.channel().guardName() + "-send";
        this.sending = new ThreadPoolExecutor(settings.parallelSends(), settings.parallelSends(), 30, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), runnable -> {
            Thread thread = new Thread(runnable, threads);
            thread.setDaemon(true);
            return thread;
        });
        this.sending.allowCoreThreadTimeOut(true);
    }

    /** This alert's delivery on this channel is due at {@code at}: it is read and sent then. */
    void deliverAt(String alertId, Instant at) {
        if (named.name(alertId, at, clock.instant())) {
            wakeUp();
        }
    }

    @Override
    protected void poll() {
        Instant now = clock.instant();
        if (named.workDue(now, BATCH, alertIds -> deliverNamed(alertIds, now))) {
            sweeps.sweepIfDue(() -> sweep(now));
        }
    }

    /** The named alerts whose delivery is due, read with one query; false when the provider failed. */
    private boolean deliverNamed(List<String> alertIds, Instant now) {
        Map<String, Alert> found = byId(alertIds);
        List<Alert> ready = new ArrayList<>();
        for (String alertId : alertIds) {
            Alert alert = found.get(alertId);
            Delivery delivery = alert == null ? null : alert.delivery(channel.channel());
            if (alert == null || delivery == null || delivery.status() != Delivery.Status.PENDING) {
                continue; // delivered meanwhile (by the sweep, or another instance)
            }
            if (delivery.nextAttemptAt().isAfter(now)) {
                deliverAt(alert.id(), delivery.nextAttemptAt());
            } else {
                ready.add(alert);
            }
        }
        return deliver(ready, now);
    }

    /**
     * One page of due deliveries, oldest first, from the side collection of pending ones (at start,
     * once, from the alerts themselves); true when the page was full and all were sent.
     */
    private boolean sweep(Instant now) {
        if (!searchedAtStart) {
            Query pending = new Query(Criteria.where(field + ".status").is(Delivery.Status.PENDING.name())
                    .and(field + ".nextAttemptAt").lte(now)).with(Sort.by("createdAt", "id")).limit(BATCH);
            List<Alert> page = mongo.find(pending, Alert.class);
            boolean more = deliver(page, now) && page.size() == BATCH;
            searchedAtStart = !more;
            return more;
        }
        List<String> dueIds = due.dueBy(channel.channel(), now, BATCH);
        Map<String, Alert> found = byId(dueIds);
        due.forgetMissing(channel.channel(), dueIds.stream().filter(id -> !found.containsKey(id)).toList(), now);
        Map<String, Instant> stale = new HashMap<>();
        List<Alert> page = new ArrayList<>();
        for (Alert alert : found.values()) {
            Delivery delivery = alert.delivery(channel.channel());
            if (delivery == null || delivery.status() != Delivery.Status.PENDING) {
                stale.put(alert.id(), null); // done, but its entry outlived a crash
            } else if (delivery.nextAttemptAt().isAfter(now)) {
                stale.put(alert.id(), delivery.nextAttemptAt());
            } else {
                page.add(alert);
            }
        }
        due.update(channel.channel(), stale, now);
        page.sort(Comparator.comparing(Alert::createdAt));
        // A full page sweeps again at once, unless it held only entries left alone (alerts perhaps being written).
        return deliver(page, now) && dueIds.size() == BATCH && !found.isEmpty();
    }

    private Map<String, Alert> byId(List<String> alertIds) {
        Map<String, Alert> found = new HashMap<>();
        mongo.find(new Query(Criteria.where("_id").in(alertIds)), Alert.class).forEach(alert -> found.put(alert.id(), alert));
        return found;
    }

    /**
     * Sends the alerts, closed first, and records the outcomes with one bulk write. The alerts of
     * one recipient about one delegation are sent one after another, in order; those of different
     * recipients or delegations up to {@code parallelSends} at a time (a provider answers in
     * milliseconds, and waiting for each in turn capped a channel near a hundred sends a second).
     * After the first the provider fails, no more are tried: the rest are named again, due now.
     * False then.
     */
    private boolean deliver(List<Alert> alerts, Instant now) {
        List<Alert> ready = claimed(alerts, now);
        Map<String, List<Alert>> inOrder = new LinkedHashMap<>();
        ready.forEach(alert -> inOrder.computeIfAbsent(alert.coordinatorId() + "/" + alert.delegationId(), k -> new ArrayList<>()).add(alert));
        AtomicBoolean working = new AtomicBoolean(true);
        Map<String, Outcome> outcomes = new ConcurrentHashMap<>();
        List<Future<?>> queues = inOrder.values().stream().map(queue -> sending.submit(() -> {
            for (Alert alert : queue) {
                if (!working.get()) {
                    named.name(alert.id(), now, now);
                    continue;
                }
                Outcome outcome = attempt(alert);
                outcomes.put(alert.id(), outcome);
                if (outcome.failed()) {
                    working.set(false);
                }
            }
        })).collect(Collectors.toList());
        awaitAll(queues);
        if (!outcomes.isEmpty()) {
            BulkOperations written = alertWrites();
            Map<String, Instant> dueAgain = new HashMap<>();
            for (Alert alert : ready) {
                Outcome outcome = outcomes.get(alert.id());
                if (outcome != null) {
                    written.updateOne(claimedHere(alert.id()), outcome.update().set(field + ".claim", Delivery.UNCLAIMED));
                    dueAgain.put(alert.id(), outcome.retryAt());
                }
            }
            written.execute();
            due.update(channel.channel(), dueAgain, now);
        }
        if (outcomes.values().stream().anyMatch(outcome -> !outcome.failed())) {
            releaseParked(clock.instant());
        }
        return working.get();
    }

    private static void awaitAll(List<Future<?>> queues) {
        for (Future<?> queue : queues) {
            try {
                queue.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while sending", e);
            } catch (ExecutionException e) {
                throw e.getCause() instanceof RuntimeException failure ? failure : new IllegalStateException(e.getCause());
            }
        }
    }

    /**
     * What an attempt writes of its alert, and when it is tried again (null: done): after the
     * provider failed it, or, {@code held}, once a send cap frees a place (the provider is fine).
     */
    private record Outcome(Update update, @Nullable Instant retryAt, boolean held) {

        Outcome(Update update, @Nullable Instant retryAt) {
            this(update, retryAt, false);
        }

        boolean failed() {
            return retryAt != null && !held;
        }
    }

    /**
     * The alerts this instance sends now, as they are once no more changes can join them: each
     * claimed (and closed) with one bulk write, by the claim it was read with, and read again with
     * one query when some claim was lost or some alert was held (changes may have joined it); those
     * another instance claimed first are left to it, named again for when its claim lapses.
     */
    private List<Alert> claimed(List<Alert> alerts, Instant now) {
        Instant until = now.plus(settings.claimLease()).truncatedTo(ChronoUnit.MILLIS);
        BulkOperations claiming = alertWrites();
        List<Alert> asked = new ArrayList<>();
        for (Alert alert : alerts) {
            Delivery delivery = pendingDelivery(alert);
            if (delivery.claimedElsewhere(settings.instance(), now)) {
                named.name(alert.id(), delivery.claimedUntil(), now);
                continue;
            }
            claiming.updateOne(new Query(Criteria.where("_id").is(alert.id()).and(field + ".status").is(Delivery.Status.PENDING.name())
                            .and(field + ".claim").is(delivery.claim())),
                    new Update().set(field + ".claim", settings.instance()).set(field + ".claimedUntil", until).set("open", false));
            asked.add(alert);
        }
        if (asked.isEmpty()) {
            return List.of();
        }
        boolean anyHeld = alerts.stream().anyMatch(alert -> alert.hold().open());
        if (claiming.execute().getMatchedCount() == asked.size() && !anyHeld) {
            // Every claim won and no held alert could have changed since it was read: no need to read them again.
            return asked;
        }
        List<String> askedIds = asked.stream().map(Alert::id).toList();
        Map<String, Alert> read = byId(askedIds);
        return askedIds.stream().map(read::get).filter(alert -> alert != null && claimedByThisInstance(alert.delivery(channel.channel()), until))
                .toList();
    }

    private boolean claimedByThisInstance(@Nullable Delivery delivery, Instant until) {
        return delivery != null && delivery.status() == Delivery.Status.PENDING && settings.instance().equals(delivery.claim())
                && until.equals(delivery.claimedUntil());
    }

    /**
     * Sends the alert and answers what to write of it (only while its delivery is still pending):
     * delivered, parked for a retry with the error, or unreachable.
     */
    private Outcome attempt(Alert alert) {
        Recipient to = directory.reach(alert.coordinatorId());
        String address = channel.channel().addressOf(to);
        if (address == null) {
            log.info("{} of alert {} dropped: {} has no address on it any more", channel.channel(), alert.id(), alert.coordinatorId());
            return new Outcome(new Update().set(field + ".status", Delivery.Status.UNREACHABLE.name())
                    .set(field + ".lastAttemptAt", clock.instant()), null);
        }
        AlertTexts.Text text = texts.of(alert, to.reader());
        Outgoing message = new Outgoing(alert, to, address, text.title(), text.message(),
                links.acknowledge(alert, to), alert.id() + ":" + channel.channel().name(),
                // Only an email carries it; a delegate's costs a look-up of the delegation's link generation.
                channel.channel() == Channel.EMAIL ? links.itineraryPdf(alert, to) : "");
        Instant started = clock.instant();
        if (Recipients.isDelegate(to.id())) {
            Optional<Instant> heldUntil = caps.admit(channel.channel(), message.address(), alert.delegationId(), started);
            if (heldUntil.isPresent()) {
                log.info("{} of alert {} held until {}: its delegate or delegation had its sends for the hour", channel.channel(),
                        alert.id(), heldUntil.get());
                named.name(alert.id(), heldUntil.get(), started);
                return new Outcome(new Update().set(field + ".nextAttemptAt", heldUntil.get()).set(field + ".lastError", Delivery.HELD
                        + "over the hourly cap of sends to this delegate or delegation"), heldUntil.get(), true);
            }
        }
        String error = null;
        try {
            guard.call(channel.channel(), () -> {
                channel.send(message);
                return null;
            });
        } catch (Exception failure) {
            error = Redacted.text(failure.getClass().getSimpleName() + (failure.getMessage() == null ? "" : ": " + failure.getMessage()));
            log.warn("{} of alert {} parked: {}", channel.channel(), alert.id(), error);
        }
        Instant now = clock.instant();
        Instant retry = null;
        Update update = new Update().inc(field + ".attempts", 1).set(field + ".lastAttemptAt", now)
                .push(field + ".attemptLog", mongo.getConverter().convertToMongoType(
                        new Delivery.Attempt(started, error == null, error, Duration.between(started, now).toMillis()), ATTEMPT));
        if (error == null) {
            update.set(field + ".status", Delivery.Status.DELIVERED.name()).set(field + ".deliveredAt", now).unset(field + ".lastError");
            parked.remove(alert.id());
        } else {
            int attempts = pendingDelivery(alert).attempts();
            retry = now.plus(settings.backoff(attempts + 1));
            update.set(field + ".nextAttemptAt", retry).set(field + ".lastError", error);
            named.name(alert.id(), retry, now);
            parked.add(alert.id());
            if (attempts == 0) {
                fallBack(alert, to);
            }
        }
        return new Outcome(update, retry);
    }

    /** The delivery on this channel of an alert read as having one pending (known present). */
    private Delivery pendingDelivery(Alert alert) {
        return Objects.requireNonNull(alert.delivery(channel.channel()));
    }

    /**
     * A bulk write of alerts by their collection's name, not their type. Its queries and updates
     * name stored paths ({@code deliveries.EMAIL.status}), which mapping through the {@link Alert}
     * type resolves at about 130 µs each, by failing to find them as properties; by name they are
     * sent as written, at about 1.5 µs. Every value in them is already a stored type.
     */
    private BulkOperations alertWrites() {
        return mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, mongo.getCollectionName(Alert.class));
    }

    /** The alert while its delivery is pending and claimed by this instance. */
    private Query claimedHere(String alertId) {
        return new Query(Criteria.where("_id").is(alertId).and(field + ".status").is(Delivery.Status.PENDING.name())
                .and(field + ".claim").is(settings.instance()));
    }

    /** The alert while its delivery is pending and nobody claims it (parked). */
    private Query parkedUnclaimed(String alertId) {
        return new Query(Criteria.where("_id").is(alertId).and(field + ".status").is(Delivery.Status.PENDING.name())
                .and(field + ".claim").is(Delivery.UNCLAIMED));
    }

    /**
     * The channel works again: what it parked is due now rather than at the end of its back-off
     * (up to {@code maxRetryBackoff} after the outage ended), stored retry time included, since a
     * pass reads that and would wait for it.
     */
    private void releaseParked(Instant now) {
        if (parked.isEmpty()) {
            return;
        }
        List<String> released = List.copyOf(parked);
        Map<String, Instant> dueNow = new HashMap<>();
        BulkOperations retimed = alertWrites();
        for (String alertId : released) {
            parked.remove(alertId);
            retimed.updateOne(parkedUnclaimed(alertId), new Update().set(field + ".nextAttemptAt", now));
            named.name(alertId, now, now);
            dueNow.put(alertId, now);
        }
        retimed.execute();
        due.update(channel.channel(), dueNow, now);
        log.info("{} works again: {} parked deliveries are due now", channel.channel(), released.size());
        wakeUp();
    }

    /** The recipient's first other channel this alert does not use yet takes over, once. */
    private void fallBack(Alert alert, Recipient to) {
        FALLBACK_ORDER.stream()
                .filter(other -> other != channel.channel() && other.addressOf(to) != null && alert.delivery(other) == null)
                .findFirst()
                .ifPresent(other -> {
                    String otherField = "deliveries." + other.name();
                    due.expect(Map.of(alert.id(), Map.of(other, clock.instant())), clock.instant());
                    boolean added = mongo.updateFirst(new Query(Criteria.where("_id").is(alert.id()).and(otherField).exists(false)),
                            new Update().set(otherField, Delivery.fallbackFor(channel.channel(), clock.instant())), Alert.class)
                            .getModifiedCount() > 0;
                    if (added) {
                        log.info("Alert {} falls back from {} to {}", alert.id(), channel.channel(), other);
                        fallenBackTo.accept(other, alert);
                    }
                });
    }
}
