package org.cqfriendship.logistics.notification.delegate;

import org.bson.Document;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.FindAndReplaceOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The delegates who asked for alerts, kept from the registration events ({@code delegates}, by
 * member id), and for each delegation the names of those who did ({@code delegate_rosters}, by
 * delegation id): so that finding whom a change concerns, by id or by name, is two look-ups by id,
 * never a search (which the local store answers by reading every delegate).
 */
@Component
public class DelegateDirectory {

    private static final String ROSTERS = "delegate_rosters";
    private final MongoTemplate mongo;

    DelegateDirectory(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public Optional<Delegate> find(String memberId) {
        return Optional.ofNullable(mongo.findById(memberId, Delegate.class));
    }

    /** Whom a change to a delegation concerns: its members named by id or, where an event only has names, by name. */
    public record Concern(String delegationId, Collection<String> memberIds, Collection<String> names) {

        boolean isAbout(Delegate delegate) {
            return delegationId.equals(delegate.delegationId()) && (memberIds.contains(delegate.memberId()) || names.contains(delegate.name()));
        }
    }

    /**
     * The subscribed delegates each concern names, in the concerns' order: the rosters and then the
     * delegates are read with one query each, whatever the number of concerns.
     */
    public List<List<Delegate>> concerned(List<Concern> concerns) {
        Set<String> delegationIds = new HashSet<>();
        concerns.stream().filter(c -> !c.memberIds().isEmpty() || !c.names().isEmpty()).forEach(c -> delegationIds.add(c.delegationId()));
        Map<String, Document> rosters = new HashMap<>();
        if (!delegationIds.isEmpty()) {
            mongo.find(new Query(Criteria.where("_id").in(delegationIds)), Document.class, ROSTERS)
                    .forEach(roster -> rosters.put(roster.getString("_id"), roster));
        }
        Set<String> candidates = new HashSet<>();
        Map<String, List<Delegate>> unrostered = new HashMap<>();
        for (String delegationId : delegationIds) {
            Document roster = rosters.get(delegationId);
            if (roster == null) {
                // Registered before rosters were kept: found the slow way.
                unrostered.put(delegationId, mongo.find(new Query(Criteria.where("delegationId").is(delegationId)), Delegate.class));
            } else {
                Document members = roster.get("members", Document.class);
                if (members != null) {
                    concerns.stream().filter(c -> c.delegationId().equals(delegationId)).forEach(c -> members.forEach((memberId, name) -> {
                        if (c.memberIds().contains(memberId) || c.names().contains(name)) {
                            candidates.add(memberId);
                        }
                    }));
                }
            }
        }
        Map<String, Delegate> delegates = new HashMap<>();
        if (!candidates.isEmpty()) {
            mongo.find(new Query(Criteria.where("_id").in(candidates)), Delegate.class).forEach(d -> delegates.put(d.memberId(), d));
        }
        List<List<Delegate>> concerned = new ArrayList<>();
        for (Concern concern : concerns) {
            if (!delegationIds.contains(concern.delegationId()) || (concern.memberIds().isEmpty() && concern.names().isEmpty())) {
                concerned.add(List.of());
                continue;
            }
            List<Delegate> known = unrostered.containsKey(concern.delegationId()) ? unrostered.get(concern.delegationId())
                    : delegates.values().stream().sorted(Comparator.comparing(Delegate::memberId)).toList();
            concerned.add(known.stream().filter(concern::isAbout).toList());
        }
        return concerned;
    }

    /** What a registration event says of one delegate: keep these details, or forget them. */
    sealed interface Entry {
        String memberId();
    }

    /** Keep {@code delegate}; {@code sameTimeZone}: the event does not say it, so the one known stays. */
    record Keep(Delegate delegate, boolean sameTimeZone) implements Entry {
        public String memberId() {
            return delegate.memberId();
        }
    }

    /** The delegate no longer wants alerts, or withdrew. */
    record Forget(String delegationId, String memberId, long version) implements Entry {
    }

    /**
     * Applies what newer registration events say, in order; an older or repeated one changes
     * nothing. The delegates are read with one query and written with one ordered bulk write, and
     * so are the rosters. A delegation's roster is written even when it has nobody, so every
     * delegation registered has one. A delegation's events come in order from one partition, so
     * nothing else changes its delegates meanwhile.
     */
    void apply(List<Entry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        Map<String, Delegate> known = new HashMap<>();
        mongo.find(new Query(Criteria.where("_id").in(entries.stream().map(Entry::memberId).collect(Collectors.toSet()))), Delegate.class)
                .forEach(delegate -> known.put(delegate.memberId(), delegate));
        BulkOperations delegates = mongo.bulkOps(BulkOperations.BulkMode.ORDERED, Delegate.class);
        BulkOperations rosters = mongo.bulkOps(BulkOperations.BulkMode.ORDERED, ROSTERS);
        int delegateWrites = 0;
        int rosterWrites = 0;
        for (Entry entry : entries) {
            Delegate was = known.get(entry.memberId());
            if (entry instanceof Keep keep) {
                Delegate delegate = keep.sameTimeZone() ? withTimeZone(keep.delegate(), was == null ? null : was.timeZone()) : keep.delegate();
                if (was == null || was.version() <= delegate.version()) {
                    delegates.replaceOne(byId(delegate.memberId()), delegate, FindAndReplaceOptions.options().upsert());
                    rosters.upsert(byId(delegate.delegationId()), new Update().set("members." + delegate.memberId(), delegate.name()));
                    delegateWrites++;
                    rosterWrites++;
                    known.put(delegate.memberId(), delegate);
                }
            } else if (entry instanceof Forget forget && (was == null || was.version() <= forget.version())) {
                if (was != null) {
                    delegates.remove(byId(forget.memberId()));
                    known.remove(forget.memberId());
                    delegateWrites++;
                }
                rosters.upsert(byId(forget.delegationId()), new Update().unset("members." + forget.memberId()));
                rosterWrites++;
            }
        }
        if (delegateWrites > 0) {
            delegates.execute();
        }
        if (rosterWrites > 0) {
            rosters.execute();
        }
    }

    private static Delegate withTimeZone(Delegate delegate, String timeZone) {
        return new Delegate(delegate.memberId(), delegate.delegationId(), delegate.name(), delegate.email(), delegate.phone(),
                delegate.language(), timeZone, delegate.version());
    }

    private static Query byId(String id) {
        return Query.query(Criteria.where("_id").is(id));
    }
}
