package org.cqfriendship.logistics.accreditation.badges;

import com.mongodb.ErrorCategory;
import org.cqfriendship.logistics.accreditation.roster.Person;
import org.cqfriendship.logistics.accreditation.roster.Roster;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.BulkOperationException;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.springframework.data.domain.Sort.Direction.ASC;

/**
 * Issues and revokes badges, a batch of people at a time in one bulk write. Issuing is
 * idempotent: a badge's number follows from its member and generation, so issuing it again finds
 * it there and changes nothing.
 */
@Component
public class Badges implements InitializingBean {

    private final MongoTemplate mongo;
    private final Roster roster;
    private final BadgeCodes codes;
    private final Clock clock;

    Badges(MongoTemplate mongo, Roster roster, BadgeCodes codes, Clock clock) {
        this.mongo = mongo;
        this.roster = roster;
        this.codes = codes;
        this.clock = clock;
    }

    /**
     * A delegation's badges (its page, its active ones), and revoking one badge by its number while
     * active: the local store uses an index only when its keys are exactly the query's, so the
     * revocations carry {@code (_id, status)} and find their badge without a scan.
     */
    @Override
    public void afterPropertiesSet() {
        var badges = mongo.indexOps(Badge.class);
        badges.createIndex(new Index().on("_id", ASC).on("status", ASC).unique());
        badges.createIndex(new Index().on("delegationId", ASC));
        badges.createIndex(new Index().on("delegationId", ASC).on("status", ASC));
    }

    /**
     * Each person's badge of their current generation, the badges of earlier generations revoked
     * (found by their numbers, which follow from member and generation): one bulk write.
     */
    public void issue(Collection<Person> people) {
        if (people.isEmpty()) {
            return;
        }
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, Badge.class);
        for (Person person : people) {
            revokeGenerations(bulk, person.memberId(), person.badgeGeneration() - 1);
            bulk.insert(Badge.issued(codes.number(person.memberId(), person.badgeGeneration()), person.memberId(),
                    person.delegationId(), person.badgeGeneration(), clock.instant()));
        }
        try {
            bulk.execute();
        } catch (BulkOperationException refused) {
            boolean onlyIssuedAlready = refused.getErrors().stream()
                    .allMatch(error -> ErrorCategory.fromErrorCode(error.getCode()) == ErrorCategory.DUPLICATE_KEY);
            if (!onlyIssuedAlready) {
                throw refused;
            }
        }
    }

    /** A new badge for a member on staff's request (a lost badge), the ones before revoked; false for a withdrawn or unknown member. */
    public boolean reissue(String memberId) {
        Optional<Person> person = roster.nextBadge(memberId);
        person.ifPresent(p -> issue(List.of(p)));
        return person.isPresent();
    }

    /** Every active badge of these members revoked (withdrawn or erased), each member with the generation of their last badge: one bulk write. */
    public void revokeAll(Map<String, Integer> lastGenerations) {
        if (lastGenerations.isEmpty()) {
            return;
        }
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, Badge.class);
        lastGenerations.forEach((memberId, last) -> revokeGenerations(bulk, memberId, last));
        bulk.execute();
    }

    /** The member's badges of generations 1 to {@code last}, each while active. */
    private void revokeGenerations(BulkOperations bulk, String memberId, int last) {
        for (int generation = 1; generation <= last; generation++) {
            bulk.updateOne(Query.query(Criteria.where("_id").is(codes.number(memberId, generation)).and("status").is(Badge.Status.ACTIVE)),
                    revoked());
        }
    }

    public Optional<Badge> byNumber(String number) {
        return Optional.ofNullable(mongo.findById(number, Badge.class));
    }

    /** A delegation's badges, every generation, newest first per member. */
    public List<Badge> ofDelegation(String delegationId) {
        return mongo.find(Query.query(Criteria.where("delegationId").is(delegationId))
                .with(Sort.by("memberId").and(Sort.by("generation").descending())),
                Badge.class);
    }

    /** These badges went to the printer now (the first time counts). */
    public void printed(Collection<String> numbers) {
        mongo.updateMulti(Query.query(Criteria.where("_id").in(numbers).and("printedAt").is(null)),
                new Update().set("printedAt", clock.instant()), Badge.class);
    }

    /** The member took this badge at the accreditation desk. */
    public boolean collected(String number) {
        return mongo.updateFirst(Query.query(Criteria.where("_id").is(number).and("status").is(Badge.Status.ACTIVE).and("collectedAt").is(null)),
                new Update().set("collectedAt", clock.instant()), Badge.class).getMatchedCount() == 1;
    }

    public String code(Badge badge) {
        return codes.code(badge.number(), badge.memberId());
    }

    private Update revoked() {
        return new Update().set("status", Badge.Status.REVOKED).set("revokedAt", clock.instant());
    }
}
