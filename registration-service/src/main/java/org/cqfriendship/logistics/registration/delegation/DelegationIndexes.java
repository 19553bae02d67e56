package org.cqfriendship.logistics.registration.delegation;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Component;

/** The unique index that makes a repeated Idempotency-Key create nothing, even under a race. */
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
    }
}
