package org.cqfriendship.logistics.itinerary.pages;

import org.cqfriendship.logistics.access.Caller;
import org.cqfriendship.logistics.access.Role;
import org.cqfriendship.logistics.itinerary.interpretation.InterpretationGaps;
import org.cqfriendship.logistics.itinerary.interpretation.SessionLanguages;
import org.cqfriendship.logistics.itinerary.planning.SessionAttendees;
import org.cqfriendship.logistics.itinerary.programme.Programme;
import org.cqfriendship.logistics.itinerary.programme.Session;
import org.cqfriendship.logistics.itinerary.programme.SessionTranslations;
import org.cqfriendship.logistics.itinerary.programme.StoredProgramme;
import org.cqfriendship.logistics.support.config.ConferenceTime;
import org.cqfriendship.logistics.support.exports.Spreadsheets;
import org.cqfriendship.logistics.support.security.Callers;
import org.cqfriendship.logistics.support.validation.PlainTextValidator;
import org.cqfriendship.logistics.support.web.FieldProblemException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Programme staff's page: every session with who signed up against its seats, the languages nobody
 * interprets, and forms to move (time or venue) or cancel it. A change replans every itinerary it
 * touches and tells each coordinator, exactly as through the API.
 */
@Controller
class ProgrammePage {

    private final StoredProgramme programme;
    private final SessionAttendees attendees;
    private final InterpretationGaps interpretation;
    private final String partsPageUrl;
    private final MessageSource messages;

    ProgrammePage(StoredProgramme programme, SessionAttendees attendees, InterpretationGaps interpretation,
                  @org.springframework.beans.factory.annotation.Value("${itinerary.registration-base-url:http://localhost:8081}")
                  String registrationBaseUrl, MessageSource messages) {
        this.messages = messages;
        this.programme = programme;
        this.attendees = attendees;
        this.interpretation = interpretation;
        // Sign-ups are the registration-service's: delegations are put at parts of events there.
        this.partsPageUrl = registrationBaseUrl.replaceAll("/+$", "") + "/programme/parts";
    }

    /** Who is signed up for each session and who waits for a seat, as CSV or an Excel workbook. */
    @GetMapping("/programme/signups.{format:csv|xlsx}")
    ResponseEntity<byte[]> signUps(@PathVariable String format) {
        ProgrammeSheets sheets = new ProgrammeSheets(messages, LocaleContextHolder.getLocale());
        return Spreadsheets.download(format, "sign-ups", List.of(sheets.signUps(programme.all(), attendees.signUps())));
    }

    /** The interpretation each session needs and how it is covered, as CSV or an Excel workbook. */
    @GetMapping("/programme/interpretation.{format:csv|xlsx}")
    ResponseEntity<byte[]> interpretation(@PathVariable String format) {
        Locale reader = LocaleContextHolder.getLocale();
        Map<String, String> titles = programme.all().stream()
                .collect(Collectors.toMap(s -> s.session().id(), s -> s.session().in(reader).title()));
        return Spreadsheets.download(format, "interpretation",
                List.of(new ProgrammeSheets(messages, reader).interpretation(interpretation.sessions(attendees.bySession()), titles)));
    }

    /** Where staff land on this service. */
    @GetMapping("/")
    String home() {
        return Callers.current().has(Role.PROGRAMME) ? "redirect:/programme" : "redirect:/account";
    }

