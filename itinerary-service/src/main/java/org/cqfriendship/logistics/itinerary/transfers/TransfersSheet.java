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

    private final MessageSource messages;
    private final Locale locale;

    private TransfersSheet(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    static Sheet of(LocalDate day, List<Manifest> manifests, MessageSource messages, Locale locale) {
        return new TransfersSheet(messages, locale).sheet(day, manifests);
    }

    private Sheet sheet(LocalDate day, List<Manifest> manifests) {
        Sheet.Builder sheet = Sheet.named(text("transfers.title") + " " + day, text("export.port"), text("transfers.vehicle"),
                text("export.vehicleType"), text("export.waitsFrom"), text("export.leavesAt"), text("export.name"), text("export.locality"),
                text("export.service"), text("export.arrivesAt"), text("transfers.head"), text("transfers.accessible"));
        for (Manifest manifest : manifests) {
            for (Manifest.Run run : manifest.runs()) {
                run.riders().forEach(rider -> sheet.row(manifest.port(), run.vehicleId(), run.vehicleType(), clock(run.waitsFrom()),
                        clock(run.leavesAt()), rider.name(), rider.locality(), rider.service(), clock(rider.arrivesAt()),
                        yes(rider.head()), yes(rider.accessible())));
            }
            manifest.unassigned().forEach(rider -> sheet.row(manifest.port(), null, null, null, null, rider.name(), rider.locality(),
                    rider.service(), clock(rider.arrivesAt()), yes(rider.head()), yes(rider.accessible())));
        }
        return sheet.build();
    }

    private static String clock(OffsetDateTime at) {
        return at == null ? null : CLOCK.format(at);
    }

    private String yes(boolean flag) {
        return flag ? text("export.yes") : null;
    }

    private String text(String code) {
        return messages.getMessage(code, null, code, locale);
    }
}
