package org.cqfriendship.logistics.accreditation.scanning;

import org.cqfriendship.logistics.access.Caller;
import org.cqfriendship.logistics.accreditation.zones.AccreditationSettings;
import org.cqfriendship.logistics.support.security.Callers;
import org.cqfriendship.logistics.support.web.FieldProblemException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

/**
 * The desk's phone page ({@code /desk}, role DESK), which reads QR codes with the camera or takes
 * a typed badge number; its script keeps scans made offline and sends each with its idempotency
 * key to {@link ScanApi}. Without the script the page posts its form here.
 */
@Controller
class ScanController {

    private final Scanning scanning;
    private final AccreditationSettings settings;
    private final MessageSource wording;

    ScanController(Scanning scanning, AccreditationSettings settings, MessageSource wording) {
        this.scanning = scanning;
        this.settings = settings;
        this.wording = wording;
    }

    /** A place to choose on the desk page. */
    public record PlaceChoice(String id, String name) {
    }

    @GetMapping("/desk")
    String desk(@RequestParam(required = false) @Nullable String place, Model model) {
        model.addAttribute("places", places(LocaleContextHolder.getLocale()));
        model.addAttribute("place", settings.places().containsKey(place) ? place : null);
        model.addAttribute("key", UUID.randomUUID().toString());
        return "desk";
    }

    /** Without the page's script: the form posted, the answer shown on the page (a problem with the scan as a message). */
    @PostMapping("/desk")
    String scanFromForm(@RequestParam String key, @RequestParam String code, @RequestParam(required = false) @Nullable String place,
                        Model model) {
        Locale locale = LocaleContextHolder.getLocale();
        try {
            model.addAttribute("answer", scanning.scan(key, code, place, null, Callers.current().name(), locale));
        } catch (FieldProblemException problem) {
            model.addAttribute("problem", problem.messageCode());
        }
        return desk(place, model);
    }

    private List<PlaceChoice> places(Locale locale) {
        return settings.places().keySet().stream()
                .map(id -> new PlaceChoice(id, Objects.requireNonNullElse(wording.getMessage("place." + id, null, id, locale), id))).toList();
    }
}
