package org.cqfriendship.logistics.itinerary.rooms;

import org.cqfriendship.logistics.support.exports.Sheet;
import org.springframework.context.MessageSource;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/** A hotel's rooming list as a sheet, the same rows as the page, headed in the reader's language. */
final class RoomingSheet {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private RoomingSheet() {
    }

    static Sheet of(Accommodation.Hotel hotel, List<RoomingLists.Guest> guests, MessageSource messages, Locale locale) {
        Sheet.Builder sheet = Sheet.named(hotel.name(), text(messages, locale, "rooming.night"), text(messages, locale, "rooming.roomType"),
                text(messages, locale, "rooming.room"), text(messages, locale, "export.name"), text(messages, locale, "rooming.role"),
                text(messages, locale, "export.locality"), text(messages, locale, "rooming.arrival"), text(messages, locale, "export.arrivesAt"),
                text(messages, locale, "rooming.departure"), text(messages, locale, "rooming.departsAt"), text(messages, locale, "rooming.diets"),
                text(messages, locale, "rooming.accessibility"));
        for (RoomingLists.Guest g : guests) {
            sheet.row(g.night().toString(), text(messages, locale, "itinerary.room." + g.roomType()), g.roomNumber(), g.name(),
                    g.role(), g.locality(), g.arrival(), when(g.arrivesAt()), g.departure(), when(g.departsAt()),
                    g.diets().isEmpty() ? null : String.join(", ", new TreeSet<>(g.diets())), g.accessibility());
        }
        return sheet.build();
    }

    private static String when(OffsetDateTime at) {
        return at == null ? null : WHEN.format(at);
    }

    private static String text(MessageSource messages, Locale locale, String code) {
        return messages.getMessage(code, null, code, locale);
    }
}
