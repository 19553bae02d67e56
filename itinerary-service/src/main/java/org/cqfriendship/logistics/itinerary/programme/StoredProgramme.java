package org.cqfriendship.logistics.itinerary.programme;

import org.cqfriendship.logistics.support.audit.AuditLog;
import org.cqfriendship.logistics.support.outbox.OutboxMessage;
import org.cqfriendship.logistics.support.outbox.OutboxStore;
import org.cqfriendship.logistics.support.store.Unversioned;
import org.cqfriendship.logistics.support.web.FieldProblemException;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.ErrorResponseException;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The programme in the store: seeded from configuration on the first start, then changed by
 * programme staff. Each change is one write of the session with its event; the itineraries it
 * touches are replanned by the consumer of that event, so a crash midway loses nobody's update.
 */
@Service
public class StoredProgramme implements Programme, InitializingBean {

    private final MongoTemplate mongo;
    private final ProgrammeSeed seed;
    private final ProgrammeEventOutbox events;
    private final OutboxStore store;
    private final AuditLog audit;

    StoredProgramme(MongoTemplate mongo, ProgrammeSeed seed, ProgrammeEventOutbox events, OutboxStore store,
                    AuditLog audit) {
        this.audit = audit;
        this.mongo = mongo;
        this.seed = seed;
        this.events = events;
        this.store = store;
    }

    @Override
    public void afterPropertiesSet() {
        for (Session session : seed.sessions()) {
            Query stored = Query.query(Criteria.where("_id").is(session.id()));
            if (!mongo.exists(stored, ProgrammeSession.class)) {
                ProgrammeSession seeded = ProgrammeSession.of(session, events::published);
                store.save(seeded, session.id(), null, seeded.outbox());
            } else {
                // A programme stored before sessions had seats, interpreters and meals gets the configured ones.
                Unversioned.updateFirst(mongo, Query.query(Criteria.where("_id").is(session.id()).and("interpretation").exists(false)),
                        new Update().set("capacity", session.capacity()).set("interpretation", session.interpretation())
                                .set("meal", session.meal()), ProgrammeSession.class);
                translateIfStoredWithout(session);
            }
        }
    }

    /**
     * A session stored before the programme held translations gets the configured ones, and the
     * sign-up form learns them as from a publication (SessionPublished is an upsert there).
     */
    private void translateIfStoredWithout(Session configured) {
        if (configured.translations().isEmpty()) {
            return;
        }
        Query untranslated = Query.query(Criteria.where("_id").is(configured.id()).and("translations").exists(false));
        ProgrammeSession stored = mongo.findOne(untranslated, ProgrammeSession.class);
        if (stored != null && !stored.cancelled()) {
            OutboxMessage told = events.published(stored.translated(configured.translations()).view());
            Unversioned.updateFirst(mongo, untranslated, new Update().set("translations", configured.translations()).push("outbox", told),
                    ProgrammeSession.class);
        }
    }

    @Override
    public Optional<Session> session(String id) {
        ProgrammeSession stored = mongo.findById(id, ProgrammeSession.class);
        return stored == null || stored.cancelled() ? Optional.empty() : Optional.of(stored.view());
    }

    @Override
    public Programme snapshot() {
        return Programme.of(mongo.find(Query.query(Criteria.where("cancelled").is(false)), ProgrammeSession.class).stream()
                .map(ProgrammeSession::view).toList());
    }

    /** Every session in time order, with whether it is cancelled. */
    public List<SessionView> all() {
        return mongo.find(new Query().with(Sort.by("startsAt")), ProgrammeSession.class).stream()
                .map(s -> new SessionView(s.view(), s.cancelled(), s.storedVersion())).toList();
    }

    public record SessionView(Session session, boolean cancelled, Long version) {
    }

    /**
     * Puts a new session on the programme and publishes {@code SessionPublished}, from which the
     * registration-service offers it for sign-up. An id already on the programme is refused (409).
     */
    public Session publish(Session session) {
        if (!session.endsAt().isAfter(session.startsAt())) {
            throw new FieldProblemException("endsAt", "session.endsBeforeStart");
        }
        if (session.partOf() != null) {
            ProgrammeSession event = mongo.findById(session.partOf(), ProgrammeSession.class);
            if (event == null || event.cancelled() || event.partOf() != null) {
                throw new FieldProblemException("partOf", "session.partOf.unknown");
            }
        }
        ProgrammeSession fresh = ProgrammeSession.of(session, events::published);
        if (!store.save(fresh, session.id(), null, fresh.outbox())) {
            ErrorResponseException taken = new ErrorResponseException(HttpStatus.CONFLICT);
            taken.getBody().setDetail("There is already a session " + session.id() + " on the programme; choose another id.");
            throw taken;
        }
        Session published = fresh.view();
        audit.record("session.published", published.id(), Map.of("title", published.title(), "startsAt",
                published.startsAt().toString(), "endsAt", published.endsAt().toString(), "venue", published.venue()));
        return published;
    }

