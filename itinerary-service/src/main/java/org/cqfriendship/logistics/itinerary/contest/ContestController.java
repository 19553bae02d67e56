package org.cqfriendship.logistics.itinerary.contest;

import org.cqfriendship.logistics.access.Caller;
import org.cqfriendship.logistics.itinerary.planning.ChangeReason;
import org.cqfriendship.logistics.itinerary.planning.ItineraryService;
import org.cqfriendship.logistics.itinerary.programme.Programme;
import org.cqfriendship.logistics.support.security.Callers;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.Set;

/**
 * The hotpot contest's draw for programme staff: the teams, a draw with a seed (typed, to repeat
 * one, or random), the heats it made, and freezing it; the same as JSON. A draw plans the teams
 * moved into their heat at once. Then the judging: each round's state and the judges it waits for.
 */
@Controller
class ContestController {

    private final HotpotContest contest;
    private final HotpotSettings settings;
    private final ItineraryService itineraries;
    private final Programme programme;
    private final Judging judging;

    ContestController(HotpotContest contest, HotpotSettings settings, ItineraryService itineraries, Programme programme,
                      Judging judging) {
        this.contest = contest;
        this.settings = settings;
        this.itineraries = itineraries;
        this.programme = programme;
        this.judging = judging;
    }

    @GetMapping("/contest/hotpot")
    String page(Model model) {
        model.addAttribute("board", contest.board());
        model.addAttribute("heats", ContestTitles.of(programme, settings.heats()));
        model.addAttribute("teamsPerHeat", settings.teamsPerHeat());
        model.addAttribute("rounds", judging.rounds());
        model.addAttribute("roundTitles", ContestTitles.of(programme, settings.rounds()));
        model.addAttribute("judges", settings.judges());
        model.addAttribute("caller", Callers.current());
        return "contest";
    }

    @GetMapping("/api/contest/hotpot")
    @ResponseBody
    HotpotContest.Board board() {
        return contest.board();
    }

    @PostMapping("/contest/hotpot/draw")
    String draw(@RequestParam(required = false) String seed, RedirectAttributes result) {
        Long chosen;
        try {
            chosen = seed == null || seed.isBlank() ? null : Long.valueOf(seed.strip());
        } catch (NumberFormatException e) {
            result.addFlashAttribute("problem", "contest.badSeed");
            return "redirect:/contest/hotpot";
        }
        try {
            Set<String> moved = contest.draw(chosen, Callers.current().name());
            itineraries.replanDelegations(moved, ChangeReason.HEATS_REBALANCED);
            result.addFlashAttribute("notice", "contest.drawn");
        } catch (HotpotContest.DrawFrozenException e) {
            result.addFlashAttribute("problem", "contest.frozen");
        }
        return "redirect:/contest/hotpot";
    }

    @PostMapping("/contest/hotpot/freeze")
    String freeze(RedirectAttributes result) {
        boolean frozen = contest.freeze();
        result.addFlashAttribute(frozen ? "notice" : "problem", frozen ? "contest.frozenNow" : "contest.noDraw");
        return "redirect:/contest/hotpot";
    }
}
