package org.cqfriendship.logistics.itinerary.planning;

import org.cqfriendship.logistics.itinerary.programme.Programme;
import org.cqfriendship.logistics.itinerary.programme.Session;
import org.cqfriendship.logistics.support.config.ConferenceTime;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Itineraries in the reader's language, worded where they are shown (page, API, calendar) from
 * what the plan stores: a session's title and venue from the programme's translations, pickups,
 * video links and clashes from the message files. English readers get the plan's own words.
 */
@Component
public class ItineraryWording {

    private static final String ENGLISH = "en";

    private final MessageSource messages;
    private final ItineraryPlanner planner;
    private final StaySettings stay;

    ItineraryWording(MessageSource messages, ItineraryPlanner planner, StaySettings stay) {
        this.messages = messages;
        this.planner = planner;
        this.stay = stay;
    }

    /** Words for one reader, with the programme read once, and only if a session must be worded in another language than English. */
    public Reader forReader(Locale locale) {
        return new Reader(locale, planner::programmeNow);
    }

    /** Wording for one reader's language. */
    public final class Reader {

        private final Locale locale;
        private final Supplier<Programme> read;
        private Programme programme;
        private final DateTimeFormatter when;

        private Reader(Locale locale, Supplier<Programme> read) {
            this.locale = locale;
            this.read = read;
            this.when = DateTimeFormatter.ofPattern(text("when.pattern"), locale).withZone(ConferenceTime.ZONE);
        }

        private boolean english() {
            return ENGLISH.equals(locale.getLanguage());
        }

        String title(ItineraryEntry entry) {
            if (english() || entry.facts() == null) {
                return entry.title();
            }
            Optional<Session> session = session(entry);
            return switch (entry.kind()) {
                case PICKUP -> destination(entry, pickup(entry));
                case HOTEL -> text("itinerary.entry.hotel", entry.facts().hotel(), text("itinerary.room." + entry.facts().room()),
                        entry.facts().nights(), day(entry.startsAt()));
                case DROP_OFF -> text("itinerary.entry.dropOff" + (entry.facts().service() == null ? "" : ".service"), place(entry),
                        entry.facts().port(), entry.facts().service(), entry.facts().minutes(), clock(entry.endsAt()));
                case SESSION -> session.map(s -> s.in(locale).title()).orElse(entry.title());
                case VIDEO_SPEECH -> session.map(s -> text("itinerary.entry.speech", s.in(locale).title())).orElse(entry.title());
                case TECH_CHECK -> session.map(s -> text("itinerary.entry.techCheck", s.in(locale).title())).orElse(entry.title());
                case STALL -> session.map(s -> text("itinerary.entry.stall", String.valueOf(entry.facts().pitch()), clock(entry.startsAt()),
                        clock(s.startsAt().toInstant()), clock(s.endsAt().toInstant()))).orElse(entry.title());
            };
        }

        String place(ItineraryEntry entry) {
            if (english() || entry.facts() == null) {
                return entry.place();
            }
            return switch (entry.kind()) {
                case PICKUP, HOTEL -> entry.place();
                case DROP_OFF -> entry.facts().hotel() != null ? entry.facts().hotel() : venue();
                case SESSION, STALL -> session(entry).map(s -> s.in(locale).venue()).orElse(entry.place());
                case VIDEO_SPEECH, TECH_CHECK -> text("itinerary.place.videoLink");
            };
        }

        /** Whether the entry's title is shown in English to a reader of another language (no translation yet). */
        boolean inEnglish(ItineraryEntry entry) {
            if (english()) {
                return false;
            }
            if (entry.facts() == null) {
                return true;
            }
            return switch (entry.kind()) {
                case PICKUP, HOTEL, DROP_OFF, STALL -> false;
                default -> session(entry).map(s -> !s.titledIn(locale)).orElse(true);
            };
        }

        /** The clash as the coordinator's alert words it, with the session titled in the reader's language. */
        String explanation(Clash clash, String locality) {
            if (english()) {
                return clash.explanation();
            }
            String kind = clash.kind().name();
            boolean afterDeparture = clash.kind() == Clash.Kind.OUTSIDE_STAY && clash.departureAt() != null;
            Object[] args = {locality, clash.memberName(), sessionTitle(clash), time(clash.sessionStartsAt()), time(clash.arrivalAt()),
                    time(clash.earliestAtVenue()), time(clash.departureAt())};
            List<String> lines = new ArrayList<>();
            lines.add(text("alert.clash.detail." + kind + (afterDeparture ? ".afterDeparture" : ""), args));
            if (clash.kind() == Clash.Kind.FLIGHT_CANCELLED && clash.sessionStartsAt() != null) {
                lines.add(text("alert.clash.firstCommitment", args));
            }
            return String.join(" ", lines);
        }

        private String sessionTitle(Clash clash) {
            if (clash.sessionId() == null) {
                return clash.sessionTitle() != null ? clash.sessionTitle() : text("alert.clash.noSession");
            }
            return programme().session(clash.sessionId()).map(s -> s.in(locale).title()).orElse(clash.sessionTitle());
        }

        private String pickup(ItineraryEntry entry) {
            ItineraryEntry.Facts facts = entry.facts();
            boolean retimed = facts.scheduledAt() != null;
            String variant = facts.service() == null ? (retimed ? ".retimed" : "") : (retimed ? ".serviceRetimed" : ".service");
            return text("itinerary.entry.pickup" + variant, entry.place(), facts.service(), time(facts.scheduledAt()));
        }

        /** The pickup's words and where it drives: to the hotel, or straight to the venue for the first session. */
        private String destination(ItineraryEntry entry, String pickup) {
            ItineraryEntry.Facts facts = entry.facts();
            if (facts.hotel() != null) {
                return text("itinerary.entry.toHotel", pickup, facts.hotel(), facts.minutes());
            }
            if (facts.minutes() != null) {
                String session = session(entry).map(s -> s.in(locale).title()).orElse("");
                return text("itinerary.entry.toVenue", pickup, venue(), session, facts.minutes());
            }
            return pickup;
        }

        private String venue() {
            return stay.venue() != null ? stay.venue() : text("itinerary.place.venue");
        }

        private String day(Instant instant) {
            return instant == null ? "" : DateTimeFormatter.ofPattern("d MMMM", locale).withZone(ConferenceTime.ZONE).format(instant);
        }

        private String clock(Instant instant) {
            return instant == null ? "" : DateTimeFormatter.ofPattern("HH:mm", locale).withZone(ConferenceTime.ZONE).format(instant);
        }

        private Optional<Session> session(ItineraryEntry entry) {
            return entry.facts().sessionId() == null ? Optional.empty() : programme().session(entry.facts().sessionId());
        }

        private Programme programme() {
            if (programme == null) {
                programme = read.get();
            }
            return programme;
        }

        private String time(Instant instant) {
            return instant == null ? "" : when.format(instant);
        }

        private String text(String code, Object... args) {
            return messages.getMessage(code, args, locale);
        }
    }
}
