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
 * per passenger with their direction, port, vehicle, when it waits and leaves, and their flight or
 * train; passengers with no vehicle yet have an empty vehicle; a departing passenger's row names the
 * hotel (or the venue) the vehicle leaves from and when they are at the port.
 */
final class TransfersSheet {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

    private final MessageSource messages;
    private final Locale locale;

    private TransfersSheet(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    /** Arrivals, then departures: one sheet each for Excel; for CSV, which takes the first sheet, both in it, each row saying which. */
    static List<Sheet> of(LocalDate day, List<Manifest> manifests, MessageSource messages, Locale locale) {
        TransfersSheet words = new TransfersSheet(messages, locale);
        return List.of(words.sheet(day, manifests), words.departures(day, manifests));
    }

    /** The departures alone: the place and time each vehicle leaves, the flight or train, and who rides. */
    private Sheet departures(LocalDate day, List<Manifest> manifests) {
        Sheet.Builder sheet = Sheet.named(text("transfers.departures") + " " + day, text("export.port"), text("transfers.leavesFrom"),
                text("transfers.vehicle"), text("export.leavesAt"), text("transfers.atPortTime"), text("export.service"), text("export.name"),
                text("export.locality"));
        for (Manifest manifest : manifests) {
            manifest.departureRuns().forEach(run -> run.riders().forEach(rider -> sheet.row(manifest.port(), run.from(), run.vehicleId(),
                    clock(run.leavesAt()), clock(rider.atPort()), rider.service(), rider.name(), rider.locality())));
            manifest.unassignedDeparting().forEach(rider -> sheet.row(manifest.port(), rider.from(), null, clock(rider.arrivesAt()),
                    clock(rider.atPort()), rider.service(), rider.name(), rider.locality()));
        }
        return sheet.build();
    }

    private Sheet sheet(LocalDate day, List<Manifest> manifests) {
        Sheet.Builder sheet = Sheet.named(text("transfers.title") + " " + day, text("transfers.direction"), text("export.port"),
                text("transfers.leavesFrom"), text("transfers.vehicle"), text("export.vehicleType"), text("export.waitsFrom"),
                text("export.leavesAt"), text("export.name"), text("export.locality"), text("export.service"), text("transfers.atPortTime"),
                text("transfers.head"), text("transfers.accessible"));
        String arriving = text("transfers.arrival");
        String leaving = text("transfers.departure");
        for (Manifest manifest : manifests) {
            for (Manifest.Run run : manifest.arrivalRuns()) {
                run.riders().forEach(rider -> sheet.row(arriving, manifest.port(), manifest.port(), run.vehicleId(), run.vehicleType(),
                        clock(run.waitsFrom()), clock(run.leavesAt()), rider.name(), rider.locality(), rider.service(),
                        clock(rider.arrivesAt()), yes(rider.head()), yes(rider.accessible())));
            }
            manifest.unassignedArriving().forEach(rider -> sheet.row(arriving, manifest.port(), manifest.port(), null, null, null, null,
                    rider.name(), rider.locality(), rider.service(), clock(rider.arrivesAt()), yes(rider.head()), yes(rider.accessible())));
        }
        // A departing passenger's vehicle leaves their hotel (or the venue) for the port.
        for (Manifest manifest : manifests) {
            for (Manifest.Run run : manifest.departureRuns()) {
                run.riders().forEach(rider -> sheet.row(leaving, manifest.port(), run.from(), run.vehicleId(), run.vehicleType(), null,
                        clock(run.leavesAt()), rider.name(), rider.locality(), rider.service(), clock(rider.atPort()), yes(rider.head()),
                        yes(rider.accessible())));
            }
            manifest.unassignedDeparting().forEach(rider -> sheet.row(leaving, manifest.port(), rider.from(), null, null, null,
                    clock(rider.arrivesAt()), rider.name(), rider.locality(), rider.service(), clock(rider.atPort()), yes(rider.head()),
                    yes(rider.accessible())));
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
