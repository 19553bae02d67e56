package org.cqfriendship.logistics.support.store;

import com.mongodb.client.result.UpdateResult;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.UpdateDefinition;

/**
 * Changes to a versioned document that are not a new version of it: bookkeeping (striking off
 * finished writes, marking an email sent) that a writer holding the version must not be refused
 * for. Spring Data's {@code updateFirst} by entity class increments {@code @Version}; by the
 * collection's name it does not.
 */
public final class Unversioned {

    private Unversioned() {
    }

    public static UpdateResult updateFirst(MongoTemplate mongo, Query query, UpdateDefinition update, Class<?> entity) {
        return mongo.updateFirst(query, update, mongo.getCollectionName(entity));
    }
}
