package org.cqfriendship.logistics.support.audit;

import org.bson.Document;
import org.cqfriendship.logistics.support.testing.InMemoryMongo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The audit log is a hash chain: any entry altered or removed afterwards is named by the verification. */
class AuditChainTest {

    private final InMemoryMongo.Fresh database = InMemoryMongo.freshDatabase("audit");
    private final AuditLog audit = new AuditLog(database.mongo(), Clock.systemUTC(), "registration-service");

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void anUntouchedLogVerifies() {
        for (int i = 0; i < 7; i++) {
            audit.record("programme", "coordinator.assigned", "delegation-" + i, Map.of("to", "coord-li"));
        }

        AuditChain.Verification verification = audit.verify();

        assertThat(verification.intact()).isTrue();
        assertThat(verification.entriesChecked()).isEqualTo(7);
    }

    @Test
    void anEntryChangedAfterwardsIsNamed() {
        for (int i = 0; i < 5; i++) {
            audit.record("programme", "coordinator.assigned", "delegation-" + i, Map.of("to", "coord-li"));
        }
        database.mongo().getCollection("audit").updateOne(new Document("sequence", 3L),
                new Document("$set", new Document("actor", "someone-else")));

        AuditChain.Verification verification = audit.verify();

        assertThat(verification.intact()).isFalse();
        assertThat(verification.firstBrokenSequence()).isEqualTo(3);
        assertThat(verification.reason()).contains("changed");
        assertThat(verification.entriesChecked()).isEqualTo(2);
    }

    @Test
    void anEntryRemovedIsNamed() {
        for (int i = 0; i < 5; i++) {
            audit.record("programme", "coordinator.assigned", "delegation-" + i, Map.of());
        }
        database.mongo().getCollection("audit").deleteOne(new Document("sequence", 2L));

        AuditChain.Verification verification = audit.verify();

        assertThat(verification.firstBrokenSequence()).isEqualTo(2);
        assertThat(verification.reason()).contains("missing");
    }

    @Test
    void twoInstancesWritingInTurnKeepOneChain() {
        AuditLog other = new AuditLog(database.mongo(), Clock.systemUTC(), "registration-service");
        for (int i = 0; i < 6; i++) {
            (i % 2 == 0 ? audit : other).record("programme", "session.moved", "session-" + i, Map.of());
        }

        assertThat(audit.verify().intact()).isTrue();
        assertThat(audit.verify().entriesChecked()).isEqualTo(6);
        assertThat(database.mongo().getCollection("audit").countDocuments()).isEqualTo(6);
    }
}
