package org.cqfriendship.logistics.itinerary.carnival;

import org.cqfriendship.logistics.access.Caller;
import org.cqfriendship.logistics.itinerary.planning.ChangeReason;
import org.cqfriendship.logistics.itinerary.planning.ItineraryService;
import org.cqfriendship.logistics.itinerary.programme.Programme;
import org.cqfriendship.logistics.itinerary.programme.Session;
import org.cqfriendship.logistics.support.config.ConferenceTime;
import org.cqfriendship.logistics.support.security.Callers;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The food carnival: programme staff's page of the stalls applied for, the map of numbered pitches
 * by slot, and a form to place each stall; and the public page visitors read, every placed stall
 * by pitch with its dishes and their allergens, in the reader's language.
 */
@Controller
class CarnivalController {

    private final Carnival carnival;
    private final CarnivalSettings settings;
    private final Programme programme;
    private final ItineraryService itineraries;

    CarnivalController(Carnival carnival, CarnivalSettings settings, Programme programme, ItineraryService itineraries) {
        this.itineraries = itineraries;
        this.carnival = carnival;
        this.settings = settings;
        this.programme = programme;
    }

    @GetMapping("/carnival/stalls")
    String stalls(Model model) {
        List<Carnival.Stall> stalls = carnival.stalls();
        model.addAttribute("stalls", stalls);
        model.addAttribute("slots", slotTimes());
        model.addAttribute("pitches", IntStream.rangeClosed(1, settings.pitches()).boxed().toList());
        model.addAttribute("map", map(stalls));
        model.addAttribute("caller", Callers.current());
        return "carnival-stalls";
    }

    @PostMapping("/carnival/stalls/{delegationId}")
    String place(@PathVariable String delegationId, @RequestParam(required = false) String pitch,
                 @RequestParam(required = false) List<String> slots, RedirectAttributes result) {
        try {
            Integer number = pitch == null || pitch.isBlank() ? null : Integer.valueOf(pitch.strip());
            List<String> chosen = slots == null ? List.of() : slots;
            if (carnival.place(delegationId, number, chosen, Callers.current().name())) {
                // At once, for the staff member placing it. The StallAllocated event replans it too (then finding
                // nothing to change), so a crash here loses nothing, and a backlog on the sessions topic holds nothing back.
                itineraries.replanDelegations(List.of(delegationId), ChangeReason.STALL_ALLOCATED);
            }
            result.addFlashAttribute("notice", chosen.isEmpty() ? "carnival.removed" : "carnival.placed");
        } catch (NumberFormatException e) {
            result.addFlashAttribute("problem", "carnival.badPitch");
        } catch (Carnival.Refused refused) {
            result.addFlashAttribute("problem", refused.reason());
            result.addFlashAttribute("holder", refused.holder() == null ? null : carnival.stalls().stream()
                    .filter(s -> s.delegation().delegationId().equals(refused.holder())).map(s -> s.delegation().locality())
                    .findFirst().orElse(refused.holder()));
        }
        return "redirect:/carnival/stalls#stall-" + delegationId;
    }

    /** For visitors: the stalls placed, by pitch. */
    @GetMapping("/carnival")
    String visitors(Model model) {
        model.addAttribute("stalls", carnival.stalls().stream().filter(s -> s.placement() != null)
                .sorted(Comparator.comparingInt((Carnival.Stall s) -> s.placement() == null ? 0 : s.placement().pitch())).toList());
        model.addAttribute("slots", slotTimes());
        model.addAttribute("caller", Callers.current());
        return "carnival";
    }

    /** Each stall slot's times ("18:30–19:45"), in order. */
    private Map<String, String> slotTimes() {
        Programme now = programme.snapshot();
        Map<String, String> times = new LinkedHashMap<>();
        settings.slots().forEach(slot -> times.put(slot, now.session(slot).map(CarnivalController::times).orElse(slot)));
        return times;
    }

    private static String times(Session session) {
        return session.startsAt().atZoneSameInstant(ConferenceTime.ZONE).toLocalTime() + "–"
                + session.endsAt().atZoneSameInstant(ConferenceTime.ZONE).toLocalTime();
    }

    /** The map: pitch → slot → the locality of the stall there. */
    private Map<Integer, Map<String, String>> map(List<Carnival.Stall> stalls) {
        Map<Integer, Map<String, String>> map = new LinkedHashMap<>();
        IntStream.rangeClosed(1, settings.pitches()).forEach(pitch -> map.put(pitch, new LinkedHashMap<>()));
        stalls.stream().filter(s -> s.placement() != null).forEach(s -> s.placement().slots()
                .forEach(slot -> map.computeIfAbsent(s.placement().pitch(), p -> new LinkedHashMap<>()).put(slot, s.delegation().locality())));
        return map;
    }
}
