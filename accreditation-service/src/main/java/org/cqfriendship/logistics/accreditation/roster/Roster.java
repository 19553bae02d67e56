package org.cqfriendship.logistics.accreditation.roster;

import org.bson.Document;
import org.cqfriendship.logistics.accreditation.zones.AccreditationSettings;
import org.cqfriendship.logistics.support.config.ConferenceTime;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import static org.springframework.data.domain.Sort.Direction.ASC;

/**
 * The people accreditation knows, kept from the registration events a batch at a time: one read
 * of the delegations the batch is about, the events applied in order in memory, then one bulk
 * write of the badges due and one of the people changed (version-guarded; a conflict retries the
 * batch). A badge is issued to each new member and again, the old one revoked, when the name or
 * role it shows changes; a withdrawn member's badges are revoked, and an erased member keeps
 * only their ids and version (so the events before the erasure, read again, change nothing). Badges are written
 * first: a crash between the two writes reads the events again and issues the same numbers.
 */
@Component
public class Roster implements InitializingBean {

    private final MongoTemplate mongo;

    Roster(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /**
     * The look-ups of the roster, the board and the no-shows (the local store uses an index only
     * when its keys are exactly the query's), and the version guard of the roster's writes.
     */
    @Override
    public void afterPropertiesSet() {
        var people = mongo.indexOps(Person.class);
        people.createIndex(new Index().on("delegationId", ASC));
        people.createIndex(new Index().on("arrivalDay", ASC)
                .on("withdrawn", ASC));
        people.createIndex(new Index().on("attends", ASC)
                .on("withdrawn", ASC));
        people.createIndex(new Index().on("_id", ASC)
                .on("version", ASC).unique());
    }

    /**
     * What a batch of registration events changes, read from the store and applied in memory;
     * nothing is written yet. The people the events name are read by id; only the events about a
     * whole delegation (its details, its coordinator, a member added beside the others) read its
     * members by delegation, which on the local store is a scan (it keeps no index but a unique one).
     */
    public Plan plan(List<Object> events) {
        Set<String> memberIds = new LinkedHashSet<>();
        Set<String> wholeDelegations = new LinkedHashSet<>();
        events.forEach(event -> {
            memberIds.addAll(membersNamedBy(event));
            if (aboutTheWholeDelegation(event)) {
                wholeDelegations.add(delegationOf(event));
            }
        });
        Map<String, Person> people = new LinkedHashMap<>();
        Map<String, Long> stored = new LinkedHashMap<>();
        List<Criteria> reads = new ArrayList<>();
        if (!memberIds.isEmpty()) {
            reads.add(Criteria.where("_id").in(memberIds));
        }
        if (!wholeDelegations.isEmpty()) {
            reads.add(Criteria.where("delegationId").in(wholeDelegations));
        }
        for (Criteria read : reads) {
            for (Person person : mongo.find(Query.query(read), Person.class)) {
                people.putIfAbsent(person.memberId(), person);
                stored.putIfAbsent(person.memberId(), person.version());
            }
        }
        Plan plan = new Plan(people, stored);
        events.forEach(plan::apply);
        return plan;
    }

    /** The member's badge moves to its next generation (a lost badge): the person as now, or none if withdrawn or unknown. */
    public Optional<Person> nextBadge(String memberId) {
        return Optional.ofNullable(mongo.findAndModify(Query.query(Criteria.where("_id").is(memberId).and("withdrawn").is(false)),
                new Update().inc("badgeGeneration", 1).inc("version", 1), FindAndModifyOptions.options().returnNew(true), Person.class));
    }

    public Optional<Person> person(String memberId) {
        return Optional.ofNullable(mongo.findById(memberId, Person.class));
    }

    public List<Person> delegation(String delegationId) {
        return mongo.find(Query.query(Criteria.where("delegationId").is(delegationId))
                .with(Sort.by("displayName")), Person.class);
    }

    /** Everyone, for the office's list of delegations. */
    public List<Person> everyone() {
        Query query = new Query();
        query.fields().include("delegationId", "locality", "country", "role");
        return mongo.find(query, Person.class);
    }

    /** The people the plan changed, in one bulk write guarded by the versions it read. */
    public void write(Plan plan) {
        if (plan.changed.isEmpty()) {
            return;
        }
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, Person.class);
        int inserts = 0;
        int updates = 0;
        for (String memberId : plan.changed) {
            Document document = new Document();
            mongo.getConverter().write(Objects.requireNonNull(plan.people.get(memberId)), document); // changed: one of the people
            Long version = plan.stored.get(memberId);
            document.put("version", version == null ? 0L : version + 1);
            if (version == null) {
                bulk.insert(document);
                inserts++;
            } else {
                bulk.replaceOne(Query.query(Criteria.where("_id").is(memberId).and("version").is(version)), document);
                updates++;
            }
        }
        var result = bulk.execute();
        if (result.getInsertedCount() != inserts || result.getMatchedCount() != updates) {
            throw new OptimisticLockingFailureException("Some of " + plan.changed.size() + " people changed meanwhile: the batch is read again");
        }
    }

