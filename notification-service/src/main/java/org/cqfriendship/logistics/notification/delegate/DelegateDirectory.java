package org.cqfriendship.logistics.notification.delegate;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The delegates who asked for alerts, kept from the registration events. */
@Component
public class DelegateDirectory {

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
        return mongo.find(new Query(Criteria.where("delegationId").is(delegationId)), Delegate.class).stream()
                .filter(d -> memberIds.contains(d.memberId()) || names.contains(d.name())).toList();
    }

    /** Keeps what a newer registration event says; an older or repeated one changes nothing. */
    void keep(Delegate delegate) {
        Delegate known = mongo.findById(delegate.memberId(), Delegate.class);
        if (known == null || known.version() <= delegate.version()) {
            mongo.save(delegate);
        }
    }

    /** The delegate no longer wants alerts, or withdrew. */
    void forget(String memberId, long version) {
        mongo.remove(new Query(Criteria.where("_id").is(memberId).and("version").lte(version)), Delegate.class);
    }
}
