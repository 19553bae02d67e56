package org.cqfriendship.logistics.itinerary.contest;

import org.cqfriendship.logistics.itinerary.programme.Programme;
import org.cqfriendship.logistics.itinerary.programme.Session;
import org.cqfriendship.logistics.support.audit.AuditLog;
import org.cqfriendship.logistics.support.outbox.OutboxMessage;
import org.cqfriendship.logistics.support.outbox.OutboxStore;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The hotpot contest's judging (decision 82). The panel of judges scores every team of a round
 * (each heat once the draw is frozen, then the final once every heat is closed) on each
 * criterion; a score is saved as it is typed and may be typed again until the judge submits
 * their sheet. The submission that completes the panel closes the round: the teams are ranked
 * ({@link Ranking}), the result is written once with the events telling each team's delegation
 * and naming a heat's finalists, whom this service then plans into the final.
 */
@Service
public class Judging {

    private final MongoTemplate mongo;
    private final HotpotSettings settings;
    private final HotpotContest contest;
    private final ContestEventOutbox events;
    private final OutboxStore store;
    private final Programme programme;
    private final AuditLog audit;
    private final ApplicationEventPublisher changes;
    private final Clock clock;

    Judging(MongoTemplate mongo, HotpotSettings settings, HotpotContest contest, ContestEventOutbox events, OutboxStore store,
            Programme programme, AuditLog audit, ApplicationEventPublisher changes, Clock clock) {
        this.mongo = mongo;
        this.settings = settings;
        this.contest = contest;
        this.events = events;
        this.store = store;
        this.programme = programme;
        this.audit = audit;
        this.changes = changes;
        this.clock = clock;
    }

    public enum State {
        /** Its teams are not known yet: the draw is not frozen, or a heat before the final is still open. */
        WAITING,
        /** The judges are scoring it. */
        OPEN,
        CLOSED
    }

    /**
     * A round as it stands: its teams in the order drawn, which judges have submitted, and its
     * result once closed.
     */
    public record Round(String id, boolean isFinal, State state, List<String> teams, Set<String> submittedBy,
                        @Nullable RoundResult result) {

        public List<Ranking.Standing> standings() {
            return result == null ? List.of() : result.standings();
        }
    }

    /** A score or a submission refused, with the message key that says why. */
    public static class Refused extends RuntimeException {

        private final String reason;

        Refused(String reason) {
            super(reason);
            this.reason = reason;
        }

        public String reason() {
            return reason;
        }
    }

    /** Every round in order, as it stands: three reads (the draw, the submissions, the results), however many teams. */
    public List<Round> rounds() {
        StoredDraw draw = mongo.findById(StoredDraw.ID, StoredDraw.class);
        Map<String, RoundResult> results = mongo.findAll(RoundResult.class).stream()
                .collect(Collectors.toMap(RoundResult::round, Function.identity()));
        Query submitted = Query.query(Criteria.where("submittedAt").ne(null));
        submitted.fields().include("round").include("judge").include("submittedAt");
        Map<String, Set<String>> submittedBy = mongo.find(submitted, ScoreSheet.class).stream()
                .collect(Collectors.groupingBy(ScoreSheet::round, Collectors.mapping(ScoreSheet::judge, Collectors.toSet())));
        List<Round> rounds = new ArrayList<>();
        List<String> finalists = new ArrayList<>();
        boolean heatsClosed = true;
        for (String heat : settings.heats()) {
            List<String> teams = draw == null ? List.of() : draw.drawn().heats().getOrDefault(heat, List.of());
            RoundResult result = results.get(heat);
            boolean open = draw != null && draw.frozen() && !teams.isEmpty();
            // A heat the frozen draw left empty has nothing to judge: it does not hold the final back.
            heatsClosed &= result != null || (draw != null && draw.frozen() && teams.isEmpty());
            if (result != null) {
                finalists.addAll(result.finalists());
            }
            rounds.add(new Round(heat, false, state(result, open), teams, submittedBy.getOrDefault(heat, Set.of()), result));
        }
        String last = settings.finalSession();
        if (last != null && settings.rounds().contains(last)) {
            RoundResult result = results.get(last);
            rounds.add(new Round(last, true, state(result, heatsClosed && !finalists.isEmpty()), heatsClosed ? finalists : List.of(),
                    submittedBy.getOrDefault(last, Set.of()), result));
        }
        return rounds;
    }

