package org.cqfriendship.logistics.registration.desk;

import org.cqfriendship.logistics.access.Caller;
import org.cqfriendship.logistics.access.Role;
import org.cqfriendship.logistics.registration.delegation.Allergen;
import org.cqfriendship.logistics.registration.delegation.CoordinatorAssignments;
import org.cqfriendship.logistics.registration.delegation.Coordinators;
import org.cqfriendship.logistics.registration.delegation.Delegation;
import org.cqfriendship.logistics.registration.delegation.DelegationKind;
import org.cqfriendship.logistics.registration.delegation.DelegationService;
import org.cqfriendship.logistics.registration.delegation.Diet;
import org.cqfriendship.logistics.registration.programme.Programme;
import org.cqfriendship.logistics.support.config.ConferenceTime;
import org.cqfriendship.logistics.support.exports.Spreadsheets;
import org.cqfriendship.logistics.support.security.Callers;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.List;

/**
 * The desk's list of delegations: a coordinator's own, and for programme staff every one, found
 * by the words typed (as they type, through htmx) and the filters, sorted by any column and paged
 * by the store ({@link DelegationRows}); the downloads list the same delegations. Programme staff
 * assign a coordinator on each row (published and audited as through the API).
 */
@Controller
class DelegationsPage {

    static final int PAGE_SIZE = 50;

    private final DelegationService delegations;
    private final DelegationRows rows;
    private final CoordinatorAssignments assignments;
    private final Coordinators coordinators;
    private final Programme programme;
    private final MessageSource messages;

    DelegationsPage(DelegationService delegations, DelegationRows rows, CoordinatorAssignments assignments, Coordinators coordinators,
                    Programme programme, MessageSource messages) {
        this.delegations = delegations;
        this.rows = rows;
        this.assignments = assignments;
        this.coordinators = coordinators;
        this.programme = programme;
        this.messages = messages;
    }

    @GetMapping("/delegations")
    String list(DeskQuery query, @RequestParam(defaultValue = "0") int page,
                @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        Caller caller = Callers.current();
        Page<DelegationRow> found = DelegationRows.Scope.of(caller)
                .map(scope -> rows.find(query, scope, PageRequest.of(Math.max(0, page), PAGE_SIZE))).orElse(Page.empty());
        model.addAttribute("rows", found.getContent());
        model.addAttribute("found", found);
        model.addAttribute("query", query);
        model.addAttribute("staff", caller.has(Role.PROGRAMME));
        model.addAttribute("coordinators", coordinators.ids());
        model.addAttribute("caller", caller);
        model.addAttribute("chongqing", ConferenceTime.ZONE);
        if (htmx != null) {
            return "delegations :: results";
        }
        model.addAttribute("kinds", DelegationKind.values());
        model.addAttribute("diets", Diet.values());
        model.addAttribute("allergens", Allergen.values());
        model.addAttribute("countries", rows.countries());
        model.addAttribute("sessions", programme.options(LocaleContextHolder.getLocale()));
        return "delegations";
    }

    /**
     * Everyone in the delegations the list finds (the same words, filters and order), a row per
     * person, as CSV or an Excel workbook headed in the reader's language.
     */
    @GetMapping("/delegations/attendees.{format:csv|xlsx}")
    ResponseEntity<byte[]> attendees(@PathVariable String format, DeskQuery query) {
        List<Delegation> listed = DelegationRows.Scope.of(Callers.current()).map(scope -> delegations.findAll(rows.ids(query, scope)))
                .orElse(List.of());
        return Spreadsheets.download(format, "attendees", List.of(AttendeesSheet.of(listed, messages, LocaleContextHolder.getLocale())));
    }

    @PostMapping("/delegations/{id}/coordinator")
    String assign(@PathVariable String id, @RequestParam(required = false) String coordinatorId,
                  @RequestParam(defaultValue = "") String back, @RequestParam(defaultValue = "false") boolean detail,
                  RedirectAttributes result) {
        Delegation current = delegations.find(id).orElseThrow(() -> new ErrorResponseException(HttpStatus.NOT_FOUND));
        String chosen = coordinatorId == null || coordinatorId.isBlank() ? null : coordinatorId.strip();
        if (chosen != null && !coordinators.known(chosen)) {
            result.addFlashAttribute("problem", "delegations.unknownCoordinator");
        } else {
            assignments.assign(current, chosen);
            rows.rewrite(List.of(current.id()));
            result.addFlashAttribute("notice", chosen == null ? "delegations.unassignedNow" : "delegations.assigned");
            result.addFlashAttribute("changed", current.details().locality());
            result.addFlashAttribute("to", chosen);
        }
        if (detail) {
            return "redirect:/delegations/" + current.id();
        }
        // Back to the list as it was: its own parameters, never somewhere else.
        return "redirect:/delegations?" + back.replaceAll("[^A-Za-z0-9%&=._~+-]", "");
    }
}
