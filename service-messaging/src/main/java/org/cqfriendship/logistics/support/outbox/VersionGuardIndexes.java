package org.cqfriendship.logistics.support.outbox;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;

/**
 * A unique index on {@code (_id, version)} for every collection with an outbox, so that the
 * version-guarded write of {@link OutboxStore} ({@code _id} and {@code version} in the query) is a
 * lookup on the local platform's store too: mongo-java-server uses an index only when its keys are
 * exactly the query's, and otherwise reads the whole collection on every write. On MongoDB the
 * {@code _id} index already serves that query and this one only costs an index entry per document.
 */
public class VersionGuardIndexes implements InitializingBean {

    private final MongoTemplate mongo;
    private final OutboxProperties properties;

    public VersionGuardIndexes(MongoTemplate mongo, OutboxProperties properties) {
        this.mongo = mongo;
        this.properties = properties;
    }

    @Override
    public void afterPropertiesSet() {
        for (String collection : properties.collections()) {
            mongo.indexOps(collection).createIndex(new Index().on("_id", Sort.Direction.ASC).on("version", Sort.Direction.ASC)
                    .unique().named("id_version"));
        }
    }
}
