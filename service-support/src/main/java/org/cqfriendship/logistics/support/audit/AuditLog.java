package org.cqfriendship.logistics.support.audit;

import jakarta.servlet.http.HttpServletRequest;
import org.cqfriendship.logistics.support.security.Caller;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The service's audit log (its own {@code audit} collection): every privileged action, recorded
 * after it took effect, with the caller and their address taken from the current request.
 */
public class AuditLog {

    private static final Logger log = LoggerFactory.getLogger(AuditLog.class);
    private final MongoTemplate mongo;
    private final Clock clock;
    private final String service;
    private volatile boolean indexed;

    public AuditLog(MongoTemplate mongo, Clock clock, String service) {
        this.mongo = mongo;
        this.clock = clock;
        this.service = service;
    }

    /** Records what the current caller just did. */
    public void record(String action, String target, Map<String, String> details) {
        record(Caller.current().name(), action, target, details);
    }

    public void record(String actor, String action, String target, Map<String, String> details) {
        AuditEntry entry = new AuditEntry(UUID.randomUUID().toString(), clock.instant(), service, actor, action, target,
                details == null ? Map.of() : details, callerAddress());
        ensureIndexed();
        mongo.insert(entry);
        log.info("audit {} {} {} by {} from {}", action, target, entry.details(), actor, entry.from());
    }

    /** The newest entries first. */
    public List<AuditEntry> newest(int limit) {
        return mongo.find(new Query().with(Sort.by(Sort.Direction.DESC, "at")).limit(limit), AuditEntry.class);
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
