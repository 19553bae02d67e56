package org.cqfriendship.logistics.registration.delegation;

import org.bson.Document;
import org.cqfriendship.logistics.support.security.LinkGenerations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** The link generation a delegation accepts, read from the registration itself (one look-up by id, one field). */
@Component
class DelegationLinkGenerations implements LinkGenerations {

    private final MongoTemplate mongo;

    DelegationLinkGenerations(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public int current(String delegationId) {
        Query byId = new Query(Criteria.where("_id").is(delegationId));
        byId.fields().include("linkGeneration");
        Document found = mongo.findOne(byId, Document.class, "delegations");
        Integer generation = found == null ? null : found.getInteger("linkGeneration");
        return generation == null ? 0 : generation;
    }
}
