package org.cqfriendship.logistics.itinerary.transfers;

import org.cqfriendship.logistics.support.exports.Sheet;
import org.springframework.context.MessageSource;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * A day's manifests as a sheet for the drivers and the airport desk, the same as the page: a row
 * per passenger with their port, vehicle, when it waits and leaves, and their flight or train;
 * passengers with no vehicle yet have an empty vehicle.
 */
final class TransfersSheet {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

    private TransfersSheet() {
    }

    static Sheet of(LocalDate day, List<Manifest> manifests, MessageSource messages, Locale locale) {
        Sheet.Builder sheet = Sheet.named(text(messages, locale, "transfers.title") + " " + day,
                text(messages, locale, "export.port"), text(messages, locale, "transfers.vehicle"), text(messages, locale, "export.vehicleType"),
                text(messages, locale, "export.waitsFrom"), text(messages, locale, "export.leavesAt"), text(messages, locale, "export.name"),
                text(messages, locale, "export.locality"), text(messages, locale, "export.service"), text(messages, locale, "export.arrivesAt"),
                text(messages, locale, "transfers.head"), text(messages, locale, "transfers.accessible"));
        for (Manifest manifest : manifests) {
            for (Manifest.Run run : manifest.runs()) {
                run.riders().forEach(rider -> sheet.row(manifest.port(), run.vehicleId(), run.vehicleType(), clock(run.waitsFrom()),
                        clock(run.leavesAt()), rider.name(), rider.locality(), rider.service(), clock(rider.arrivesAt()),
                        yes(rider.head(), messages, locale), yes(rider.accessible(), messages, locale)));
            }
            manifest.unassigned().forEach(rider -> sheet.row(manifest.port(), null, null, null, null, rider.name(), rider.locality(),
                    rider.service(), clock(rider.arrivesAt()), yes(rider.head(), messages, locale), yes(rider.accessible(), messages, locale)));
        }
        return sheet.build();
    }

    private static String clock(OffsetDateTime at) {
        return at == null ? null : CLOCK.format(at);
    }

    private static String yes(boolean flag, MessageSource messages, Locale locale) {
        return flag ? text(messages, locale, "export.yes") : null;
    }

    private static String text(MessageSource messages, Locale locale, String code) {
        return messages.getMessage(code, null, code, locale);
    }
}
