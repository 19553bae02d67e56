package org.cqfriendship.logistics.support.audit;

import jakarta.servlet.http.HttpServletRequest;
import org.bson.Document;
import org.cqfriendship.logistics.access.Caller;
import org.cqfriendship.logistics.support.security.Callers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The service's audit log (its own {@code audit} collection): every privileged action, recorded
 * after it took effect, with the caller and their address taken from the current request, each
 * entry chained to the one before by its hash ({@link AuditChain}).
 */
public class AuditLog {

    private static final Logger log = LoggerFactory.getLogger(AuditLog.class);
    private final MongoTemplate mongo;
    private final Clock clock;
    private final String service;
    private volatile boolean indexed;
    private final Queue<Queued> queued = new ConcurrentLinkedQueue<>();
    private final Object writing = new Object();
    private final AuditChain chain;
    /** Per target, the ids of the entries about it, oldest first. */
    static final String TRAILS = "audit_trails";

    public AuditLog(MongoTemplate mongo, Clock clock, String service) {
        this.mongo = mongo;
        this.chain = new AuditChain(mongo);
        this.clock = clock;
        this.service = service;
    }

    /** Records what the current caller just did. */
    public void record(String action, String target, Map<String, String> details) {
        record(Callers.current().name(), action, target, details);
    }

    /**
     * Records it before answering, as every entry is: callers at the same moment share one write
     * (group commit). The first to take the writer's turn writes every entry queued by then with
     * one insert; the others find theirs written, or write the next group.
     */
    public void record(String actor, String action, String target, Map<String, String> details) {
        // To the millisecond, as the store keeps it: the hash must be the same when read back.
        AuditEntry entry = AuditEntry.unchained(UUID.randomUUID().toString(), clock.instant().truncatedTo(ChronoUnit.MILLIS), service, actor, action, target,
                details == null ? Map.of() : details, callerAddress());
        Queued mine = new Queued(entry, new CompletableFuture<>());
        queued.add(mine);
        synchronized (writing) {
            if (!mine.written().isDone()) {
                writeQueued();
            }
        }
        try {
            mine.written().join();
        } catch (CompletionException failed) {
            throw failed.getCause() instanceof RuntimeException cause ? cause : failed;
        }
        log.debug("audit {} {} {} by {} from {}", action, target, entry.details(), actor, entry.from());
    }

    /** An entry waiting for the next group write, and that write's outcome. */
    private record Queued(AuditEntry entry, CompletableFuture<Void> written) {
    }

    private void writeQueued() {
        List<Queued> group = new ArrayList<>();
        for (Queued next = queued.poll(); next != null; next = queued.poll()) {
            group.add(next);
        }
        try {
            ensureIndexed();
            noteInTrails(group.stream().map(Queued::entry).toList());
            chain.append(group.stream().map(Queued::entry).toList());
            group.forEach(entry -> entry.written().complete(null));
        } catch (RuntimeException failed) {
            group.forEach(entry -> entry.written().completeExceptionally(failed));
        }
    }

    /** Checks the whole chain and names the first entry that breaks it (writers go on meanwhile: they only add after the head). */
    public AuditChain.Verification verify() {
        return chain.verify();
    }

    /** The newest entries first. */
    public List<AuditEntry> newest(int limit) {
        return mongo.find(new Query().with(Sort.by(Sort.Direction.DESC, "at")).limit(limit), AuditEntry.class);
    }

    /**
     * The newest entries about one target (a delegation, a session), newest first: its trail and
     * then the entries it names, two look-ups by id however long the log.
     */
    public List<AuditEntry> about(String target, int limit) {
        Document trail = mongo.findById(target, Document.class, TRAILS);
        if (trail == null) {
            return List.of();
        }
        List<String> ids = trail.getList("entries", String.class);
        List<String> newest = ids.subList(Math.max(0, ids.size() - limit), ids.size());
        return mongo.find(Query.query(Criteria.where("_id").in(newest)), AuditEntry.class).stream()
                .sorted(Comparator.comparing(AuditEntry::at).thenComparing(AuditEntry::sequence).reversed()).toList();
    }

    /**
     * Each target's trail names its entries (one write for the group). Written before the entries
     * themselves: a trail may name an entry whose write then failed (it is not found and not shown),
     * but never misses one that was written.
     */
    private void noteInTrails(List<AuditEntry> entries) {
        Map<String, List<String>> byTarget = new LinkedHashMap<>();
        entries.stream().filter(entry -> entry.target() != null)
                .forEach(entry -> byTarget.computeIfAbsent(entry.target(), target -> new ArrayList<>()).add(entry.id()));
        if (byTarget.isEmpty()) {
            return;
        }
        BulkOperations trails = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, TRAILS);
        byTarget.forEach((target, ids) -> trails.upsert(Query.query(Criteria.where("_id").is(target)),
                new Update().push("entries").each(ids.toArray())));
        trails.execute();
    }

    private void ensureIndexed() {
        if (!indexed) {
            mongo.indexOps(AuditEntry.class).createIndex(new Index("at", Sort.Direction.DESC).named("audit_at"));
            indexed = true;
        }
    }

    private static String callerAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }
}
