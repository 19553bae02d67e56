package org.cqfriendship.logistics.registration.desk;

import org.cqfriendship.logistics.registration.delegation.CoordinatorAssignments;
import org.cqfriendship.logistics.registration.delegation.Coordinators;
import org.cqfriendship.logistics.registration.delegation.Delegation;
import org.cqfriendship.logistics.registration.delegation.DelegationService;
import org.cqfriendship.logistics.registration.delegation.DelegationService.Listing;
import org.cqfriendship.logistics.support.exports.Spreadsheets;
import org.cqfriendship.logistics.support.security.Caller;
import org.cqfriendship.logistics.support.security.Role;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.List;

/**
 * The delegations a member of staff serves, a page at a time: a coordinator's own, and for
 * programme staff every delegation or those still without a coordinator, each with a choice of
 * coordinator to assign (published and audited as through the API).
 */
@Controller
class DelegationsPage {

    static final int PAGE_SIZE = 50;

    private final DelegationService delegations;
    private final CoordinatorAssignments assignments;
    private final Coordinators coordinators;
    private final String itineraryBaseUrl;
    private final MessageSource messages;

    DelegationsPage(DelegationService delegations, CoordinatorAssignments assignments, Coordinators coordinators,
                    @Value("${registration.itinerary-base-url:http://localhost:8082}") String itineraryBaseUrl, MessageSource messages) {
        this.messages = messages;
        this.delegations = delegations;
        this.assignments = assignments;
        this.coordinators = coordinators;
        this.itineraryBaseUrl = itineraryBaseUrl;
    }

    /** One row: what identifies the delegation, its size and its coordinator (null: none yet). */
    record Row(String id, String reference, String locality, String country, String kind, int members, String coordinatorId) {

        static Row of(Delegation d) {
            return new Row(d.id(), d.reference(), d.locality(), d.country(), d.kind() == null ? null : d.kind().name(), d.members().size(),
                    d.coordinatorId());
        }
    }

    @GetMapping("/delegations")
    String list(@RequestParam(defaultValue = "false") boolean unassigned, @RequestParam(defaultValue = "0") int page, Model model) {
        Caller caller = Caller.current();
        boolean staff = caller.has(Role.PROGRAMME);
        Page<Delegation> found;
        if (staff) {
            found = delegations.page(unassigned ? Listing.UNASSIGNED : Listing.ALL, null, page, PAGE_SIZE);
        } else if (caller.inbox() != null) {
            found = delegations.page(Listing.OF_COORDINATOR, caller.inbox(), page, PAGE_SIZE);
        } else {
            found = Page.empty();
        }
        model.addAttribute("rows", found.map(Row::of).getContent());
        model.addAttribute("found", found);
        model.addAttribute("staff", staff);
        model.addAttribute("unassigned", staff && unassigned);
        model.addAttribute("coordinators", coordinators.ids());
        model.addAttribute("itineraryBaseUrl", itineraryBaseUrl);
        model.addAttribute("caller", caller);
        return "delegations";
    }

    /**
     * Everyone in the delegations this member of staff serves (programme staff: all), a row per
     * person, as CSV or an Excel workbook headed in the reader's language.
     */
    @GetMapping("/delegations/attendees.{format:csv|xlsx}")
    ResponseEntity<byte[]> attendees(@PathVariable String format) {
        Caller caller = Caller.current();
        List<Delegation> served = caller.has(Role.PROGRAMME) ? delegations.all()
                : caller.inbox() == null ? List.of() : delegations.servedBy(caller.inbox());
        return Spreadsheets.download(format, "attendees", List.of(AttendeesSheet.of(served, messages, LocaleContextHolder.getLocale())));
    }

    @PostMapping("/delegations/{id}/coordinator")
    String assign(@PathVariable String id, @RequestParam(required = false) String coordinatorId,
                  @RequestParam(defaultValue = "false") boolean unassigned, @RequestParam(defaultValue = "0") int page,
                  RedirectAttributes result) {
        Delegation current = delegations.find(id).orElseThrow(() -> new ErrorResponseException(HttpStatus.NOT_FOUND));
        String chosen = coordinatorId == null || coordinatorId.isBlank() ? null : coordinatorId.strip();
        if (chosen != null && !coordinators.known(chosen)) {
            result.addFlashAttribute("problem", "delegations.unknownCoordinator");
        } else {
            assignments.assign(current, chosen);
            result.addFlashAttribute("notice", chosen == null ? "delegations.unassignedNow" : "delegations.assigned");
            result.addFlashAttribute("changed", current.locality());
            result.addFlashAttribute("to", chosen);
        }
        return "redirect:/delegations?unassigned=" + unassigned + "&page=" + Math.max(0, page);
    }
}
