package org.cqfriendship.logistics.support.audit;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

/**
 * The audit log as a hash chain: entry {@code n} holds the hash of entry {@code n - 1}, and its own
 * hash covers its fields and that link, so an entry altered, removed or slipped in breaks the chain
 * from there on ({@link #verify}). The head (last sequence and hash) is kept in memory and in one
 * document ({@code audit_chain}); {@code sequence} is unique, so two instances of a service that
 * extend the chain at once cannot both take a number: the one refused reads the head again and
 * chains its entries after the other's. Every read is by id or by the unique sequence.
 */
public class AuditChain {

    static final int PAGE = 500;
    private final MongoTemplate mongo;
    private Head head;
    private volatile boolean indexed;

    AuditChain(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** The chain's last entry: its sequence and hash. */
    @Document("audit_chain")
    record Head(@Id String id, long sequence, String hash) {

        static final String ID = "head";
        static final Head EMPTY = new Head(ID, 0, "");
    }

    /** What {@link #verify} found: how many entries hold, and the first that does not (null: none). */
    public record Verification(long entriesChecked, Long firstBrokenSequence, String firstBrokenId, String reason) {

        public boolean intact() {
            return firstBrokenSequence == null;
        }
    }

    /** Writes the entries as the chain's next ones, with one insert (and one head update). Callers hold the log's write lock. */
    void append(List<AuditEntry> entries) {
        ensureIndexed();
        if (head == null) {
            head = caughtUp(stored());
        }
        for (int attempt = 0; ; attempt++) {
            List<AuditEntry> chained = new ArrayList<>();
            Head next = head;
            for (AuditEntry entry : entries) {
                AuditEntry linked = entry.chained(next.sequence() + 1, next.hash());
                chained.add(linked);
                next = new Head(Head.ID, linked.sequence(), linked.hash());
            }
            try {
                mongo.insert(chained, AuditEntry.class);
            } catch (DataAccessException refused) {
                if (!isDuplicateKey(refused) || attempt == 20) {
                    throw refused;
                }
                head = caughtUp(stored()); // another instance extended the chain: go after its entries
                continue;
            }
            moveHead(next);
            head = next;
            return;
        }
    }

    /** Walks the chain from its first entry, {@value #PAGE} at a time, and names the first entry that breaks it. */
    Verification verify() {
        String previous = "";
        long checked = 0;
        for (long from = 1; ; from += PAGE) {
            Map<Long, AuditEntry> page = bySequence(from, PAGE);
            for (long sequence = from; sequence < from + PAGE; sequence++) {
                AuditEntry entry = page.get(sequence);
                if (entry == null) {
                    Head last = caughtUp(stored());
                    return sequence > last.sequence() ? new Verification(checked, null, null, null)
                            : new Verification(checked, sequence, null, "entry " + sequence + " is missing");
                }
                if (!previous.equals(entry.previousHash())) {
                    return new Verification(checked, sequence, entry.id(), "it does not follow entry " + (sequence - 1));
                }
                if (!entry.computedHash().equals(entry.hash())) {
                    return new Verification(checked, sequence, entry.id(), "its fields were changed after it was written");
                }
                previous = entry.hash();
                checked++;
            }
        }
    }

    private static boolean isDuplicateKey(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof DuplicateKeyException || cause instanceof MongoBulkWriteException bulk
                    && bulk.getWriteErrors().stream().allMatch(e -> e.getCategory() == ErrorCategory.DUPLICATE_KEY)) {
                return true;
            }
        }
        return false;
    }

    private Head stored() {
        Head stored = mongo.findById(Head.ID, Head.class);
        return stored == null ? Head.EMPTY : stored;
    }

    /** The head, moved past entries written after it (a writer that stopped between its entries and its head update). */
    private Head caughtUp(Head from) {
        Head last = from;
        while (true) {
            Map<Long, AuditEntry> ahead = bySequence(last.sequence() + 1, PAGE);
            long sequence = last.sequence() + 1;
            while (ahead.containsKey(sequence)) {
                last = new Head(Head.ID, sequence, ahead.get(sequence).hash());
                sequence++;
            }
            if (ahead.size() < PAGE) {
                return last;
            }
        }
    }

    private Map<Long, AuditEntry> bySequence(long from, int count) {
        List<Long> sequences = LongStream.range(from, from + count).boxed().toList();
        return mongo.find(Query.query(Criteria.where("sequence").in(sequences)), AuditEntry.class).stream()
                .collect(Collectors.toMap(AuditEntry::sequence, Function.identity()));
    }

    /** Moves the stored head forward (never back: a slower writer's older head is ignored). */
    private void moveHead(Head next) {
        Query behind = Query.query(Criteria.where("_id").is(Head.ID).and("sequence").lt(next.sequence()));
        if (mongo.updateFirst(behind, new Update().set("sequence", next.sequence()).set("hash", next.hash()), Head.class)
                .getMatchedCount() == 0) {
            try {
                mongo.insert(next);
            } catch (DuplicateKeyException ahead) {
                // the head is already at or past this entry
            }
        }
    }

    /** Sparse: entries written before the log was chained have no sequence, and are left out of it. */
    private void ensureIndexed() {
        if (!indexed) {
            mongo.indexOps(AuditEntry.class).createIndex(new Index("sequence", Sort.Direction.ASC).unique().sparse().named("audit_sequence"));
            indexed = true;
        }
    }
}
