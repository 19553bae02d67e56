package org.cqfriendship.logistics.itinerary.contest;

import org.cqfriendship.logistics.access.Caller;
import org.cqfriendship.logistics.itinerary.programme.Programme;
import org.cqfriendship.logistics.support.security.Callers;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The contest's leaderboard, for a big screen: each heat's ranking once closed (and how many
 * judges have submitted while it is judged), then the final's. Public unless
 * {@code leaderboard-public} is false; the page refreshes itself when the stream says something changed.
 */
@Controller
class LeaderboardController {

    private final Judging judging;
    private final HotpotContest contest;
    private final HotpotSettings settings;
    private final Programme programme;
    private final LeaderboardStreams streams;

    LeaderboardController(Judging judging, HotpotContest contest, HotpotSettings settings, Programme programme,
                          LeaderboardStreams streams) {
        this.judging = judging;
        this.contest = contest;
        this.settings = settings;
        this.programme = programme;
        this.streams = streams;
    }

    /** A round as the leaderboard shows it: its title, state, judges submitted, and each team's standing with its names. */
    public record Board(List<Row> rounds) {
    }

    public record Row(String id, @Nullable String title, boolean isFinal, Judging.State state, int submitted, int judges, List<Place> standings,
                      List<String> teams) {
    }

    public record Place(int rank, String teamName, String locality, String country, int total, Map<String, Integer> byCriterion,
                        boolean finalist) {
    }

    @GetMapping("/contest/hotpot/results")
    String page(Model model) {
        allowed();
        List<Judging.Round> read = judging.rounds();
        List<Judging.Round> rounds = judging.closeOverdue(read) ? judging.rounds() : read;
        model.addAttribute("board", board(rounds));
        model.addAttribute("version", LeaderboardStreams.version(rounds));
        model.addAttribute("criteria", settings.criteria());
        model.addAttribute("caller", Callers.current());
        return "leaderboard";
    }

    @GetMapping("/api/contest/hotpot/results")
    @ResponseBody
    Board results() {
        allowed();
        return board(judging.rounds());
    }

    /** Says {@code changed} whenever a judge submits or a round closes, on any instance. */
    @GetMapping("/contest/hotpot/results/stream")
    SseEmitter stream() {
        allowed();
        return streams.subscribe();
    }

    private void allowed() {
        if (!settings.leaderboardPublic() && Callers.current().isAnonymous()) {
            throw new AccessDeniedException("The leaderboard is for staff");
        }
    }

    private Board board(List<Judging.Round> rounds) {
        Map<String, HotpotContest.Team> teams = contest.teams().stream()
                .collect(Collectors.toMap(HotpotContest.Team::delegationId, t -> t, (a, b) -> a));
        Map<String, String> titles = ContestTitles.of(programme, settings.rounds());
        return new Board(rounds.stream().map(round -> new Row(round.id(), titles.get(round.id()), round.isFinal(), round.state(),
                round.submittedBy().size(), settings.judges().size(),
                round.standings().stream().map(s -> place(s, teams.get(s.delegationId()))).toList(),
                round.teams().stream().map(id -> teams.containsKey(id) ? teams.get(id).name() : id).toList())).toList());
    }

    private static Place place(Ranking.Standing standing, HotpotContest.@Nullable Team team) {
        return new Place(standing.rank(), team == null ? standing.delegationId() : team.name(), team == null ? "" : team.locality(),
                team == null ? "" : team.country(), standing.total(), standing.byCriterion(), standing.finalist());
    }
}
