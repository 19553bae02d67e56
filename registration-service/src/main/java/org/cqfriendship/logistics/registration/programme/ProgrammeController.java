package org.cqfriendship.logistics.registration.programme;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** What a delegation can sign up for ({@code attends} codes), for clients that build their own form. Public, like the form. */
@RestController
class ProgrammeController {

    private final Programme programme;

    ProgrammeController(Programme programme) {
        this.programme = programme;
    }

    @GetMapping("/api/programme")
    List<Programme.Option> options() {
        return programme.options(LocaleContextHolder.getLocale());
    }
}