    @GetMapping("/programme")
    String page(Model model) {
        var bySession = attendees.bySession();
        Map<String, Integer> signedUp = bySession.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().size()));
        Map<String, SessionLanguages> languages = interpretation.sessions(bySession).stream()
                .collect(Collectors.toMap(SessionLanguages::sessionId, Function.identity()));
        var sessions = programme.all();
        model.addAttribute("sessions", sessions);
        Locale reader = LocaleContextHolder.getLocale();
        model.addAttribute("titles", sessions.stream()
                .collect(Collectors.toMap(s -> s.session().id(), s -> s.session().in(reader).title())));
        model.addAttribute("translationLanguages", SessionTranslations.ownNames());
        model.addAttribute("events", sessions.stream().filter(s -> !s.cancelled() && s.session().partOf() == null)
                .map(StoredProgramme.SessionView::session).toList());
        model.addAttribute("signedUp", signedUp);
        model.addAttribute("languages", languages);
        model.addAttribute("partsPageUrl", partsPageUrl);
        model.addAttribute("caller", Callers.current());
        return "programme";
    }

    @PostMapping("/programme/{id}/schedule")
    String move(@PathVariable String id, @RequestParam String date, @RequestParam String start, @RequestParam String end,
                @RequestParam(required = false) @Nullable String venue, RedirectAttributes result) {
        try {
            LocalDate day = LocalDate.parse(date);
            OffsetDateTime startsAt = day.atTime(LocalTime.parse(start)).atZone(ConferenceTime.ZONE).toOffsetDateTime();
            OffsetDateTime endsAt = day.atTime(LocalTime.parse(end)).atZone(ConferenceTime.ZONE).toOffsetDateTime();
            programme.reschedule(id, startsAt, endsAt, venue == null || venue.length() > 200 || !PlainTextValidator.isPlainLine(venue)
                    ? null : venue);
            result.addFlashAttribute("notice", "programme.moved");
        } catch (DateTimeParseException e) {
            result.addFlashAttribute("problem", "programme.badTimes");
        } catch (FieldProblemException e) {
            result.addFlashAttribute("problem", PART_PROBLEMS.getOrDefault(e.messageCode(), "programme.badTimes"));
        }
        result.addFlashAttribute("changed", title(id));
        return "redirect:/programme#" + id;
    }

    /** What the page says when a move would take a part out of its event, or leave an event's parts outside it. */
    private static final Map<String, String> PART_PROBLEMS = Map.of("session.partOutsideEvent", "programme.partOutsideEvent",
            "session.partsOutsideEvent", "programme.partsOutsideEvent");

    /** Publishes a session from the page's form (times in Chongqing time, no seat limit when capacity is empty). */
    @PostMapping("/programme/sessions")
    String publish(@RequestParam String id, @RequestParam String title, @RequestParam String venue, @RequestParam String date,
                   @RequestParam String start, @RequestParam String end, @RequestParam(required = false) Integer capacity,
                   @RequestParam(required = false) String partOf, @RequestParam Map<String, String> form, RedirectAttributes result) {
        String code = id.strip();
        result.addFlashAttribute("changed", title.isBlank() ? code : title.strip());
        if (!code.matches("[a-z0-9][a-z0-9-]{1,58}[a-z0-9]") || title.isBlank() || title.length() > 200 || venue.isBlank()
                || venue.length() > 200 || !PlainTextValidator.isPlainLine(title) || !PlainTextValidator.isPlainLine(venue)
                || (capacity != null && (capacity < 1 || capacity > 100_000))) {
            result.addFlashAttribute("problem", "programme.badSession");
            return "redirect:/programme#publish";
        }
        try {
            LocalDate day = LocalDate.parse(date);
            OffsetDateTime startsAt = day.atTime(LocalTime.parse(start)).atZone(ConferenceTime.ZONE).toOffsetDateTime();
            OffsetDateTime endsAt = day.atTime(LocalTime.parse(end)).atZone(ConferenceTime.ZONE).toOffsetDateTime();
            programme.publish(new Session(code, title.strip(), venue.strip(), startsAt, endsAt, false, false, capacity, List.of(), null,
                    partOf, SessionTranslations.fromForm(form)));
            result.addFlashAttribute("notice", "programme.published");
            return "redirect:/programme#" + code;
        } catch (DateTimeParseException e) {
            result.addFlashAttribute("problem", "programme.badPublishTimes");
        } catch (FieldProblemException e) {
            // A translation too long or not one line, the event it is part of cancelled meanwhile, or the times the wrong way round.
            result.addFlashAttribute("problem", switch (e.field()) {
                case "translations" -> "programme.badTranslation";
                case "partOf" -> "programme.badPartOf";
                default -> "programme.badPublishTimes";
            });
        } catch (ErrorResponseException taken) {
            result.addFlashAttribute("problem", "programme.idTaken");
        }
        return "redirect:/programme#publish";
    }

    /** Cancels only with the box ticked: it cannot be undone, and everyone signed up is told. */
    @PostMapping("/programme/{id}/cancellation")
    String cancel(@PathVariable String id, @RequestParam(required = false) String confirmed, RedirectAttributes result) {
        if (!"yes".equals(confirmed)) {
            result.addFlashAttribute("problem", "programme.cancelUnconfirmed");
            result.addFlashAttribute("changed", title(id));
            return "redirect:/programme#" + id;
        }
        programme.cancel(id);
        result.addFlashAttribute("notice", "programme.cancelledNotice");
        result.addFlashAttribute("changed", title(id));
        return "redirect:/programme";
    }

    private String title(String id) {
        return programme.all().stream().filter(s -> s.session().id().equals(id)).map(s -> s.session().title()).findFirst().orElse(id);
    }

}
