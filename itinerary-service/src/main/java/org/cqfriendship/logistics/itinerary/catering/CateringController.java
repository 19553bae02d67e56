package org.cqfriendship.logistics.itinerary.catering;

import org.cqfriendship.logistics.support.security.Caller;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

import java.util.List;

/** The kitchen's counts for programme staff: a page, and the same as JSON. */
@Controller
class CateringController {

    private final CateringCounts counts;

    CateringController(CateringCounts counts) {
        this.counts = counts;
    }

    @GetMapping("/api/catering")
    @ResponseBody
    List<MealCount> meals() {
        return counts.meals();
    }

    @GetMapping("/catering")
    String page(Model model) {
        model.addAttribute("meals", counts.meals());
        model.addAttribute("caller", Caller.current());
        return "catering";
    }
}
