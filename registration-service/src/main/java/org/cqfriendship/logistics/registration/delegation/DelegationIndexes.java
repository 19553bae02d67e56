package org.cqfriendship.logistics.registration.delegation;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Component;

/**
 * Unique indexes for idempotency keys and short references, one to find unsent confirmations, and a unique
 * {@code (_id, confirmation.status)} so that marking a confirmation sent only while still pending is
 * a look-up on the local store too (it uses an index only when its keys are exactly the query's).
 */
@Component
class DelegationIndexes implements InitializingBean {

    private final MongoTemplate mongo;

    DelegationIndexes(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void afterPropertiesSet() {
        mongo.indexOps(Delegation.class).createIndex(
                new Index("idempotencyKey", Sort.Direction.ASC).named("idempotency_key").unique().sparse());
        mongo.indexOps(Delegation.class).createIndex(
                new Index("reference", Sort.Direction.ASC).named("reference").unique().sparse());
        mongo.indexOps(Delegation.class).createIndex(
                new Index("confirmation.status", Sort.Direction.ASC).named("confirmation_status").sparse());
        mongo.indexOps(Delegation.class).createIndex(new Index("_id", Sort.Direction.ASC).on("confirmation.status", Sort.Direction.ASC)
                .named("id_confirmation_status").unique());
    }
}
