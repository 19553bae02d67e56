package org.cqfriendship.logistics.itinerary.calendar;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.property.Method;
import biweekly.property.Status;
import biweekly.util.Duration;
import org.cqfriendship.logistics.itinerary.planning.Itinerary;
import org.cqfriendship.logistics.itinerary.planning.ItineraryView.EntryView;
import org.cqfriendship.logistics.itinerary.planning.ItineraryView;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * Itineraries as a calendar (RFC 5545) that calendar apps subscribe to: one event per entry, in
 * UTC (each app shows its own zone), worded in the reader's language. An event keeps its UID for
 * as long as its entry exists (the entry's id and whose calendar it is), and its SEQUENCE is the
 * itinerary's version, which grows with every change to the plan: a moved session updates its
 * event in place rather than adding one.
 */
final class ItineraryCalendar {

    /** How often a subscribed app should fetch the feed again. */
    private static final Duration REFRESH = Duration.builder().hours(1).build();
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    /** One itinerary's entries in the calendar: all of them, or those of one member ({@code memberName}). */
    record Part(Itinerary itinerary, ItineraryView view, @Nullable String memberId, @Nullable String memberName) {

        static Part whole(Itinerary itinerary, ItineraryView view) {
            return new Part(itinerary, view, null, null);
        }

        private String owner() {
            return memberId == null ? itinerary.delegationId() : memberId;
        }
    }

    private final MessageSource messages;
    private final Locale locale;
    private final Instant now;

    ItineraryCalendar(MessageSource messages, Locale locale, Instant now) {
        this.messages = messages;
        this.locale = locale;
        this.now = now;
    }

    /** The calendar named {@code name}; with {@code byDelegation}, each event's title starts with its delegation's locality. */
    String write(String name, List<Part> parts, boolean byDelegation) {
        ICalendar calendar = new ICalendar();
        calendar.setProductId("-//CQ Friendship Cities Conference 2026//Delegation logistics//EN");
        calendar.setMethod(Method.publish());
        calendar.setName(name);
        calendar.setExperimentalProperty("X-WR-CALNAME", name);
        calendar.setRefreshInterval(REFRESH);
        calendar.setExperimentalProperty("X-PUBLISHED-TTL", REFRESH.toString());
        for (Part part : parts) {
            for (EntryView entry : part.view().entries()) {
                Predicate<String> concerned = part.memberName() == null ? n -> true : part.memberName()::equals;
                boolean seated = entry.members().stream().anyMatch(concerned);
                boolean waiting = !seated && entry.waiting().stream().anyMatch(concerned);
                if (part.memberName() == null || seated || waiting) {
                    calendar.addEvent(event(part, entry, waiting, byDelegation));
                }
            }
        }
        return Biweekly.write(calendar).go();
    }

    private VEvent event(Part part, EntryView entry, boolean waiting, boolean byDelegation) {
        VEvent event = new VEvent();
        event.setUid(entry.entryId() + "." + part.owner() + "@itinerary.cq-friendship.example.org");
        event.setSequence((int) Math.min(Integer.MAX_VALUE, part.itinerary().version() == null ? 0 : part.itinerary().version()));
        event.setDateTimeStamp(Date.from(now));
        event.setDateStart(Date.from(entry.startsAt().toInstant()));
        event.setDateEnd(Date.from((entry.endsAt() == null ? entry.startsAt() : entry.endsAt()).toInstant()));
        String kind = text("itinerary.kind." + entry.kind());
        event.setSummary((byDelegation ? part.view().locality() + ": " : "") + entry.title());
        event.addCategories(kind);
        if (entry.place() != null) {
            event.setLocation(entry.place());
        }
        event.setDescription(String.join("\n", lines(part, entry, waiting)));
        event.setStatus(waiting ? Status.tentative() : Status.confirmed());
        return event;
    }

    private List<String> lines(Part part, EntryView entry, boolean waiting) {
        List<String> lines = new ArrayList<>();
        lines.add(text("itinerary.kind." + entry.kind()));
        if (entry.localStartsAt() != null) {
            lines.add(text("itinerary.localTime", entry.localStartsAt().format(DateTimeFormatter.ofPattern("d MMM HH:mm", locale)),
                    entry.timeZone()));
        }
        List<String> members = part.memberName() == null ? entry.members() : List.of();
        if (!members.isEmpty()) {
            lines.add(text("calendar.who", String.join(", ", members)));
        }
        entry.rides().stream().filter(r -> part.memberName() == null || r.member().equals(part.memberName()))
                .forEach(r -> lines.add(r.vehicleId() == null ? text("itinerary.noVehicle", r.member())
                        : text(r.dropOff() ? "itinerary.dropOffRide" : "itinerary.ride", r.member(), r.vehicleId(), r.leavesAt().format(TIME))));
        List<String> queued = part.memberName() == null ? entry.waiting() : waiting ? List.of(part.memberName()) : List.of();
        if (!queued.isEmpty()) {
            lines.add(text("itinerary.waiting", String.join(", ", queued)));
        }
        return lines;
    }

    private String text(String code, Object... args) {
        return messages.getMessage(code, args, locale);
    }
}
