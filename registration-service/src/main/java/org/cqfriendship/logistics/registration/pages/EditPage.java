package org.cqfriendship.logistics.registration.pages;

import org.cqfriendship.logistics.registration.delegation.Confirmations;
import org.cqfriendship.logistics.registration.delegation.Delegation;
import org.cqfriendship.logistics.registration.delegation.DelegationRequest;
import org.cqfriendship.logistics.registration.delegation.DelegationService;
import org.cqfriendship.logistics.registration.delegation.EditLinks;
import org.cqfriendship.logistics.support.audit.AuditLog;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.Map;

/**
 * The registration as its delegation sees and changes it through the secret link: the whole form
 * on one page. Saving publishes only what changed; a copy older than the stored registration is
 * refused and the page reloads the current one.
 */
@Controller
class EditPage {

    private final DelegationService delegations;
    private final FormChecks checks;
    private final String itineraryBaseUrl;
    private final String accreditationBaseUrl;
    private final AuditLog audit;
    private final EditLinks editLinks;
    private final Confirmations confirmations;

    EditPage(DelegationService delegations, FormChecks checks, AuditLog audit, EditLinks editLinks, Confirmations confirmations,
             @Value("${registration.itinerary-base-url:http://localhost:8082}") String itineraryBaseUrl,
             @Value("${registration.accreditation-base-url:http://localhost:8084}") String accreditationBaseUrl) {
        this.audit = audit;
        this.editLinks = editLinks;
        this.confirmations = confirmations;
        this.itineraryBaseUrl = withoutTrailingSlash(itineraryBaseUrl);
        this.accreditationBaseUrl = withoutTrailingSlash(accreditationBaseUrl);
        this.delegations = delegations;
        this.checks = checks;
    }

    @InitBinder("form")
    void onlyFormFields(WebDataBinder binder) {
        binder.setDisallowedFields("delegationId");
    }

    /** The link's token, for the forms that post back to it. */
    @ModelAttribute("token")
    String token(@PathVariable String token) {
        return token;
    }

    /** The same link opens the delegation's itinerary on the itinerary-service. */
    @ModelAttribute("itineraryUrl")
    String itineraryUrl(@PathVariable String token) {
        return itineraryBaseUrl + "/d/" + token;
    }

    /** The same link shows the delegation's badges (printed, collected, revoked) on the accreditation-service. */
    @ModelAttribute("badgesUrl")
    String badgesUrl(@PathVariable String token) {
        return accreditationBaseUrl + "/d/" + token + "/badges";
    }

    private static String withoutTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    @GetMapping("/d/{token}")
    String show(@PathVariable String token, @RequestParam(required = false) String saved,
                @RequestParam(required = false) String erased, @RequestParam(required = false) String eraseUnconfirmed, Model model) {
        if (delegations.findByEditLink(token).isEmpty() && editLinks.delegationOfAnyAge(token).isPresent()) {
            return "link-expired"; // genuine but past its time: offer a fresh one, sent to the contact address
        }
        Delegation delegation = delegation(token);
        model.addAttribute("reference", delegation.reference());
        model.addAttribute("form", FormConversion.fromDelegation(delegation));
        model.addAttribute("saved", saved != null);
        model.addAttribute("erased", erased != null);
        model.addAttribute("eraseUnconfirmed", eraseUnconfirmed);
        return "edit";
    }

    @PostMapping("/d/{token}")
    String save(@PathVariable String token, @ModelAttribute("form") RegistrationForm form, BindingResult binding,
                @RequestParam(defaultValue = "save") String action, Model model) {
        Delegation delegation = delegation(token);
        model.addAttribute("reference", delegation.reference());
        if (form.applyMemberAction(action)) {
            return "edit";
        }
        DelegationRequest request = checks.check(form, binding, RegistrationWizard.REVIEW);
        if (request == null) {
            return "edit";
        }
        try {
            Delegation changed = delegations.update(delegation.id(), form.getVersion() == null ? -1 : form.getVersion(), request);
            audit.record("delegation:" + delegation.id(), "delegation.changed", delegation.id(),
                    Map.of("version", String.valueOf(changed.version()), "through", "edit page"));
        } catch (ErrorResponseException e) {
            if (e.getStatusCode().value() != HttpStatus.PRECONDITION_FAILED.value()) {
                throw e;
            }
            model.addAttribute("form", FormConversion.fromDelegation(delegation(token)));
            model.addAttribute("stale", true);
            return "edit";
        }
        return "redirect:/d/" + token + "?saved";
    }

    /**
     * Sends the confirmation email again, with a fresh link, to the delegation's contact address,
     * from its page or from an expired link; at most once in a few minutes.
     */
    @PostMapping("/d/{token}/fresh-link")
    String freshLink(@PathVariable String token, Model model) {
        String delegationId = editLinks.delegationOfAnyAge(token).orElseThrow(() -> new ErrorResponseException(HttpStatus.NOT_FOUND));
        model.addAttribute("sent", confirmations.sendFreshLink(delegationId));
        model.addAttribute("asked", true);
        return "link-expired";
    }

    private Delegation delegation(String token) {
        return delegations.findByEditLink(token).orElseThrow(() -> new ErrorResponseException(HttpStatus.NOT_FOUND));
    }
}
