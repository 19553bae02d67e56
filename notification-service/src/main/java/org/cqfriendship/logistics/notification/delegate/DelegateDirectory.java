package org.cqfriendship.logistics.notification.delegate;

import org.bson.Document;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.FindAndReplaceOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
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
    private final ContactChecks contactChecks;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DelegateDirectory(MongoTemplate mongo, ContactChecks contactChecks, ApplicationEventPublisher events, Clock clock) {
        this.mongo = mongo;
        this.contactChecks = contactChecks;
        this.events = events;
        this.clock = clock;
    }

    public Optional<Delegate> find(String memberId) {
        return Optional.ofNullable(mongo.findById(memberId, Delegate.class));
    }

    /** The delegates with these member ids, by member id, read with one query. */
    public Map<String, Delegate> findAll(Collection<String> memberIds) {
        Map<String, Delegate> found = new HashMap<>();
        mongo.find(new Query(Criteria.where("_id").in(memberIds)), Delegate.class).forEach(d -> found.put(d.memberId(), d));
        return found;
    }

    /** Whom a change to a delegation concerns: its members named by id or, where an event only has names, by name. */
    public record Concern(String delegationId, Collection<String> memberIds, Collection<String> names) {

        boolean isAbout(Delegate delegate) {
            return delegationId.equals(delegate.delegationId()) && (memberIds.contains(delegate.memberId()) || names.contains(delegate.name()));
        }
    }

    /**
     * The subscribed delegates each concern names who confirmed an address, in the concerns' order:
     * the rosters and then the delegates are read with one query each, whatever the number of concerns.
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
            concerned.add(known.stream().filter(concern::isAbout).filter(Delegate::reachable).toList());
        }
        return concerned;
    }

    /** What a registration event says of one delegate: keep these details, or forget them. */
    public sealed interface Entry {
        String memberId();
    }

    /** Keep {@code delegate}; {@code sameTimeZone}: the event does not say it, so the one known stays. */
    public record Keep(Delegate delegate, boolean sameTimeZone) implements Entry {
        public String memberId() {
            return delegate.memberId();
        }
    }

    /** The delegate no longer wants alerts, or withdrew. */
    public record Forget(String delegationId, String memberId, long version) implements Entry {
    }

    /** The member asked to be forgotten: forgotten, and their alerts and pending confirmation requests deleted too. */
    public record Erase(String delegationId, String memberId, long version) implements Entry {
    }

    /**
     * Applies what newer registration events say, in order; an older or repeated one changes
     * nothing. An address new to its delegate is to be confirmed: a request is scheduled
     * ({@link ContactChecks}), and a confirmation holds only while the address stays the same.
     * The delegates are read with one query and written with one ordered bulk write, and so are the rosters. A delegation's roster is written even when it has nobody, so every
     * delegation registered has one. A delegation's events come in order from one partition, so
     * nothing else changes its delegates meanwhile.
     */
    public void apply(List<Entry> entries) {
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
        List<ContactCheck> checks = new ArrayList<>();
        List<String> erased = new ArrayList<>();
        List<String> forgotten = new ArrayList<>();
        Instant now = clock.instant();
        for (Entry entry : entries) {
            Delegate was = known.get(entry.memberId());
            if (entry instanceof Keep keep) {
                Delegate given = keep.sameTimeZone() ? keep.delegate().withTimeZone(was == null ? null : was.timeZone()) : keep.delegate();
                Delegate delegate = given.keepingConfirmationsOf(was);
                if (was == null || was.version() <= delegate.version()) {
                    checks.addAll(checksFor(delegate, was, now));
                    forgotten.remove(delegate.memberId());
                    delegates.replaceOne(byId(delegate.memberId()), delegate, FindAndReplaceOptions.options().upsert());
                    rosters.upsert(byId(delegate.delegationId()), new Update().set("members." + delegate.memberId(), delegate.name()));
                    delegateWrites++;
                    rosterWrites++;
                    known.put(delegate.memberId(), delegate);
                }
            } else if (entry instanceof Erase erase) {
                // Applied whatever the version: nothing of a member who asked to be forgotten is kept.
                delegates.remove(byId(erase.memberId()));
                known.remove(erase.memberId());
                rosters.upsert(byId(erase.delegationId()), new Update().unset("members." + erase.memberId()));
                delegateWrites++;
                rosterWrites++;
                erased.add(erase.memberId());
                forgotten.add(erase.memberId());
            } else if (entry instanceof Forget forget && (was == null || was.version() <= forget.version())) {
                if (was != null) {
                    forgotten.add(forget.memberId());
                    delegates.remove(byId(forget.memberId()));
                    known.remove(forget.memberId());
                    delegateWrites++;
                }
                rosters.upsert(byId(forget.delegationId()), new Update().unset("members." + forget.memberId()));
                rosterWrites++;
            }
        }
        // Before the delegates: a crash between the two writes leaves a check to send, never an address nobody is asked to confirm.
        contactChecks.schedule(checks);
        if (delegateWrites > 0) {
            delegates.execute();
        }
        if (rosterWrites > 0) {
            rosters.execute();
        }
        // A forgotten delegate's requests go too: a request whose delegate is missing waits for it (ConfirmationRequests).
        if (!forgotten.isEmpty()) {
            contactChecks.forget(forgotten);
        }
        if (!erased.isEmpty()) {
            events.publishEvent(new DelegatesErased(erased));
        }
    }

    /** A confirmation request for each address that is new to this delegate and not confirmed. */
    private static List<ContactCheck> checksFor(Delegate delegate, @Nullable Delegate was, Instant now) {
        List<ContactCheck> checks = new ArrayList<>();
        if (delegate.email() != null && !delegate.emailConfirmed() && (was == null || !delegate.email().equals(was.email()))) {
            checks.add(ContactCheck.due(delegate, ContactCheck.Kind.EMAIL, now));
        }
        if (delegate.phone() != null && !delegate.phoneConfirmed() && (was == null || !delegate.phone().equals(was.phone()))) {
            checks.add(ContactCheck.due(delegate, ContactCheck.Kind.PHONE, now));
        }
        return checks;
    }

    /**
     * The owner of the address followed the link sent there: alerts may go to it from now on. False
     * when the delegate no longer has that address (changed since, or withdrew).
     */
    public boolean confirm(String memberId, ContactCheck.Kind kind, String addressDigest) {
        Delegate delegate = mongo.findById(memberId, Delegate.class);
        String address = delegate == null ? null : kind == ContactCheck.Kind.EMAIL ? delegate.email() : delegate.phone();
        if (address == null || !ContactCheck.digestOf(address).equals(addressDigest)) {
            return false;
        }
        String field = kind == ContactCheck.Kind.EMAIL ? "email" : "phone";
        return mongo.updateFirst(Query.query(Criteria.where("_id").is(memberId).and(field).is(address)),
                new Update().set(field + "Confirmed", true), Delegate.class).getMatchedCount() > 0;
    }

    private static Query byId(String id) {
        return Query.query(Criteria.where("_id").is(id));
    }
}
