package org.cqfriendship.logistics.support.outbox;

import org.bson.Document;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.BulkOperationException;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Writes a changed aggregate and its new events in one single-document update, guarded by the
 * aggregate's version. The events are appended to the {@code outbox} array rather than the array
 * being replaced, so events the relay already published and removed are never written back.
 * Before a write with events, the documents are marked for the relay's sweep in one more write
 * ({@link OutboxRelay#expect}): one per call, whether it writes one aggregate or a batch.
 */
public class OutboxStore {

    private final MongoTemplate mongo;
    private final @Nullable OutboxRelay relay;

    /** A store whose writes with events ask {@code relay} (null: nobody) to publish them at once. */
    public OutboxStore(MongoTemplate mongo, @Nullable OutboxRelay relay) {
        this.mongo = mongo;
        this.relay = relay;
    }

    /**
     * Inserts the aggregate, which carries {@code events} in its outbox, when it is new
     * ({@code storedVersion} null), or updates it as {@link #update} does. Returns false when
     * somebody else wrote it first.
     */
    public boolean save(Object aggregate, Object id, @Nullable Long storedVersion, List<OutboxMessage> events) {
        if (storedVersion != null) {
            return update(aggregate, id, storedVersion, events);
        }
        String stamp = expect(aggregate.getClass(), events.isEmpty() ? List.of() : List.of(id));
        try {
            mongo.insert(aggregate);
        } catch (DuplicateKeyException concurrentFirstWrite) {
            return false;
        }
        relayIfAny(aggregate, id, events, stamp);
        return true;
    }

    /**
     * Replaces every field of the stored aggregate {@code id} with those of {@code aggregate}, adds
     * {@code events} to its outbox and increments its {@code version}, if the stored version is still
     * {@code expectedVersion}. Fields named in {@code ownedElsewhere} are left as stored (another
     * worker keeps them, e.g. an email's delivery state). Returns false when somebody else changed
     * the aggregate first (nothing is written).
     */
    public boolean update(Object aggregate, Object id, long expectedVersion, List<OutboxMessage> events,
                          String... ownedElsewhere) {
        String stamp = expect(aggregate.getClass(), events.isEmpty() ? List.of() : List.of(id));
        if (mongo.updateFirst(versionGuard(id, expectedVersion), changeOf(aggregate, events, ownedElsewhere), aggregate.getClass())
                .getModifiedCount() != 1) {
            return false;
        }
        relayIfAny(aggregate, id, events, stamp);
        return true;
    }

    /** One aggregate to write with its new events: new when {@code storedVersion} is null, else changed from that version. */
    public record Write(Object aggregate, Object id, @Nullable Long storedVersion, List<OutboxMessage> events) {
    }

    /**
     * Writes aggregates of one {@code type} as {@link #save} does each, with one bulk insert of
     * the new ones and one bulk of version-guarded updates of the others. Answers the ids that may
     * not have been written because somebody else wrote them first: a new one that exists already,
     * and, when any update was refused, every update of the bulk (the store does not say which);
     * the caller plans those again from what is stored.
     */
    public Set<Object> saveAll(Class<?> type, List<Write> writes) {
        List<Write> inserts = writes.stream().filter(write -> write.storedVersion() == null).toList();
        List<Write> updates = writes.stream().filter(write -> write.storedVersion() != null).toList();
        Set<Object> notWritten = new LinkedHashSet<>();
        String stamp = expect(type, writes.stream().filter(write -> !write.events().isEmpty()).map(Write::id).toList());
        if (!inserts.isEmpty()) {
            try {
                mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, mongo.getCollectionName(type))
                        .insert(inserts.stream().map(write -> firstVersion(write.aggregate())).toList()).execute();
            } catch (BulkOperationException refused) {
                refused.getErrors().forEach(error -> notWritten.add(inserts.get(error.getIndex()).id()));
            }
        }
        if (!updates.isEmpty()) {
            BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, type);
            updates.forEach(write -> bulk.updateOne(versionGuard(write.id(), Objects.requireNonNull(write.storedVersion())),
                    changeOf(write.aggregate(), write.events())));
            if (bulk.execute().getModifiedCount() != updates.size()) {
                updates.forEach(write -> notWritten.add(write.id()));
            }
        }
        for (Write write : writes) {
            if (!notWritten.contains(write.id())) {
                relayIfAny(write.aggregate(), write.id(), write.events(), stamp);
            }
        }
        return notWritten;
    }

    /** The aggregate as inserted by {@link MongoTemplate#insert}, which starts the version at 0 (a bulk insert does not). */
    private Document firstVersion(Object aggregate) {
        Document document = new Document();
        mongo.getConverter().write(aggregate, document);
        document.putIfAbsent("version", 0L);
        return document;
    }

    private static Query versionGuard(Object id, long expectedVersion) {
        return new Query(Criteria.where("_id").is(id).and("version").is(expectedVersion));
    }

    /** Every field of the aggregate set (null ones unset), the version incremented and the events appended to the outbox. */
    private Update changeOf(Object aggregate, List<OutboxMessage> events, String... ownedElsewhere) {
        Document fields = new Document();
        mongo.getConverter().write(aggregate, fields);
        for (String key : List.of("_id", "_class", "version", "outbox")) {
            fields.remove(key);
        }
        for (String key : ownedElsewhere) {
            fields.remove(key);
        }
        Update update = new Update();
        fields.forEach(update::set);
        unsetNullProperties(aggregate, update, ownedElsewhere);
        update.inc("version", 1);
        if (!events.isEmpty()) {
            update.push("outbox").each(events.toArray());
        }
        return update;
    }

    /** The converter leaves null properties out of the document; they must go from the stored one too (a session's seat limit lifted, say). */
    private void unsetNullProperties(Object aggregate, Update update, String... ownedElsewhere) {
        var entity = mongo.getConverter().getMappingContext().getRequiredPersistentEntity(aggregate.getClass());
        var properties = entity.getPropertyAccessor(aggregate);
        List<String> keep = List.of(ownedElsewhere);
        for (var property : entity) {
            String field = property.getFieldName();
            if (properties.getProperty(property) == null && !property.isIdProperty() && !property.isVersionProperty()
                    && !"outbox".equals(field) && !keep.contains(field)) {
                update.unset(field);
            }
        }
    }

    /** Marks the documents about to get events, before they are written (no write when there are none, or no relay). */
    private String expect(Class<?> type, List<Object> withEvents) {
        return relay == null || withEvents.isEmpty() ? "" : relay.expect(mongo.getCollectionName(type), withEvents);
    }

    private void relayIfAny(Object aggregate, Object id, List<OutboxMessage> events, String stamp) {
        if (!events.isEmpty() && relay != null) {
            relay.relaySoon(mongo.getCollectionName(aggregate.getClass()), id, stamp);
        }
    }
}
