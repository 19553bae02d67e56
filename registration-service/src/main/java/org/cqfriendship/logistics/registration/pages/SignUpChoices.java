package org.cqfriendship.logistics.registration.pages;

import org.cqfriendship.logistics.registration.programme.Programme;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import java.util.LinkedHashMap;
import java.util.Map;

/** The programme choices of the registration and edit forms: code → title in the page's language, in the order shown. */
@ControllerAdvice(assignableTypes = {RegistrationWizard.class, EditPage.class})
class SignUpChoices {

    private final Programme programme;

    SignUpChoices(Programme programme) {
        this.programme = programme;
    }

    @ModelAttribute("programmeChoices")
    Map<String, String> programmeChoices() {
        var options = programme.options(LocaleContextHolder.getLocale());
        Map<String, String> titles = new LinkedHashMap<>();
        options.forEach(option -> titles.put(option.code(), option.title()));
        Map<String, String> choices = new LinkedHashMap<>();
        options.forEach(option -> choices.put(option.code(), option.label(titles)));
        return choices;
    }
}