    private static State state(@Nullable RoundResult result, boolean open) {
        return result != null ? State.CLOSED : open ? State.OPEN : State.WAITING;
    }

    public Round round(String id) {
        return rounds().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow(() -> new Refused("contest.judge.noRound"));
    }

    public boolean onPanel(String judge) {
        return settings.judges().contains(judge);
    }

    public ScoreSheet sheet(String round, String judge) {
        ScoreSheet stored = mongo.findById(ScoreSheet.id(round, judge), ScoreSheet.class);
        return stored != null ? stored : ScoreSheet.blank(round, judge);
    }

    /** One score: the team (its delegation), the criterion, the score. */
    public record Score(String team, String criterion, int value) {
    }

    /**
     * Sets scores of the judge's sheet for the round, in one write (the round read once, however
     * many): typing the same score again changes nothing, and only a change is audited. Refused,
     * all of them, when one is not for a team of the round, a criterion or on the scale, and once
     * the judge submitted.
     */
    public void score(String roundId, String judge, List<Score> scores) {
        Round round = openRoundFor(roundId, judge);
        for (Score score : scores) {
            if (!round.teams().contains(score.team())) {
                throw new Refused("contest.judge.noTeam");
            }
            if (!settings.criteria().contains(score.criterion())) {
                throw new Refused("contest.judge.noCriterion");
            }
            if (score.value() < settings.lowestScore() || score.value() > settings.highestScore()) {
                throw new Refused("contest.judge.outOfRange");
            }
        }
        if (scores.isEmpty()) {
            return;
        }
        Query unsubmitted = Query.query(Criteria.where("_id").is(ScoreSheet.id(roundId, judge)).and("submittedAt").is(null));
        Update set = new Update().setOnInsert("round", roundId).setOnInsert("judge", judge);
        scores.forEach(score -> set.set("scores." + score.team() + "." + score.criterion(), score.value()));
        ScoreSheet before;
        try {
            before = mongo.findAndModify(unsubmitted, set, FindAndModifyOptions.options().upsert(true).returnNew(false), ScoreSheet.class);
        } catch (DuplicateKeyException submitted) {
            throw new Refused("contest.judge.submitted");
        }
        for (Score score : scores) {
            Integer was = before == null ? null : before.score(score.team(), score.criterion());
            if (!Objects.equals(was, score.value())) {
                audit.record(judge, "contest.scored", roundId + "/" + score.team(), Map.of("criterion", score.criterion(),
                        "score", String.valueOf(score.value()), "was", String.valueOf(was)));
            }
        }
    }

    /**
     * Submits the judge's sheet for the round: refused unless every team has every score. A
     * second submission changes nothing. The one that completes the panel closes the round.
     */
    public void submit(String roundId, String judge) {
        if (!onPanel(judge)) {
            throw new Refused("contest.judge.notOnPanel");
        }
        Round round = round(roundId);
        if (round.state() == State.CLOSED) {
            return;
        }
        if (round.submittedBy().contains(judge)) {
            close(round);
            return;
        }
        if (round.state() != State.OPEN) {
            throw new Refused("contest.judge.notOpen");
        }
        if (!sheet(roundId, judge).complete(round.teams(), settings.criteria())) {
            throw new Refused("contest.judge.incomplete");
        }
        Instant now = clock.instant();
        Query unsubmitted = Query.query(Criteria.where("_id").is(ScoreSheet.id(roundId, judge)).and("submittedAt").is(null));
        if (mongo.updateFirst(unsubmitted, new Update().set("submittedAt", now), ScoreSheet.class).getModifiedCount() == 1) {
            audit.record(judge, "contest.submitted", roundId, Map.of());
        }
        close(round);
        changes.publishEvent(new ContestChanged(roundId));
    }

