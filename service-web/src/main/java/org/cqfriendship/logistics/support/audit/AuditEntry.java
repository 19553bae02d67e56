package org.cqfriendship.logistics.support.audit;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * One privileged action, or one refused attempt: who, what, on what, when and from where; and its
 * place in the service's hash chain ({@link AuditChain}).
 *
 * @param actor        the account (or {@code delegation:<id>} for a secret link)
 * @param action       what was done, e.g. {@code coordinator.assigned}, {@code access.denied}
 * @param target       what it was done to (a delegation, a session, an alert, a path)
 * @param details      what a reader needs to understand it; never personal documents
 * @param from         the caller's address
 * @param sequence     its number in the chain, from 1 (0: written before the log was chained)
 * @param previousHash the hash of entry {@code sequence - 1} (empty for the first)
 * @param hash         SHA-256 of this entry's fields and {@code previousHash}
 */
@Document("audit")
public record AuditEntry(@Id String id, Instant at, String service, String actor, String action, String target,
                         Map<String, String> details, String from, long sequence, String previousHash, String hash) {

    /** An entry not yet in the chain. */
    static AuditEntry unchained(String id, Instant at, String service, String actor, String action, String target,
                                Map<String, String> details, String from) {
        return new AuditEntry(id, at, service, actor, action, target, details, from, 0, null, null);
    }

    /** This entry as number {@code sequence} of the chain, after the entry whose hash is {@code previousHash}. */
    AuditEntry chained(long sequence, String previousHash) {
        AuditEntry linked = new AuditEntry(id, at, service, actor, action, target, details, from, sequence, previousHash, null);
        return new AuditEntry(id, at, service, actor, action, target, details, from, sequence, previousHash, linked.computedHash());
    }

    /** The hash its fields make: what {@link #hash} must be unless the entry was altered. */
    String computedHash() {
        StringBuilder text = new StringBuilder();
        field(text, String.valueOf(sequence));
        field(text, previousHash);
        field(text, id);
        field(text, at == null ? null : at.toString());
        field(text, service);
        field(text, actor);
        field(text, action);
        field(text, target);
        new TreeMap<>(details == null ? Map.<String, String>of() : details).forEach((key, value) -> {
            field(text, key);
            field(text, value);
        });
        field(text, from);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Length-prefixed, so no two different entries make the same text. */
    private static void field(StringBuilder text, String value) {
        if (value == null) {
            text.append("-1:");
        } else {
            text.append(value.length()).append(':').append(value);
        }
    }
}
