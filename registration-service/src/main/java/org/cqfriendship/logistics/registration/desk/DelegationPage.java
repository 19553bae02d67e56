package org.cqfriendship.logistics.registration.desk;

import org.cqfriendship.logistics.access.Caller;
import org.cqfriendship.logistics.access.Role;
import org.cqfriendship.logistics.registration.delegation.Coordinators;
import org.cqfriendship.logistics.registration.delegation.Delegation;
import org.cqfriendship.logistics.registration.delegation.DelegationService;
import org.cqfriendship.logistics.registration.programme.Programme;
import org.cqfriendship.logistics.support.audit.AuditLog;
import org.cqfriendship.logistics.support.config.ConferenceTime;
import org.cqfriendship.logistics.support.security.Callers;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One delegation for the desk: everything registered, its open clashes in the reader's
 * language, links to its itinerary and its coordinator's inbox, its audit trail, and programme
 * staff's actions (assign a coordinator, revoke its links, erase a member's documents), each
 * audited as through the API.
 */
@Controller
class DelegationPage {

    private static final int TRAIL = 50;

    private final DelegationService delegations;
    private final DelegationRows rows;
    private final Coordinators coordinators;
    private final Programme programme;
    private final AuditLog audit;
    private final MessageSource messages;
    private final String itineraryBaseUrl;
    private final String notificationBaseUrl;

    DelegationPage(DelegationService delegations, DelegationRows rows, Coordinators coordinators, Programme programme, AuditLog audit,
                   MessageSource messages, @Value("${registration.itinerary-base-url:http://localhost:8082}") String itineraryBaseUrl,
                   @Value("${registration.notification-base-url:http://localhost:8083}") String notificationBaseUrl) {
        this.delegations = delegations;
        this.rows = rows;
        this.coordinators = coordinators;
        this.programme = programme;
        this.audit = audit;
        this.messages = messages;
        this.itineraryBaseUrl = itineraryBaseUrl;
        this.notificationBaseUrl = notificationBaseUrl;
    }

    @GetMapping("/delegations/{id}")
    String page(@PathVariable String id, Model model) {
        Delegation delegation = visible(id);
        Locale locale = LocaleContextHolder.getLocale();
        Map<String, String> titles = programme.options(locale).stream()
                .collect(Collectors.toMap(Programme.Option::code, Programme.Option::title, (a, b) -> a));
        List<String> clashes = rows.find(id).map(row -> row.clashes().values().stream()
                .map(clash -> ClashWording.of(clash, delegation.details().locality(), titles, messages, locale)).toList()).orElse(List.of());
        model.addAttribute("delegation", delegation);
        model.addAttribute("clashes", clashes);
        model.addAttribute("sessionTitles", titles);
        model.addAttribute("trail", audit.about(id, TRAIL));
        model.addAttribute("staff", Callers.current().has(Role.PROGRAMME));
        model.addAttribute("coordinators", coordinators.ids());
        model.addAttribute("itinerary", itineraryBaseUrl + "/itineraries/" + id);
        model.addAttribute("inbox", delegation.coordinatorId() == null ? null
                : notificationBaseUrl + "/coordinators/" + delegation.coordinatorId() + "/inbox");
        model.addAttribute("chongqing", ConferenceTime.ZONE);
        model.addAttribute("caller", Callers.current());
        return "delegation";
    }

    /** Every link the delegation was sent stops working; its contact gets a new one by email. */
    @PostMapping("/delegations/{id}/link-revocation")
    String revokeLinks(@PathVariable String id, RedirectAttributes result) {
        boolean sent = delegations.revokeLinks(visible(id).id());
        audit.record("links.revoked", id, Map.of("newLinkSent", String.valueOf(sent)));
        result.addFlashAttribute("notice", sent ? "delegation.linksRevoked" : "delegation.linksRevokedNoMail");
        return "redirect:/delegations/" + id;
    }

    @PostMapping("/delegations/{id}/members/{memberId}/document-erasure")
    String eraseDocuments(@PathVariable String id, @PathVariable String memberId, RedirectAttributes result) {
        delegations.eraseDocuments(visible(id).id(), memberId);
        audit.record("documents.erased", id, Map.of("memberId", memberId));
        result.addFlashAttribute("notice", "delegation.documentsErased");
        return "redirect:/delegations/" + id;
    }

    /** A delegation the caller may not see is answered as one that does not exist. */
    private Delegation visible(String id) {
        return delegations.find(id).filter(d -> Callers.current().maySee(d.id(), d.coordinatorId()))
                .orElseThrow(() -> new ErrorResponseException(HttpStatus.NOT_FOUND));
    }
}
