package org.cqfriendship.logistics.support.work;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class NamedWorkTest {

    private static final Instant NOW = Instant.parse("2026-05-20T02:00:00Z");

    @Test
    void givesWhatIsDueEarliestFirstOnceAndKeepsTheRestForLater() {
        NamedWork work = new NamedWork();
        assertThat(work.name("retry", NOW.plusSeconds(4), NOW)).as("not due yet").isFalse();
        assertThat(work.name("b", NOW, NOW)).isTrue();
        work.name("a", NOW.minusSeconds(1), NOW);
        work.name("b", NOW.plusSeconds(9), NOW); // named again for later: the earlier time stands

        assertThat(done(work, NOW)).containsExactly("a", "b");
        assertThat(done(work, NOW)).isEmpty();
        assertThat(done(work, NOW.plusSeconds(4))).containsExactly("retry");
    }

    @Test
    void afterAFailureTheRestStayNamed() {
        NamedWork work = new NamedWork();
        work.name("a", NOW.minusSeconds(2), NOW);
        work.name("b", NOW.minusSeconds(1), NOW);
        work.name("c", NOW, NOW);
        List<String> tried = new ArrayList<>();
        assertThat(work.workDue(NOW, id -> tried.add(id) && !id.equals("b"))).isFalse();

        assertThat(tried).containsExactly("a", "b");
        assertThat(done(work, NOW)).as("the one that failed was not named again by its work").containsExactly("c");
    }

    private static List<String> done(NamedWork work, Instant now) {
        List<String> done = new ArrayList<>();
        work.workDue(now, done::add);
        return done;
    }
}
