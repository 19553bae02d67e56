package org.cqfriendship.logistics.notification.alert;

import org.cqfriendship.logistics.notification.testing.TestChannels;
import org.cqfriendship.logistics.notification.wording.Phrase;
import org.cqfriendship.logistics.support.testing.EmbeddedPlatformTest;
import org.cqfriendship.logistics.support.testing.MovableClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A change that joined a held digest, with the service crashing right after the join, is told once
 * when it comes again, even after that digest went out and another change opened the next one.
 */
@EmbeddedPlatformTest
class HeldDigestCrashTest {

    private static final String LOCALITY = "Luang Prabang Province";

    @TestConfiguration
    static class Crashes {
        @Bean
        @Primary
        MovableClock movableClock() {
            return new MovableClock(Instant.parse("2026-05-20T02:00:00Z"));
        }

        @Bean
        @Primary
        CrashingHeldAlerts crashingHeldAlerts(MongoTemplate mongo) {
            return new CrashingHeldAlerts(mongo);
        }
    }

    /** Held alerts that can be told to stop the batch right after its parts joined their alerts, as a crash there would. */
    static class CrashingHeldAlerts extends HeldAlerts {
        final AtomicBoolean crashAfterJoin = new AtomicBoolean();

        CrashingHeldAlerts(MongoTemplate mongo) {
            super(mongo);
        }

        @Override
        Map<String, Alert> join(Map<String, List<Alert.Part>> partsByAlert, Map<String, Alert> held) {
            Map<String, Alert> joined = super.join(partsByAlert, held);
            if (crashAfterJoin.getAndSet(false)) {
                throw new IllegalStateException("crashed right after the join");
            }
            return joined;
        }
    }

    @DynamicPropertySource
    static void channels(DynamicPropertyRegistry registry) {
        TestChannels.register(registry);
    }

    @Autowired
    AlertService alerts;
    @Autowired
    CrashingHeldAlerts held;
    @Autowired
    MovableClock clock;
    @Autowired
    DigestSettings digest;
    @Autowired
    MongoTemplate mongo;

    @Test
    void aChangeRedeliveredAfterACrashPastItsJoinIsNotToldAgainInTheNextDigest() {
        String delegation = UUID.randomUUID().toString();
        String first = UUID.randomUUID().toString();
        String second = UUID.randomUUID().toString();
        String third = UUID.randomUUID().toString();

        alerts.record(change(first, delegation));
        held.crashAfterJoin.set(true);
        assertThatThrownBy(() -> alerts.record(change(second, delegation))).hasMessageContaining("crashed");
        clock.advance(digest.window().plusMinutes(1));
        alerts.record(change(third, delegation));
        alerts.record(change(second, delegation));

        assertThat(alertsWithPart(second)).as("the alerts that tell the second change").containsExactly(first);
        assertThat(alertsWithPart(third)).containsExactly(third);
    }

    @Test
    void aChangeRedeliveredAfterACrashBeforeItsJoinIsToldThen() {
        String delegation = UUID.randomUUID().toString();
        String first = UUID.randomUUID().toString();
        String second = UUID.randomUUID().toString();
        alerts.record(change(first, delegation));
        // Noted as joining the held alert, then the crash before the join.
        held.noteJoined(Map.of(second, first));

        alerts.record(change(second, delegation));

        assertThat(alertsWithPart(second)).containsExactly(first);
    }

    private List<String> alertsWithPart(String eventId) {
        return mongo.find(Query.query(Criteria.where("parts.eventId").is(eventId)), Alert.class).stream().map(Alert::id).toList();
    }

    private static AlertService.Change change(String eventId, String delegation) {
        Phrase title = Phrase.of("alert.itinerary.title.changed", Phrase.Arg.text(LOCALITY));
        return new AlertService.Change(eventId, delegation, "coord-demo", LOCALITY, AlertKind.ITINERARY_CHANGED, false, title,
                List.of(title), List.of(), Set.of(), Set.of(), null, List.of());
    }
}
