package org.cqfriendship.logistics.registration.desk;

import org.bson.Document;
import org.cqfriendship.logistics.access.Caller;
import org.cqfriendship.logistics.access.Role;
import org.cqfriendship.logistics.registration.delegation.Delegation;
import org.cqfriendship.logistics.registration.delegation.DelegationService;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The desk's rows ({@link DelegationRow}): kept from events a batch at a time, and searched,
 * filtered, sorted and paged by the store.
 */
@Component
public class DelegationRows {

    private final MongoTemplate mongo;
    private final DelegationService delegations;

    DelegationRows(MongoTemplate mongo, DelegationService delegations) {
        this.mongo = mongo;
        this.delegations = delegations;
    }

    /** What a batch of events asks of the rows. */
    public sealed interface Change {
    }

    /** The delegation changed: its row is written again from what is registered now. */
    public record Registered(String delegationId) implements Change {
    }

    /** The itinerary-service found a clash ({@code detail}) or saw it resolved (no detail). */
    public record Clash(String delegationId, String clashId, DelegationRow.@Nullable Clash detail) implements Change {
    }

    /** The notification-service opened a coordinator's alert about the delegation ({@code open}) or saw it acknowledged. */
    public record Alert(String delegationId, String alertId, boolean urgent, boolean open) implements Change {
    }

    /**
     * Applies a batch: one read of the delegations it names and one ordered write of their rows,
     * whatever the batch's size. A row is written from the registration as it is now, so a
     * repeated or late event writes the same row again; clashes and alerts are added or removed as
     * set members, at most two updates a row per batch ({@link RowMarks}). Answers the registrations it read, for
     * whatever else the batch's events ask of them.
     */
    public List<Delegation> apply(List<Change> changes) {
        Set<String> registered = new LinkedHashSet<>();
        changes.forEach(change -> {
            if (change instanceof Registered r) {
                registered.add(r.delegationId());
            }
        });
        BulkOperations rows = mongo.bulkOps(BulkOperations.BulkMode.ORDERED, DelegationRow.COLLECTION);
        boolean any = false;
        Set<String> gone = new HashSet<>(registered);
        List<Delegation> read = registered.isEmpty() ? List.of() : delegations.findAll(registered);
        for (Delegation delegation : read) {
            rows.upsert(byId(delegation.id()), DelegationRow.of(delegation));
            gone.remove(delegation.id());
            any = true;
        }
        if (!gone.isEmpty()) {
            rows.remove(Query.query(Criteria.where("_id").in(gone)));
            any = true;
        }
        Map<String, RowMarks> marks = new LinkedHashMap<>();
        for (Change change : changes) {
            if (change instanceof Clash clash) {
                marks.computeIfAbsent(clash.delegationId(), id -> new RowMarks()).add(clash);
            } else if (change instanceof Alert alert) {
                marks.computeIfAbsent(alert.delegationId(), id -> new RowMarks()).add(alert);
            }
        }
        for (Map.Entry<String, RowMarks> row : marks.entrySet()) {
            for (Update update : row.getValue().updates()) {
                rows.upsert(byId(row.getKey()), update);
                any = true;
            }
        }
        if (any) {
            rows.execute();
        }
        return read;
    }

    /** Writes these rows now rather than when the events come back: staff see their own change at once. */
    void rewrite(Collection<String> delegationIds) {
        apply(delegationIds.stream().<Change>map(Registered::new).toList());
    }

    /** One page of the rows the query finds, in its order: a count and a read of the page. */
    Page<DelegationRow> find(DeskQuery query, Scope scope, Pageable page) {
        Query found = Query.query(query.criteria(scope));
        long total = mongo.count(found, DelegationRow.COLLECTION);
        List<DelegationRow> rows = mongo.find(Query.query(query.criteria(scope)).with(query.storeOrder()).with(page), DelegationRow.class);
        return new PageImpl<>(rows, page, total);
    }

    /** Every delegation the query finds, in its order (what a download lists). */
    List<String> ids(DeskQuery query, Scope scope) {
        Query found = Query.query(query.criteria(scope)).with(query.storeOrder());
        found.fields().include("_id");
        return mongo.find(found, Document.class, DelegationRow.COLLECTION).stream().map(row -> row.getString("_id")).toList();
    }

    /** The countries registered so far, for the filter. */
    List<String> countries() {
        return mongo.findDistinct(new Query(), "country", DelegationRow.COLLECTION, String.class).stream()
                .filter(Objects::nonNull).sorted().toList();
    }

    long count() {
        return mongo.estimatedCount(DelegationRow.COLLECTION);
    }

    Optional<DelegationRow> find(String delegationId) {
        return Optional.ofNullable(mongo.findById(delegationId, DelegationRow.class));
    }

    /** Per coordinator, their delegations' unacknowledged alerts: {all, urgent} (one read of the rows that have any). */
    Map<String, int[]> alertsByCoordinator() {
        Query withAlerts = Query.query(Criteria.where("openAlerts.0").exists(true));
        withAlerts.fields().include("coordinatorId", "openAlerts", "urgentAlerts");
        Map<String, int[]> counts = new TreeMap<>();
        for (Document row : mongo.find(withAlerts, Document.class, DelegationRow.COLLECTION)) {
            if (row.getString("coordinatorId") != null) {
                int[] count = counts.computeIfAbsent(row.getString("coordinatorId"), id -> new int[2]);
                count[0] += row.getList("openAlerts", String.class, List.of()).size();
                count[1] += row.getList("urgentAlerts", String.class, List.of()).size();
            }
        }
        return counts;
    }

    /** Writes the rows of these delegations, read already (at start, when there are no rows yet). */
    void write(Collection<Delegation> registered) {
        BulkOperations rows = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, DelegationRow.COLLECTION);
        registered.forEach(delegation -> rows.upsert(byId(delegation.id()), DelegationRow.of(delegation)));
        if (!registered.isEmpty()) {
            rows.execute();
        }
    }

    private static Query byId(String id) {
        return Query.query(Criteria.where("_id").is(id));
    }

    /** Whose rows a reader may see: every delegation, or one coordinator's. */
    record Scope(@Nullable String coordinatorId, boolean all) {

        static Scope everyone() {
            return new Scope(null, true);
        }

        static Scope of(String coordinatorId) {
            return new Scope(coordinatorId, false);
        }

        /** Programme staff see every delegation, a coordinator their own, anyone else none. */
        static Optional<Scope> of(Caller caller) {
            if (caller.has(Role.PROGRAMME)) {
                return Optional.of(everyone());
            }
            return Optional.ofNullable(caller.inbox()).map(Scope::of);
        }
    }
}
