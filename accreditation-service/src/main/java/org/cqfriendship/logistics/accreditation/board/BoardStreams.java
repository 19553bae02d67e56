package org.cqfriendship.logistics.accreditation.board;

import org.cqfriendship.logistics.accreditation.scanning.Scanning;
import org.cqfriendship.logistics.support.web.ServerSentEvents;
import org.cqfriendship.logistics.support.work.PollingWorker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The who-is-here boards open on this instance, told their day's version ({@code changed}) when it
 * changes and once as they connect, so a scan between rendering a board and connecting is not
 * missed. A scan here wakes the worker at once; every two seconds it counts each open day's scans
 * (one count per day shown, only while a board is open), so scans at another instance show too.
 */
@Component
class BoardStreams extends PollingWorker {

    private static final Logger log = LoggerFactory.getLogger(BoardStreams.class);
    private static final Duration TIMEOUT = Duration.ofMinutes(30);
    private static final Duration RECONNECT = Duration.ofSeconds(5);

    private record Page(SseEmitter emitter, LocalDate day) {
    }

    private final WhoIsHere board;
    private final ServerSentEvents streams;
    private final List<Page> pages = new CopyOnWriteArrayList<>();
    private final Map<LocalDate, String> lastSeen = new ConcurrentHashMap<>();

    BoardStreams(WhoIsHere board, ServerSentEvents streams) {
        super("board-streams", Duration.ofSeconds(2));
        this.board = board;
        this.streams = streams;
    }

    SseEmitter subscribe(LocalDate day) {
        SseEmitter emitter = new SseEmitter(TIMEOUT.toMillis());
        return streams.opened(emitter, new Page(emitter, day), pages,
                SseEmitter.event().name("changed").data(board.versionOn(day)).reconnectTime(RECONNECT.toMillis()));
    }

    @EventListener
    void onScan(Scanning.ScanRecorded recorded) {
        wakeUp();
    }

    @Override
    protected void poll() {
        Map<LocalDate, String> now = new HashMap<>();
        for (Page page : pages) {
            String version = now.computeIfAbsent(page.day(), board::versionOn);
            if (Objects.equals(lastSeen.get(page.day()), version)) {
                continue;
            }
            try {
                page.emitter().send(SseEmitter.event().name("changed").data(version));
            } catch (IOException | IllegalStateException gone) {
                log.debug("A board went away: {}", gone.getMessage());
                page.emitter().completeWithError(gone);
            }
        }
        lastSeen.clear();
        lastSeen.putAll(now);
    }
}
