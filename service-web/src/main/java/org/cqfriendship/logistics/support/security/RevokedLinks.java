package org.cqfriendship.logistics.support.security;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The link generation each delegation whose links staff revoked accepts, as a service that does
 * not hold the registration keeps it from the {@code DelegationLinksRevoked} events
 * ({@code link_generations}, by delegation id; a delegation never revoked has no entry and accepts
 * generation 0). Raised with {@code $max}, so a repeated or late event never lowers it. A service
 * declares it as its {@link LinkGenerations} bean and raises it from its registration listener,
 * whose own record of the event is a {@link Revocation}.
 */
public class RevokedLinks implements LinkGenerations {

    /** What a service's own record of {@code DelegationLinksRevoked} says. */
    public interface Revocation {

        String delegationId();

        int linkGeneration();
    }

    private static final String COLLECTION = "link_generations";
    private final MongoTemplate mongo;

    public RevokedLinks(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public int current(String delegationId) {
        Document found = mongo.findById(delegationId, Document.class, COLLECTION);
        Integer generation = found == null ? null : found.getInteger("generation");
        return generation == null ? 0 : generation;
    }

    /** The revocations among a poll's records, each delegation's highest, written with one bulk write (idempotent). */
    public void raiseFrom(List<? extends ConsumerRecord<?, ?>> records) {
        Map<String, Integer> generations = new HashMap<>();
        records.stream().map(ConsumerRecord::value).filter(Revocation.class::isInstance).map(Revocation.class::cast)
                .filter(revoked -> revoked.delegationId() != null)
                .forEach(revoked -> generations.merge(revoked.delegationId(), revoked.linkGeneration(), Math::max));
        raise(generations);
    }

    /** Each delegation's new generation, written with one bulk write. */
    public void raise(Map<String, Integer> generations) {
        if (generations.isEmpty()) {
            return;
        }
        BulkOperations writes = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, COLLECTION);
        generations.forEach((delegationId, generation) -> writes.upsert(new Query(Criteria.where("_id").is(delegationId)),
                new Update().max("generation", generation)));
        writes.execute();
    }
}
