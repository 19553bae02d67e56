package org.cqfriendship.logistics.registration.delegation;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Component;

/** Unique indexes for idempotency keys and edit links, and one to find unsent confirmations. */
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
                new Index("confirmation.status", Sort.Direction.ASC).named("confirmation_status").sparse());
    }
}