    /** Whether the event names what applying it needs: its delegation, and its members or member. */
    public static boolean wellFormed(Object event) {
        if (delegationOf(event) == null) {
            return false;
        } else if (event instanceof RosterEvents.DelegationRegistered e) {
            return e.members() != null && !e.members().isEmpty() && e.members().stream().allMatch(m -> m != null && m.memberId() != null);
        } else if (event instanceof RosterEvents.DelegateAdded e) {
            return e.member() != null && e.member().memberId() != null;
        } else if (event instanceof RosterEvents.DelegateWithdrawn e) {
            return e.memberId() != null;
        } else if (event instanceof RosterEvents.DelegateDetailsChanged e) {
            return e.memberId() != null;
        } else if (event instanceof RosterEvents.TravelPlanChanged e) {
            return e.memberId() != null;
        } else if (event instanceof RosterEvents.SignupsChanged e) {
            return e.memberId() != null;
        } else if (event instanceof RosterEvents.MemberErased e) {
            return e.memberId() != null;
        }
        return true;
    }

    private static List<String> membersNamedBy(Object event) {
        if (event instanceof RosterEvents.DelegationRegistered e) {
            return e.members() == null ? List.of() : e.members().stream().map(RosterEvents.MemberFacts::memberId).toList();
        } else if (event instanceof RosterEvents.DelegateAdded e) {
            return List.of(e.member().memberId());
        } else if (event instanceof RosterEvents.DelegateWithdrawn e) {
            return List.of(e.memberId());
        } else if (event instanceof RosterEvents.DelegateDetailsChanged e) {
            return List.of(e.memberId());
        } else if (event instanceof RosterEvents.TravelPlanChanged e) {
            return List.of(e.memberId());
        } else if (event instanceof RosterEvents.SignupsChanged e) {
            return List.of(e.memberId());
        } else if (event instanceof RosterEvents.MemberErased e) {
            return List.of(e.memberId());
        }
        return List.of();
    }

    /** A new member takes the delegation's details from the others; these two change everyone's. */
    private static boolean aboutTheWholeDelegation(Object event) {
        return event instanceof RosterEvents.DelegateAdded || event instanceof RosterEvents.DelegationDetailsChanged
                || event instanceof RosterEvents.CoordinatorAssigned;
    }

    private static String delegationOf(Object event) {
        if (event instanceof RosterEvents.DelegationRegistered e) {
            return e.delegationId();
        } else if (event instanceof RosterEvents.DelegateAdded e) {
            return e.delegationId();
        } else if (event instanceof RosterEvents.DelegateWithdrawn e) {
            return e.delegationId();
        } else if (event instanceof RosterEvents.DelegateDetailsChanged e) {
            return e.delegationId();
        } else if (event instanceof RosterEvents.TravelPlanChanged e) {
            return e.delegationId();
        } else if (event instanceof RosterEvents.SignupsChanged e) {
            return e.delegationId();
        } else if (event instanceof RosterEvents.DelegationDetailsChanged e) {
            return e.delegationId();
        } else if (event instanceof RosterEvents.MemberErased e) {
            return e.delegationId();
        } else if (event instanceof RosterEvents.CoordinatorAssigned e) {
            return e.delegationId();
        }
        throw new IllegalArgumentException("Not a roster event: " + event.getClass().getSimpleName());
    }

    /** One batch's events applied in order to the people read, noting what to write. */
    public static final class Plan {

        private final Map<String, Person> people;
        private final Map<String, Long> stored;
        private final Set<String> changed = new LinkedHashSet<>();
        private final Set<String> badgeDue = new LinkedHashSet<>();
        private final Map<String, Integer> revoked = new LinkedHashMap<>();

        private Plan(Map<String, Person> people, Map<String, Long> stored) {
            this.people = people;
            this.stored = stored;
        }

