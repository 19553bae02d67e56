package org.cqfriendship.logistics.notification.rooming;

import org.cqfriendship.logistics.notification.alert.Channel;
import org.cqfriendship.logistics.notification.delivery.Dispatchers;
import org.cqfriendship.logistics.notification.delivery.Notice;
import org.cqfriendship.logistics.support.exports.Sheet;
import org.cqfriendship.logistics.support.exports.Spreadsheets;
import org.cqfriendship.logistics.support.work.PollingWorker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Emails each hotel's reservations contact its rooming list once it has settled after a change:
 * the rooms booked and cancelled since the list last sent, in the hotel's language, with the
 * whole list attached as CSV. Sent through the email channel's guard; a send the provider refuses
 * stays due and goes on a later pass. One email per list version: a resend after a crash keeps its
 * Message-ID.
 */
@Component
public class RoomingListMailer extends PollingWorker {

    private static final Logger log = LoggerFactory.getLogger(RoomingListMailer.class);

    private final RoomingLists lists;
    private final Dispatchers dispatchers;
    private final MessageSource messages;
    private final RoomingListSettings settings;
    private final Clock clock;

    RoomingListMailer(RoomingLists lists, Dispatchers dispatchers, MessageSource messages, RoomingListSettings settings, Clock clock) {
        super("rooming-lists", settings.pollInterval());
        this.lists = lists;
        this.dispatchers = dispatchers;
        this.messages = messages;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    protected void poll() {
        for (HotelList list : lists.due(clock.instant().minus(settings.settle()))) {
            try {
                if (dispatchers.sendNotice(Channel.EMAIL, notice(list), "hotel:" + list.hotelId()).isEmpty()) {
                    lists.sent(list);
                }
            } catch (Dispatchers.NoticeNotSent refused) {
                log.warn("Rooming list of {} not sent, will try again: {}", list.hotelId(), refused.getMessage());
            }
        }
    }

    Notice notice(HotelList list) {
        Locale locale = Locale.forLanguageTag(list.language() == null ? "zh" : list.language());
        DateTimeFormatter day = DateTimeFormatter.ofPattern(text(locale, "rooming.day.pattern"), locale);
        List<String> changes = changes(list.sent(), list.latest()).stream().map(c -> text(locale, c.removed() ? "rooming.line.removed"
                : "rooming.line.added", day.format(c.room().night()), text(locale, "rooming.room." + c.room().roomType()),
                c.room().roomNumber(), c.room().guest(), Objects.toString(c.room().locality(), ""))).toList();
        String body = text(locale, list.sentVersion() < 0 ? "rooming.body.first" : "rooming.body", list.hotelName(),
                changes.isEmpty() ? text(locale, "rooming.noChanges") : String.join("\n", changes), list.latest().size());
        byte[] csv = Spreadsheets.csv(sheet(list, locale));
        return new Notice(list.email(), locale, text(locale, "rooming.subject", list.hotelName()), body,
                "rooming-" + list.hotelId() + "-" + list.listVersion(),
                new Notice.Attachment("rooming-list-" + list.hotelId() + ".csv", "text/csv; charset=UTF-8", csv));
    }

    /** A room booked (a guest in a room on a night) or cancelled (a guest no longer there). */
    record Change(RoomsAllocated.Room room, boolean removed) {
    }

    /** What changed from the list sent to the latest: per room and night, the guest who left and the one who came. */
    static List<Change> changes(List<RoomsAllocated.Room> sent, List<RoomsAllocated.Room> latest) {
        Map<String, RoomsAllocated.Room> before = byRoomNight(sent);
        Map<String, RoomsAllocated.Room> after = byRoomNight(latest);
        List<Change> changes = new ArrayList<>();
        TreeMap<String, Boolean> keys = new TreeMap<>();
        before.keySet().forEach(k -> keys.put(k, true));
        after.keySet().forEach(k -> keys.put(k, true));
        for (String key : keys.keySet()) {
            RoomsAllocated.Room was = before.get(key);
            RoomsAllocated.Room now = after.get(key);
            if (was != null && (now == null || !sameGuest(was, now))) {
                changes.add(new Change(was, true));
            }
            if (now != null && (was == null || !sameGuest(was, now))) {
                changes.add(new Change(now, false));
            }
        }
        return changes;
    }

    private static boolean sameGuest(RoomsAllocated.Room a, RoomsAllocated.Room b) {
        return Objects.equals(a.guest(), b.guest()) && Objects.equals(a.locality(), b.locality());
    }

    private static Map<String, RoomsAllocated.Room> byRoomNight(List<RoomsAllocated.Room> rooms) {
        return rooms.stream().collect(Collectors.toMap(r -> r.night() + "/" + r.roomType() + "/" + String.format("%05d", r.roomNumber()),
                Function.identity(), (a, b) -> a));
    }

    private Sheet sheet(HotelList list, Locale locale) {
        Sheet.Builder sheet = Sheet.named(list.hotelName(), text(locale, "rooming.csv.night"), text(locale, "rooming.csv.roomType"),
                text(locale, "rooming.csv.room"), text(locale, "rooming.csv.guest"), text(locale, "rooming.csv.role"),
                text(locale, "rooming.csv.delegation"));
        for (RoomsAllocated.Room room : list.latest()) {
            sheet.row(room.night().toString(), text(locale, "rooming.room." + room.roomType()), room.roomNumber(), room.guest(), room.role(),
                    room.locality());
        }
        return sheet.build();
    }

    private String text(Locale locale, String code, Object... args) {
        return messages.getMessage(code, args, locale);
    }
}
