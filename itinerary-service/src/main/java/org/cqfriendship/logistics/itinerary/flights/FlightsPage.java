package org.cqfriendship.logistics.itinerary.flights;

import jakarta.validation.Valid;
import org.cqfriendship.logistics.support.web.FieldProblemException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The same as {@link FlightStatusController}, as a form for staff at a desk or on a phone. */
@Controller
class FlightsPage {

    private final FlightStatusDesk desk;

    FlightsPage(FlightStatusDesk desk) {
        this.desk = desk;
    }

    @ModelAttribute("statuses")
    FlightReport.Status[] statuses() {
        return FlightReport.Status.values();
    }

    @GetMapping("/flights")
    @SuppressWarnings("NullAway") // the empty form: its fields are required when it is sent, not before
    String page(Model model) {
        if (!model.containsAttribute("report")) {
            model.addAttribute("report", new FlightReport(null, null, null, null));
        }
        return "flights";
    }

    @PostMapping("/flights")
    String enter(@Valid @ModelAttribute("report") FlightReport report, BindingResult binding, Model model, RedirectAttributes result) {
        if (binding.hasErrors()) {
            return "flights";
        }
        try {
            desk.report(report);
        } catch (FieldProblemException missing) {
            binding.rejectValue(missing.field(), missing.messageCode());
            return "flights";
        } catch (FlightStatusReports.NotPublished e) {
            model.addAttribute("notPublished", true);
            return "flights";
        }
        result.addFlashAttribute("published", report);
        return "redirect:/flights";
    }
}
