package org.cqfriendship.logistics.itinerary.contest;

import org.cqfriendship.logistics.access.Caller;
import org.cqfriendship.logistics.itinerary.programme.Programme;
import org.cqfriendship.logistics.support.security.Callers;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The judges' page, made for a phone: the round to judge, its teams, and a score from 1 to 10
 * for each criterion. The page's script saves each score as it is chosen (one small POST, queued
 * in the phone while it is offline); without the script the whole sheet is posted at once. A
 * judge submits when every team has every score.
 */
@Controller
class JudgeController {

    private final Judging judging;
    private final HotpotContest contest;
    private final HotpotSettings settings;
    private final Programme programme;
    private final MessageSource messages;

    JudgeController(Judging judging, HotpotContest contest, HotpotSettings settings, Programme programme, MessageSource messages) {
        this.judging = judging;
        this.contest = contest;
        this.settings = settings;
        this.programme = programme;
        this.messages = messages;
    }

    @GetMapping("/contest/hotpot/judge")
    String page(@RequestParam(required = false) String round, Model model) {
        String judge = Callers.current().name();
        List<Judging.Round> read = judging.rounds();
        List<Judging.Round> rounds = judging.closeOverdue(read) ? judging.rounds() : read;
        Judging.Round shown = rounds.stream().filter(r -> r.id().equals(round)).findFirst()
                .or(() -> rounds.stream().filter(r -> r.state() == Judging.State.OPEN && !r.submittedBy().contains(judge)).findFirst())
                .or(() -> rounds.stream().filter(r -> r.state() == Judging.State.OPEN).findFirst())
                .orElse(null);
        model.addAttribute("rounds", rounds);
        model.addAttribute("round", shown);
        model.addAttribute("titles", ContestTitles.of(programme, settings.rounds()));
        model.addAttribute("onPanel", judging.onPanel(judge));
        model.addAttribute("sheet", shown == null ? null : judging.sheet(shown.id(), judge));
        model.addAttribute("teams", contest.teams().stream().collect(Collectors.toMap(HotpotContest.Team::delegationId,
                t -> t, (a, b) -> a)));
        model.addAttribute("criteria", settings.criteria());
        model.addAttribute("scale", IntStream.rangeClosed(settings.lowestScore(), settings.highestScore()).boxed().toList());
        model.addAttribute("caller", Callers.current());
        return "judge";
    }

    /** One score, as the page's script sends it when the judge picks it: 204, or 409 with why not in the judge's language. */
    @PostMapping("/contest/hotpot/judge/{round}/score")
    ResponseEntity<String> score(@PathVariable String round, @RequestParam String team, @RequestParam String criterion,
                                 @RequestParam String score) {
        try {
            judging.score(round, Callers.current().name(), List.of(new Judging.Score(team, criterion, parse(score))));
            return ResponseEntity.noContent().build();
        } catch (Judging.Refused refused) {
            return ResponseEntity.status(HttpStatus.CONFLICT).contentType(MediaType.TEXT_PLAIN)
                    .body(messages.getMessage(refused.reason(), null, LocaleContextHolder.getLocale()));
        }
    }

    /**
     * The whole sheet, posted by the form (without the script, or to submit): every score given is
     * saved, then, if asked, the sheet is submitted.
     */
    @PostMapping("/contest/hotpot/judge/{round}")
    String sheet(@PathVariable String round, @RequestParam Map<String, String> form, RedirectAttributes result) {
        String judge = Callers.current().name();
        try {
            List<Judging.Score> scores = new ArrayList<>();
            for (Map.Entry<String, String> field : form.entrySet()) {
                String[] parts = field.getKey().split("\\|");
                if (parts.length == 3 && parts[0].equals("score") && !field.getValue().isBlank()) {
                    scores.add(new Judging.Score(parts[1], parts[2], parse(field.getValue())));
                }
            }
            if (!scores.isEmpty() && !judging.sheet(round, judge).submitted()) {
                judging.score(round, judge, scores);
            }
            if (form.containsKey("submit")) {
                judging.submit(round, judge);
                result.addFlashAttribute("notice", "contest.judge.submittedNow");
            } else {
                result.addFlashAttribute("notice", "contest.judge.saved");
            }
        } catch (Judging.Refused refused) {
            result.addFlashAttribute("problem", refused.reason());
        }
        result.addAttribute("round", round);
        return "redirect:/contest/hotpot/judge";
    }

    private static int parse(String score) {
        try {
            return Integer.parseInt(score.strip());
        } catch (NumberFormatException e) {
            throw new Judging.Refused("contest.judge.outOfRange");
        }
    }
}
