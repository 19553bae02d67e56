package org.cqfriendship.logistics.registration.pages;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.cqfriendship.logistics.registration.delegation.DelegationRequest;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;

import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;

/**
 * Checks a form with the API's own rules, and that it names the contact email the personal link is
 * sent to, and puts each problem on the form field to correct, in the reader's language, so the
 * page shows it next to that field.
 */
@Component
class FormChecks {

    private final Validator validator;
    private final MessageSource messages;

    FormChecks(Validator validator, MessageSource messages) {
        this.validator = validator;
        this.messages = messages;
    }

    /** The request if the form is valid up to {@code lastStep} (5 = everything); otherwise null, with the problems in {@code binding}. */
    DelegationRequest check(RegistrationForm form, BindingResult binding, int lastStep) {
        FormConversion.Converted converted = FormConversion.toRequest(form);
        Map<String, String> problems = new TreeMap<>(Comparator.comparingInt(FormConversion::pageOrder)
                .thenComparing(Comparator.naturalOrder()));
        converted.unreadable().forEach((field, code) ->
                problems.putIfAbsent(field, messages.getMessage(code, null, code, LocaleContextHolder.getLocale())));
        if (form.getContactEmail() == null || form.getContactEmail().isBlank()) {
            // The API answers the personal link to its caller; a person at the form gets it only by email.
            problems.put("contactEmail", messages.getMessage("form.contactEmail.required", null, LocaleContextHolder.getLocale()));
        }
        for (ConstraintViolation<DelegationRequest> violation : validator.validate(converted.request())) {
            String field = FormConversion.formField(violation.getPropertyPath().toString().replace(".<list element>", "")
                    .replace(".<iterable element>", ""));
            problems.putIfAbsent(field, violation.getMessage());
        }
        problems.forEach((field, message) -> {
            if (FormConversion.stepOf(field) <= lastStep) {
                binding.rejectValue(field, "invalid", message);
            }
        });
        return binding.hasErrors() ? null : converted.request();
    }

    /** The first step with a problem, to send the reader back to. */
    static int firstStepWithErrors(BindingResult binding) {
        return binding.getFieldErrors().stream().mapToInt(e -> FormConversion.stepOf(e.getField())).min().orElse(1);
    }
}
