package org.cqfriendship.logistics.itinerary.contest;

import org.cqfriendship.logistics.itinerary.planning.HeatDraws;
import org.cqfriendship.logistics.itinerary.planning.Itinerary;
import org.cqfriendship.logistics.itinerary.planning.RegisteredDelegation;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The hotpot contest's teams and draw (decision 81). Teams are the registered delegations with
 * members in their hotpot team; programme staff draw them into the heats with a seed that is
 * recorded, may draw again until they freeze the draw, and until then a team that joins,
 * withdraws or changes country rebalances the heats. Planning reads the draw ({@link HeatDraws})
 * and signs each drawn team's members up for their heat.
 */
@Service
public class HotpotContest implements HeatDraws {

    private static final int ATTEMPTS = 5;
    private final MongoTemplate mongo;
    private final HotpotSettings settings;
    private final Clock clock;
    private final SecureRandom seeds = new SecureRandom();

    HotpotContest(MongoTemplate mongo, HotpotSettings settings, Clock clock) {
        this.mongo = mongo;
        this.settings = settings;
        this.clock = clock;
    }

    /** A team: its delegation, name, country, members' names and ids, and the delegation's coordinator. */
    public record Team(String delegationId, String locality, String name, String country, List<String> members,
                       List<String> memberIds, String coordinatorId) {
    }

    /** What the page and the API show: the teams, the draw (null before the first), and each heat's teams. */
    public record Board(List<Team> teams, @Nullable Draw draw) {
    }

    /** The draw as shown: its seed, when and by whom, frozen or not, each heat's teams, and those unplaced. */
    public record Draw(long seed, Instant drawnAt, String drawnBy, boolean frozen, Map<String, List<String>> heats,
                       List<String> unplaced) {
    }

    /**
     * Every team, by name: the itineraries with a member in a hotpot team (a read of the
     * itineraries, for staff's pages and the draw, never for planning).
     */
    public List<Team> teams() {
        return mongo.find(Query.query(Criteria.where("roster.hotpotTeam").is(true)), Itinerary.class).stream()
                .map(Itinerary::delegation).filter(d -> !d.hotpotTeam().isEmpty()).map(HotpotContest::team)
                .sorted(Comparator.comparing(Team::name).thenComparing(Team::delegationId)).toList();
    }

    public Board board() {
        StoredDraw stored = mongo.findById(StoredDraw.ID, StoredDraw.class);
        return new Board(teams(), stored == null ? null : new Draw(stored.seed(), stored.drawnAt(), stored.drawnBy(), stored.frozen(),
                stored.drawn().heats(), stored.drawn().unplaced()));
    }

    /**
     * Draws the teams into the heats again with {@code seed} (a new random one when null);
     * answers the delegations whose heat changed, to plan again. Refused once the draw is frozen.
     */
    public Set<String> draw(@Nullable Long seed, String by) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            StoredDraw was = mongo.findById(StoredDraw.ID, StoredDraw.class);
            if (was != null && was.frozen()) {
                throw new DrawFrozenException();
            }
            long used = seed != null ? seed : seeds.nextLong();
            HeatDraw.Drawn drawn = HeatDraw.draw(drawnTeams(), settings.heats(), settings.teamsPerHeat(), used);
            StoredDraw next = new StoredDraw(StoredDraw.ID, used, clock.instant(), by, false, drawn.heats(), drawn.unplaced(),
                    was == null ? null : was.version());
            if (saved(next)) {
                return moved(was == null ? Map.of() : was.drawn().heatOf(), drawn.heatOf());
            }
        }
        throw new OptimisticLockingFailureException("The draw keeps changing");
    }

    /** Freezes the draw: from now on nothing moves a team between heats. False when there is no draw yet. */
    public boolean freeze() {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            StoredDraw was = mongo.findById(StoredDraw.ID, StoredDraw.class);
            if (was == null) {
                return false;
            }
            if (was.frozen() || saved(was.freezing())) {
                return true;
            }
        }
        throw new OptimisticLockingFailureException("The draw keeps changing");
    }

    /** Each drawn team's heat, and the final for a heat's finalists: two reads (the draw, the rounds closed). */
    @Override
    public Map<String, List<String>> drawn() {
        StoredDraw stored = mongo.findById(StoredDraw.ID, StoredDraw.class);
        if (stored == null) {
            return Map.of();
        }
        Map<String, List<String>> sessions = new HashMap<>();
        stored.drawn().heatOf().forEach((team, heat) -> sessions.put(team, List.of(heat)));
        String finalSession = settings.finalSession();
        if (finalSession != null) {
            mongo.find(Query.query(Criteria.where("_id").in(settings.heats())), RoundResult.class).stream()
                    .flatMap(result -> result.finalists().stream())
                    .forEach(team -> sessions.computeIfPresent(team, (finalist, heat) -> List.of(heat.get(0), finalSession)));
        }
        return sessions;
    }

    @Override
    public Set<String> heatSessions() {
        return new HashSet<>(settings.rounds());
    }

    @Override
    public Set<String> teamsChanged() {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            StoredDraw was = mongo.findById(StoredDraw.ID, StoredDraw.class);
            if (was == null || was.frozen()) {
                return Set.of();
            }
            HeatDraw.Drawn now = HeatDraw.rebalance(was.drawn(), drawnTeams(), settings.heats(), settings.teamsPerHeat(), was.seed());
            if (now.equals(was.drawn())) {
                return Set.of();
            }
            if (saved(was.with(now))) {
                return moved(was.drawn().heatOf(), now.heatOf());
            }
        }
        throw new OptimisticLockingFailureException("The draw keeps changing");
    }

    private List<HeatDraw.Team> drawnTeams() {
        return teams().stream().map(t -> new HeatDraw.Team(t.delegationId(), t.country())).toList();
    }

    private boolean saved(StoredDraw draw) {
        try {
            mongo.save(draw);
            return true;
        } catch (OptimisticLockingFailureException | DuplicateKeyException lost) {
            return false;
        }
    }

    /** The delegations whose heat is not what it was (drawn, moved or left out). */
    private static Set<String> moved(Map<String, String> before, Map<String, String> after) {
        Set<String> moved = new LinkedHashSet<>();
        before.forEach((team, heat) -> {
            if (!Objects.equals(after.get(team), heat)) {
                moved.add(team);
            }
        });
        after.forEach((team, heat) -> {
            if (!Objects.equals(before.get(team), heat)) {
                moved.add(team);
            }
        });
        return moved;
    }

    private static Team team(RegisteredDelegation d) {
        return new Team(d.delegationId(), d.locality(), d.hotpotTeamName() == null ? d.locality() : d.hotpotTeamName(), d.country(),
                d.hotpotTeam().stream().map(RegisteredDelegation.Traveller::name).toList(),
                d.hotpotTeam().stream().map(RegisteredDelegation.Traveller::memberId).toList(), d.coordinatorId());
    }

    /** The draw is frozen: teams no longer move between heats. */
    public static class DrawFrozenException extends RuntimeException {
        DrawFrozenException() {
            super("The hotpot contest's draw is frozen");
        }
    }
}
