package org.cqfriendship.logistics.notification.delegate;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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

    /** The subscribed delegates of a delegation named by id or, where an event only has names, by name. */
    public List<Delegate> concerned(String delegationId, Collection<String> memberIds, Collection<String> names) {
        if (memberIds.isEmpty() && names.isEmpty()) {
            return List.of();
        }
        Document roster = mongo.findById(delegationId, Document.class, ROSTERS);
        if (roster == null) {
            // Registered before rosters were kept: found the slow way.
            return mongo.find(new Query(Criteria.where("delegationId").is(delegationId)), Delegate.class).stream()
                    .filter(d -> memberIds.contains(d.memberId()) || names.contains(d.name())).toList();
        }
        Map<String, Object> subscribed = roster.get("members", Document.class) == null ? Map.of() : roster.get("members", Document.class);
        List<String> ids = subscribed.entrySet().stream().filter(e -> memberIds.contains(e.getKey()) || names.contains(e.getValue()))
                .map(Map.Entry::getKey).toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        return mongo.find(new Query(Criteria.where("_id").in(ids)), Delegate.class).stream()
                .filter(d -> delegationId.equals(d.delegationId()) && (memberIds.contains(d.memberId()) || names.contains(d.name())))
                .toList();
    }

    /** Keeps what a newer registration event says; an older or repeated one changes nothing. */
    void keep(Delegate delegate) {
        Delegate known = mongo.findById(delegate.memberId(), Delegate.class);
        if (known == null || known.version() <= delegate.version()) {
            mongo.save(delegate);
            mongo.upsert(Query.query(Criteria.where("_id").is(delegate.delegationId())),
                    new Update().set("members." + delegate.memberId(), delegate.name()), ROSTERS);
        }
    }

    /**
     * The delegate no longer wants alerts, or withdrew (unless a newer event said otherwise). The
     * delegation's roster is written even when it had nobody, so every delegation registered has one.
     * Its events come in order from one partition, so nothing else changes this delegate meanwhile.
     */
    void forget(String delegationId, String memberId, long version) {
        Delegate known = mongo.findById(memberId, Delegate.class);
        if (known != null && known.version() > version) {
            return;
        }
        if (known != null) {
            mongo.remove(Query.query(Criteria.where("_id").is(memberId)), Delegate.class);
        }
        mongo.upsert(Query.query(Criteria.where("_id").is(delegationId)), new Update().unset("members." + memberId), ROSTERS);
    }
}
