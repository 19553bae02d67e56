package org.cqfriendship.logistics.itinerary.transfers;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Who was met at the port: a member's badge accepted at a port desk (the accreditation-service's
 * CheckedIn) marks their pickup done, and a run whose riders were all met is done. The earliest
 * scan counts, so an event read again, or a later scan, changes nothing. One bulk write per batch
 * of check-ins; one read per manifest day.
 */
@Component
public class PickupsMet {

    private final MongoTemplate mongo;

    PickupsMet(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** A member met at a port's desk, and when first. */
    @Document("pickups_met")
    record Met(@Id String memberId, String delegationId, String port, Instant metAt) {
    }

    /** A member's badge accepted at a port's desk. */
    public record Scanned(String memberId, String delegationId, String port, Instant at) {
    }

    public void record(List<Scanned> scans) {
        if (scans.isEmpty()) {
            return;
        }
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, Met.class);
        scans.forEach(scan -> bulk.upsert(Query.query(Criteria.where("_id").is(scan.memberId())),
                new Update().setOnInsert("delegationId", scan.delegationId()).setOnInsert("port", scan.port()).min("metAt", scan.at())));
        bulk.execute();
    }

    /** When each of these members was met, for those who were. */
    Map<String, Instant> metAt(Collection<String> memberIds) {
        return memberIds.isEmpty() ? Map.of() : mongo.find(Query.query(Criteria.where("_id").in(memberIds)), Met.class).stream()
                .collect(Collectors.toMap(Met::memberId, Met::metAt));
    }

    /** A member who asked to be forgotten. */
    public void forget(Collection<String> memberIds) {
        if (!memberIds.isEmpty()) {
            mongo.remove(Query.query(Criteria.where("_id").in(memberIds)), Met.class);
        }
    }
}
