package org.cqfriendship.logistics.accreditation.board;

import org.cqfriendship.logistics.accreditation.zones.AccreditationSettings;
import org.cqfriendship.logistics.support.config.ConferenceTime;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.time.Clock;
import java.time.LocalDate;

/** The who-is-here board (live, per day) and the sessions' no-show lists, for programme and operations staff. */
@Controller
class BoardController {

    private final WhoIsHere whoIsHere;
    private final BoardStreams streams;
    private final NoShows noShows;
    private final AccreditationSettings settings;
    private final Clock clock;

    BoardController(WhoIsHere whoIsHere, BoardStreams streams, NoShows noShows, AccreditationSettings settings, Clock clock) {
        this.settings = settings;
        this.whoIsHere = whoIsHere;
        this.streams = streams;
        this.noShows = noShows;
        this.clock = clock;
    }

    @GetMapping("/board")
    String board(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day, Model model) {
        LocalDate shown = dayOr(day);
        model.addAttribute("board", whoIsHere.on(shown));
        model.addAttribute("day", shown);
        return "board";
    }

    @GetMapping(path = "/board/stream", produces = "text/event-stream")
    @ResponseBody
    SseEmitter stream(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day) {
        return streams.subscribe(dayOr(day));
    }

    @GetMapping("/no-shows")
    String noShows(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day, Model model) {
        LocalDate shown = dayOr(day);
        model.addAttribute("sessions", noShows.on(shown));
        model.addAttribute("noShowMinutes", settings.noShowAfter().toMinutes());
        model.addAttribute("day", shown);
        return "no-shows";
    }

    private LocalDate dayOr(LocalDate day) {
        return day != null ? day : LocalDate.now(clock.withZone(ConferenceTime.ZONE));
    }
}
