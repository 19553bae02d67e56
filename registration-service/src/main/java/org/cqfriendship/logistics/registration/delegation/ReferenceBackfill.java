package org.cqfriendship.logistics.registration.delegation;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.util.Objects;

/**
 * Gives a short reference to every delegation registered before references existed, once, at
 * start. Each gets a fresh draw under the unique index (drawn again on the rare repeat), and its
 * version moves on, so an edit that read the delegation before is refused rather than writing
 * it back without its reference.
 */
@Component
class ReferenceBackfill implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ReferenceBackfill.class);
    private static final int DRAWS = 5;

    private final MongoTemplate mongo;
    private final DelegationReferences references;

    ReferenceBackfill(MongoTemplate mongo, DelegationReferences references) {
        this.mongo = mongo;
        this.references = references;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        Query without = Query.query(Criteria.where("reference").exists(false));
        without.fields().include("_id", "country");
        int given = 0;
        for (Document delegation : mongo.find(without, Document.class, mongo.getCollectionName(Delegation.class))) {
            given += give(Objects.requireNonNull(delegation.get("_id"), "_id"), delegation.getString("country")) ? 1 : 0;
        }
        if (given > 0) {
            log.info("Gave {} delegations registered before references their short reference", given);
        }
    }

    private boolean give(Object id, String country) {
        Query still = Query.query(Criteria.where("_id").is(id).and("reference").exists(false));
        for (int draw = 0; draw < DRAWS; draw++) {
            try {
                Update reference = new Update().set("reference", references.next(country == null ? "XX" : country)).inc("version", 1);
                return mongo.updateFirst(still, reference, Delegation.class).getModifiedCount() > 0;
            } catch (DuplicateKeyException taken) {
                // Drawn by another delegation already: draw again.
            }
        }
        log.warn("No free reference for delegation {} in {} draws; it gets one at the next start", id, DRAWS);
        return false;
    }
}
