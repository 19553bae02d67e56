package org.cqfriendship.logistics.registration.pages;

import org.cqfriendship.logistics.registration.delegation.DelegationRequest;
import org.cqfriendship.logistics.registration.delegation.DelegationService;
import org.cqfriendship.logistics.registration.delegation.PassportValidity;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.SessionAttributes;
import org.springframework.web.bind.support.SessionStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The registration form in steps: delegation → members → travel → needs and sign-ups → review.
 * What was typed stays in the session between steps (and when a step has problems); the final
 * submit registers through the same service as the API, once, however often it is pressed.
 */
@Controller
@SessionAttributes("form")
class RegistrationWizard {

    static final int REVIEW = 5;

    private final DelegationService delegations;
    private final FormChecks checks;

    RegistrationWizard(DelegationService delegations, FormChecks checks) {
        this.delegations = delegations;
        this.checks = checks;
    }

    @InitBinder("form")
    void onlyFormFields(WebDataBinder binder) {
        binder.setDisallowedFields("delegationId", "version", "members*.memberId", "members*.passportMasked");
    }

    @ModelAttribute("form")
    RegistrationForm newForm() {
        return new RegistrationForm();
    }

    @GetMapping({"/", "/register"})
    String start() {
        return "redirect:/register/1";
    }

    @GetMapping("/register/{step:[1-4]}")
    String step(@PathVariable int step, Model model) {
        model.addAttribute("step", step);
        return "register/step";
    }

    @PostMapping("/register/{step:[1-4]}")
    String saveStep(@PathVariable int step, @ModelAttribute("form") RegistrationForm form, BindingResult binding,
                    @RequestParam(defaultValue = "next") String action, Model model) {
        model.addAttribute("step", step);
        if (form.applyMemberAction(action)) {
            return "register/step";
        }
        if (action.equals("back")) {
            return "redirect:/register/" + Math.max(1, step - 1);
        }
        if (action.equals("language")) {
            // The language changed (lang= on this request); what was typed is kept, unchecked, and shown again in it.
            return "redirect:/register/" + step;
        }
        checks.check(form, binding, step);
        if (binding.hasErrors()) {
            return "register/step";
        }
        return step == 4 ? "redirect:/register/review" : "redirect:/register/" + (step + 1);
    }

    @GetMapping("/register/review")
    String review(@ModelAttribute("form") RegistrationForm form, BindingResult binding, Model model) {
        model.addAttribute("step", REVIEW);
        model.addAttribute("passportWarnings", PassportValidity.warnedMembers(FormConversion.toRequest(form).request()));
        return "register/review";
    }

    @PostMapping("/register/review")
    String submit(@ModelAttribute("form") RegistrationForm form, BindingResult binding, Model model, SessionStatus session,
                  RedirectAttributes redirect) {
        DelegationRequest request = checks.check(form, binding, REVIEW);
        if (request == null) {
            model.addAttribute("step", FormChecks.firstStepWithErrors(binding));
            return "register/step";
        }
        var registration = delegations.register(request, "form-" + form.getSubmissionId(), LocaleContextHolder.getLocale());
        session.setComplete();
        redirect.addFlashAttribute("locality", registration.delegation().details().locality());
        redirect.addFlashAttribute("reference", registration.delegation().reference());
        redirect.addFlashAttribute("email", form.getContactEmail());
        return "redirect:/register/done";
    }

    @GetMapping("/register/done")
    String done(Model model) {
        if (!model.containsAttribute("reference")) {
            return "redirect:/register/1";
        }
        return "register/done";
    }
}
