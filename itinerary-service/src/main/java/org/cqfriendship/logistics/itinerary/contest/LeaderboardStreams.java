package org.cqfriendship.logistics.itinerary.contest;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.cqfriendship.logistics.support.work.PollingWorker;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.cqfriendship.logistics.support.web.ServerSentEvents;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The leaderboard pages open on this instance, told the contest's version ({@code changed}) when
 * it changes, and once as they connect (so a change between rendering a page and connecting is
 * not missed: the page reloads when the version is not the one it shows). A submission here wakes
 * the worker at once, and every two seconds it reads the rounds (three reads, only while a page
 * is open), so a judge submitting on another instance is seen too.
 */
@Component
class LeaderboardStreams extends PollingWorker {

    private static final Logger log = LoggerFactory.getLogger(LeaderboardStreams.class);
    private static final Duration TIMEOUT = Duration.ofMinutes(30);
    private static final Duration RECONNECT = Duration.ofSeconds(5);

    private final Judging judging;
    private final ServerSentEvents streams;
    private final List<SseEmitter> pages = new CopyOnWriteArrayList<>();
    private volatile @Nullable String lastSeen;

    LeaderboardStreams(Judging judging, ServerSentEvents streams) {
        super("leaderboard-streams", Duration.ofSeconds(2));
        this.judging = judging;
        this.streams = streams;
    }

    SseEmitter subscribe() {
        SseEmitter emitter = new SseEmitter(TIMEOUT.toMillis());
        return streams.opened(emitter, emitter, pages,
                SseEmitter.event().name("changed").data(version(judging.rounds())).reconnectTime(RECONNECT.toMillis()));
    }

    /** What the leaderboard shows changes with this: each round's state, teams and judges submitted. */
    static String version(List<Judging.Round> rounds) {
        return Integer.toHexString(rounds.stream().map(r -> r.id() + ":" + r.state() + ":" + r.submittedBy().size() + ":" + r.teams())
                .toList().hashCode());
    }

    @EventListener
    void onChange(Judging.ContestChanged changed) {
        wakeUp();
    }

    @Override
    protected void poll() {
        if (pages.isEmpty()) {
            lastSeen = null;
            return;
        }
        String now = version(judging.rounds());
        if (!Objects.equals(lastSeen, now)) {
            for (SseEmitter page : pages) {
                try {
                    page.send(SseEmitter.event().name("changed").data(now));
                } catch (IOException | IllegalStateException gone) {
                    log.debug("A leaderboard page went away: {}", gone.getMessage());
                    page.completeWithError(gone);
                }
            }
        }
        lastSeen = now;
    }
}