    /**
     * Closes the rounds every judge has submitted but that are not closed: only after a crash
     * between the last submission and its result. Reads nothing more unless there is one; true if so.
     */
    public boolean closeOverdue(List<Round> rounds) {
        List<Round> overdue = settings.judges().isEmpty() ? List.of() : rounds.stream()
                .filter(r -> r.state() == State.OPEN && r.submittedBy().containsAll(settings.judges())).toList();
        overdue.forEach(this::close);
        return !overdue.isEmpty();
    }

    /** Something on the leaderboard changed on this instance (a submission, a round closed). */
    public record ContestChanged(String round) {
    }

    private Round openRoundFor(String roundId, String judge) {
        if (!onPanel(judge)) {
            throw new Refused("contest.judge.notOnPanel");
        }
        Round round = round(roundId);
        if (round.state() == State.CLOSED) {
            throw new Refused("contest.judge.closed");
        }
        if (round.state() != State.OPEN) {
            throw new Refused("contest.judge.notOpen");
        }
        return round;
    }

    /**
     * Closes the round once every judge on the panel has submitted: ranks its teams and writes
     * the result with its events, once (a second closer finds it written). A heat's finalists are
     * planned into the final from its FinalistsChosen event, so a crash after the write loses nobody.
     */
    private void close(Round round) {
        if (round.result() != null) {
            return;
        }
        List<ScoreSheet> sheets = mongo.find(Query.query(Criteria.where("round").is(round.id())), ScoreSheet.class).stream()
                .filter(sheet -> sheet.submitted() && onPanel(sheet.judge())).toList();
        if (sheets.size() < settings.judges().size()) {
            return;
        }
        List<Ranking.Standing> standings = Ranking.rank(round.teams(), sheets.stream().map(ScoreSheet::scores).toList(),
                settings.criteria(), round.isFinal() ? 0 : settings.finalistsPerHeat());
        Instant now = clock.instant();
        List<OutboxMessage> told = events.closed(closed(round, standings, sheets.size(), now));
        RoundResult written = new RoundResult(round.id(), now, sheets.stream().map(ScoreSheet::judge).sorted().toList(), standings, told);
        if (store.save(written, round.id(), null, told)) {
            audit.record("contest.closed", round.id(), Map.of("judges", String.join(",", written.judges())));
        }
    }

    private ContestEventOutbox.RoundClosed closed(Round round, List<Ranking.Standing> standings, int judges, Instant now) {
        Map<String, HotpotContest.Team> teams = contest.teams().stream()
                .collect(Collectors.toMap(HotpotContest.Team::delegationId, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        Programme schedule = programme.snapshot();
        String title = schedule.session(round.id()).map(Session::title).orElse(round.id());
        String finalSession = round.isFinal() ? null : settings.finalSession();
        var finalStartsAt = finalSession == null ? null : schedule.session(finalSession).map(Session::startsAt).orElse(null);
        List<ContestEventOutbox.TeamResult> results = standings.stream().map(s -> {
            HotpotContest.Team team = teams.get(s.delegationId());
            return new ContestEventOutbox.TeamResult(s.delegationId(), team == null ? null : team.coordinatorId(),
                    team == null ? s.delegationId() : team.locality(), team == null ? s.delegationId() : team.name(),
                    team == null ? List.of() : team.memberIds(), s.rank(), s.total(), s.byCriterion(), s.finalist());
        }).toList();
        return new ContestEventOutbox.RoundClosed(round.id(), title, round.isFinal(), now, finalSession, finalStartsAt, judges, results);
    }
}
