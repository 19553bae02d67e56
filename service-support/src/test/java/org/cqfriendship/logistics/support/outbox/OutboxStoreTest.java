package org.cqfriendship.logistics.support.outbox;

import org.bson.Document;
import org.cqfriendship.logistics.support.testing.InMemoryMongo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Writing a batch of aggregates with their events: one bulk insert, one bulk of version-guarded updates. */
class OutboxStoreTest {

    @org.springframework.data.mongodb.core.mapping.Document("things")
    record Thing(@Id String id, String name, @Version Long version, List<OutboxMessage> outbox) {
    }

    private InMemoryMongo.Fresh database;
    private MongoTemplate mongo;
    private OutboxStore store;

    @BeforeEach
    void store() {
        database = InMemoryMongo.freshDatabase("outbox");
        mongo = database.mongo();
        store = new OutboxStore(mongo, null);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void insertsNewAggregatesAtVersionZeroWithTheirEvents() {
        OutboxMessage registered = event("a");
        var notWritten = store.saveAll(Thing.class, List.of(
                new OutboxStore.Write(new Thing("a", "first", null, List.of(registered)), "a", null, List.of(registered)),
                new OutboxStore.Write(new Thing("b", "second", null, List.of()), "b", null, List.of())));

        assertThat(notWritten).isEmpty();
        Document a = stored("a");
        assertThat(a.getLong("version")).isZero();
        assertThat(a.getList("outbox", Document.class)).extracting(e -> e.getString("eventId")).containsExactly(registered.eventId());
        assertThat(stored("b").getLong("version")).isZero();
    }

    @Test
    void anAggregateThatExistsOrChangedMeanwhileIsAnsweredAndNotOverwritten() {
        store.saveAll(Thing.class, List.of(new OutboxStore.Write(new Thing("a", "first", null, List.of()), "a", null, List.of()),
                new OutboxStore.Write(new Thing("b", "second", null, List.of()), "b", null, List.of())));
        // Another writer changes "b" first.
        assertThat(store.update(new Thing("b", "theirs", null, List.of()), "b", 0, List.of())).isTrue();

        OutboxMessage mine = event("b");
        var notWritten = store.saveAll(Thing.class, List.of(
                new OutboxStore.Write(new Thing("a", "again", null, List.of()), "a", null, List.of()),
                new OutboxStore.Write(new Thing("b", "mine", null, List.of()), "b", 0L, List.of(mine))));

        assertThat(notWritten).containsExactlyInAnyOrder("a", "b");
        assertThat(stored("a").getString("name")).isEqualTo("first");
        Document b = stored("b");
        assertThat(b.getString("name")).isEqualTo("theirs");
        assertThat(b.getLong("version")).isEqualTo(1L);
        assertThat(b.getList("outbox", Document.class, List.of())).isEmpty();
    }

    private Document stored(String id) {
        return mongo.getCollection("things").find(new Document("_id", id)).first();
    }

    private static OutboxMessage event(String key) {
        return new OutboxMessage(UUID.randomUUID().toString(), "ThingChanged", "things", key, "/test", Instant.now(), "{}", null);
    }
}