    /** Moves a session (time, venue or both) and publishes {@code SessionRescheduled}. */
    public Session reschedule(String id, OffsetDateTime startsAt, OffsetDateTime endsAt, @Nullable String venue) {
        ProgrammeSession current = require(id);
        if (!endsAt.isAfter(startsAt)) {
            throw new FieldProblemException("endsAt", "session.endsBeforeStart");
        }
        ProgrammeSession next = current.moved(venue == null || venue.isBlank() ? current.venue() : venue.strip(),
                startsAt.toInstant(), endsAt.toInstant());
        if (current.partOf() != null) {
            requireWithin(require(current.partOf()), next, "session.partOutsideEvent");
        }
        // An event's parts (heats, table blocks, stall slots) move with it, by as much, each told on its own.
        Duration shift = Duration.between(current.startsAt(), next.startsAt());
        List<ProgrammeSession> parts = current.partOf() != null ? List.of()
                : mongo.find(Query.query(Criteria.where("partOf").is(id).and("cancelled").is(false)), ProgrammeSession.class);
        List<ProgrammeSession> movedParts = parts.stream()
                .map(part -> part.moved(part.venue(), part.startsAt().plus(shift), part.endsAt().plus(shift))).toList();
        movedParts.forEach(part -> requireWithin(next, part, "session.partsOutsideEvent"));
        save(current, next, events.rescheduled(current.view(), next.view()));
        audit.record("session.rescheduled", id, Map.of("startsAt", startsAt.toString(), "endsAt", endsAt.toString(),
                "venue", next.venue()));
        for (int i = 0; i < parts.size() && !shift.isZero(); i++) {
            save(parts.get(i), movedParts.get(i), events.rescheduled(parts.get(i).view(), movedParts.get(i).view()));
            audit.record("session.rescheduled", parts.get(i).id(), Map.of("startsAt", movedParts.get(i).startsAt().toString(),
                    "endsAt", movedParts.get(i).endsAt().toString(), "with", id));
        }
        return next.view();
    }

    /** A part stays inside the time of the event it belongs to: refused, saying why ({@code problem}), rather than left behind. */
    private static void requireWithin(ProgrammeSession event, ProgrammeSession part, String problem) {
        if (part.startsAt().isBefore(event.startsAt()) || part.endsAt().isAfter(event.endsAt())) {
            throw new FieldProblemException("startsAt", problem);
        }
    }

    /**
     * Cancels a session and publishes {@code SessionCancelled}; an event's parts (its heats,
     * table blocks, stall slots) are cancelled with it, each with its own event, so that everyone
     * signed up for a part is replanned and told. Cancelling again finishes parts left behind.
     */
    public void cancel(String id) {
        ProgrammeSession current = require(id);
        if (!current.cancelled()) {
            save(current, current.cancelledNow(), events.cancelled(current.view()));
            audit.record("session.cancelled", id, Map.of());
        }
        if (current.partOf() == null) {
            mongo.find(Query.query(Criteria.where("partOf").is(id).and("cancelled").is(false)), ProgrammeSession.class)
                    .forEach(part -> cancel(part.id()));
        }
    }

    /**
     * Sets how many seats a session has (null: no limit). Who sits and who waits follows in the
     * seat book ({@code SeatAllocation.rebalance}), which tells the delegations concerned.
     */
    public Session changeCapacity(String id, Integer capacity) {
        ProgrammeSession current = require(id);
        if (!store.update(current.withCapacity(capacity), id, current.storedVersion(), List.of())) {
            throw conflict();
        }
        audit.record("session.capacity-changed", id, Map.of("from", String.valueOf(current.capacity()), "to", String.valueOf(capacity)));
        return current.withCapacity(capacity).view();
    }

    private void save(ProgrammeSession current, ProgrammeSession next, OutboxMessage event) {
        if (!store.update(next, current.id(), current.storedVersion(), List.of(event))) {
            throw conflict();
        }
    }

    private static ErrorResponseException conflict() {
        ErrorResponseException conflict = new ErrorResponseException(HttpStatus.CONFLICT);
        conflict.getBody().setDetail("The session was changed meanwhile; read it again and retry.");
        return conflict;
    }

    private ProgrammeSession require(String id) {
        ProgrammeSession session = mongo.findById(id, ProgrammeSession.class);
        if (session == null) {
            ErrorResponseException missing = new ErrorResponseException(HttpStatus.NOT_FOUND);
            missing.getBody().setDetail("There is no session " + id + ".");
            throw missing;
        }
        return session;
    }
}
