package org.cqfriendship.logistics.notification.coordinator;

import org.cqfriendship.logistics.support.exports.Sheet;
import org.cqfriendship.logistics.support.exports.Spreadsheets;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The coordinator directory for programme staff and the duty manager, as CSV or an Excel workbook:
 * who serves, how to reach them, the language they read and their zone. A group-chat webhook is a
 * secret of its own, so the sheet says only whether one is set.
 */
@RestController
class DirectoryExport {

    private final CoordinatorDirectory directory;
    private final MessageSource messages;

    DirectoryExport(CoordinatorDirectory directory, MessageSource messages) {
        this.directory = directory;
        this.messages = messages;
    }

    @GetMapping("/coordinator-directory.{format:csv|xlsx}")
    ResponseEntity<byte[]> export(@PathVariable String format) {
        Locale locale = LocaleContextHolder.getLocale();
        Sheet.Builder sheet = Sheet.named(text("directory.title", locale), text("directory.id", locale), text("directory.name", locale),
                text("directory.email", locale), text("directory.phone", locale), text("directory.language", locale),
                text("directory.timeZone", locale), text("directory.webhook", locale));
        Stream.concat(directory.coordinators().entrySet().stream().map(entry -> withId(entry.getKey(), entry.getValue())),
                        Stream.of(directory.programmeDesk()))
                .sorted(Comparator.comparing(Recipient::id))
                .forEach(r -> sheet.row(r.id(), r.name(), r.email(), r.phone(), r.language(), r.timeZone(),
                        r.webhook() == null || r.webhook().isBlank() ? null : text("directory.webhookSet", locale)));
        return Spreadsheets.download(format, "coordinators", List.of(sheet.build()));
    }

    /** Configured under its id, which its own record may leave out. */
    private static Recipient withId(String id, Recipient configured) {
        return configured.id() != null ? configured
                : new Recipient(id, configured.name(), configured.email(), configured.phone(), configured.webhook(), configured.language(),
                configured.timeZone());
    }

    private String text(String code, Locale locale) {
        return Objects.requireNonNullElse(messages.getMessage(code, null, code, locale), code);
    }
}
