package org.cqfriendship.logistics.notification.acknowledge;

import jakarta.servlet.http.HttpServletResponse;
import org.cqfriendship.logistics.notification.alert.Alert;
import org.cqfriendship.logistics.notification.alert.AlertService;
import org.cqfriendship.logistics.notification.alert.AlertTexts;
import org.cqfriendship.logistics.notification.coordinator.Recipients;
import org.cqfriendship.logistics.notification.wording.Reader;
import org.cqfriendship.logistics.support.config.ConferenceTime;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/**
 * Where the link in an email or text message leads: the alert in the recipient's language and a
 * button that acknowledges it. Opening the link only shows it (mail scanners open links too); the
 * button posts, and the acknowledgement is kept as "<recipient's name> (link)".
 */
@Controller
class AcknowledgePage {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ConferenceTime.ZONE);

    private final AcknowledgeLinks links;
    private final AlertService alerts;
    private final AlertTexts texts;
    private final Recipients directory;
    private final MessageSource messages;

    AcknowledgePage(AcknowledgeLinks links, AlertService alerts, AlertTexts texts, Recipients directory, MessageSource messages) {
        this.links = links;
        this.alerts = alerts;
        this.texts = texts;
        this.directory = directory;
        this.messages = messages;
    }

    @GetMapping("/acknowledge/{token}")
    String show(@PathVariable String token, Model model, HttpServletResponse response) {
        return alert(token).map(alert -> page(alert, model)).orElseGet(() -> unknown(response));
    }

    @PostMapping("/acknowledge/{token}")
    String acknowledge(@PathVariable String token, Model model, HttpServletResponse response) {
        return alert(token).map(alert -> {
            // A person's name, as the inbox and the audit log show it; never the recipient id.
            String by = messages.getMessage("acknowledge.viaLink", new Object[] {directory.reach(alert.coordinatorId()).name()}, Locale.ENGLISH);
            return page(alerts.acknowledge(alert.coordinatorId(), alert.id(), by).orElse(alert), model);
        }).orElseGet(() -> unknown(response));
    }

    private Optional<Alert> alert(String token) {
        return links.alertOf(token).flatMap(alerts::find);
    }

    private static String unknown(HttpServletResponse response) {
        response.setStatus(HttpStatus.NOT_FOUND.value());
        return "acknowledge";
    }

    private String page(Alert alert, Model model) {
        Reader reader = new Reader(LocaleContextHolder.getLocale(), directory.reach(alert.coordinatorId()).reader().zone());
        model.addAttribute("text", texts.of(alert, reader));
        model.addAttribute("alert", alert);
        model.addAttribute("acknowledgedWhen", alert.acknowledgement() == null ? null : WHEN.format(alert.acknowledgement().at()));
        return "acknowledge";
    }
}