        /** The people whose badge of their current generation is due. */
        public List<Person> badgeDue() {
            return badgeDue.stream().map(people::get).toList();
        }

        /** The members whose badges are all revoked, each with the generation of their last badge. */
        public Map<String, Integer> revoked() {
            return revoked;
        }

        void apply(Object event) {
            if (event instanceof RosterEvents.DelegationRegistered e) {
                long version = e.delegationVersion() == null ? 1 : e.delegationVersion();
                (e.members() == null ? List.<RosterEvents.MemberFacts>of() : e.members())
                        .forEach(member -> add(e.delegationId(), version, e.locality(), e.country(), e.coordinatorId(), member));
            } else if (event instanceof RosterEvents.DelegateAdded e) {
                Person any = people.values().stream().filter(p -> p.delegationId().equals(e.delegationId())).findFirst().orElse(null);
                add(e.delegationId(), e.delegationVersion(), any == null ? null : any.locality(), any == null ? null : any.country(),
                        any == null ? null : any.coordinatorId(), e.member());
            } else if (event instanceof RosterEvents.DelegateWithdrawn e) {
                member(e.memberId(), e.delegationVersion()).ifPresent(person -> {
                    person.withdraw();
                    revoke(person);
                });
            } else if (event instanceof RosterEvents.DelegateDetailsChanged e) {
                member(e.memberId(), e.delegationVersion()).ifPresent(person -> {
                    if (person.describe(e.role(), e.displayName(), e.nativeName(), e.title(), e.nationality()) && !person.withdrawn()) {
                        person.nextBadge();
                        badgeDue.add(person.memberId());
                    }
                });
            } else if (event instanceof RosterEvents.TravelPlanChanged e) {
                member(e.memberId(), e.delegationVersion()).ifPresent(person ->
                        person.travel(e.after() == null ? null : e.after().arrival(), e.after() == null ? null : e.after().hotelNights(),
                                ConferenceTime.ZONE));
            } else if (event instanceof RosterEvents.SignupsChanged e) {
                member(e.memberId(), e.delegationVersion()).ifPresent(person -> person.attends(e.attends()));
            } else if (event instanceof RosterEvents.DelegationDetailsChanged e) {
                everyoneOf(e.delegationId(), e.delegationVersion()).forEach(person -> person.delegation(e.locality(), e.country()));
            } else if (event instanceof RosterEvents.CoordinatorAssigned e) {
                everyoneOf(e.delegationId(), e.delegationVersion()).forEach(person -> person.coordinator(e.coordinatorId()));
            } else if (event instanceof RosterEvents.MemberErased e) {
                member(e.memberId(), e.delegationVersion()).ifPresent(person -> {
                    person.erase();
                    revoke(person);
                });
            } else {
                throw new IllegalArgumentException("Not a roster event: " + event.getClass().getSimpleName());
            }
        }

        private void revoke(Person person) {
            revoked.put(person.memberId(), person.badgeGeneration());
            badgeDue.remove(person.memberId());
        }

        /** The delegation's members the event is new to (marked seen and changed). */
        private List<Person> everyoneOf(String delegationId, long version) {
            List<Person> members = people.values().stream()
                    .filter(person -> person.delegationId().equals(delegationId) && person.unseen(version)).toList();
            members.forEach(person -> {
                person.seen(version);
                changed.add(person.memberId());
            });
            return members;
        }

        private void add(String delegationId, long version, @Nullable String locality, @Nullable String country,
                         @Nullable String coordinatorId, RosterEvents.@Nullable MemberFacts member) {
            if (member == null || member.memberId() == null || people.containsKey(member.memberId())) {
                return; // read again: already known
            }
            Person person = new Person(member.memberId(), delegationId, version, locality, country, coordinatorId);
            person.describe(member.role(), member.displayName(), member.nativeName(), member.title(), member.nationality());
            person.travel(member.arrival(), member.hotelNights(), ConferenceTime.ZONE);
            person.attends(member.attends());
            people.put(person.memberId(), person);
            changed.add(person.memberId());
            badgeDue.add(person.memberId());
        }

        /** The member, if the event is new to them (marked seen and changed). */
        private Optional<Person> member(String memberId, long version) {
            Person person = people.get(memberId);
            if (person == null || !person.unseen(version)) {
                return Optional.empty();
            }
            person.seen(version);
            changed.add(memberId);
            return Optional.of(person);
        }
    }
}
