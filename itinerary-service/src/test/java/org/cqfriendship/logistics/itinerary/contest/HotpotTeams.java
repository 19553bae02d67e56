package org.cqfriendship.logistics.itinerary.contest;

import org.cqfriendship.logistics.contracts.EventContract;
import org.cqfriendship.logistics.support.testing.DemoStaff;
import org.cqfriendship.logistics.support.testing.HttpProbe;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The hotpot contest's test parts: a registration with a team, and the panel judging a round through the judges' page. */
public final class HotpotTeams {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern TEAM_FIELD = Pattern.compile("name=\"score\\|([^|\"]+)\\|taste\"");

    private HotpotTeams() {
    }

    /**
     * No draw, no scores, no results: test classes may share one service and its store (Spring
     * caches their context), and the contest is one for the whole service.
     */
    public static void startAfresh(MongoTemplate store) {
        List.of("hotpot_draw", "hotpot_scores", "hotpot_results").forEach(store::dropCollection);
    }

    /** A delegation from {@code country} whose two members (neither the head) cook in its hotpot team. */
    public static String withTeam(String delegationId, String country, String teamName) {
        ObjectNode registered = (ObjectNode) JSON.readTree(EventContract.example("DelegationRegistered")
                .replace("5b0c6f2e-8d5a-4a43-9b71-0f0f6a0d2a11", delegationId));
        registered.put("country", country).put("hotpotTeamName", teamName);
        ArrayNode list = registered.putArray("members");
        for (int i = 0; i <= 2; i++) {
            ObjectNode member = list.addObject();
            member.put("memberId", delegationId + "-m" + i).put("role", i == 0 ? "HEAD" : "MEMBER").put("displayName", teamName + " " + i)
                    .put("hotpotTeam", i > 0);
            member.putArray("attends").add("hotpot-contest");
        }
        return registered.toString();
    }

    /**
     * Each of {@code judges} scores every team of the round as their page lists it, {@code favourite}
     * best, and submits (the first judge twice, as a double tap would).
     */
    public static void judge(HttpProbe http, String round, String favourite, List<String> judges) {
        for (String judge : judges) {
            HttpProbe panel = http.signedIn(judge);
            Matcher field = TEAM_FIELD.matcher(panel.get("/contest/hotpot/judge?round=" + round).body());
            Set<String> teams = new LinkedHashSet<>();
            while (field.find()) {
                teams.add(field.group(1));
            }
            List<String> form = new ArrayList<>(List.of("submit", "true", "_csrf", panel.csrfToken("/contest/hotpot/judge")));
            for (String team : teams) {
                for (String criterion : List.of("taste", "technique", "presentation")) {
                    form.addAll(List.of("score|" + team + "|" + criterion, team.equals(favourite) ? "9" : "6"));
                }
            }
            for (int times = judge.equals(DemoStaff.JUDGES.get(0)) ? 2 : 1; times > 0; times--) {
                panel.postForm("/contest/hotpot/judge/" + round, form.toArray(String[]::new));
            }
        }
    }
}
