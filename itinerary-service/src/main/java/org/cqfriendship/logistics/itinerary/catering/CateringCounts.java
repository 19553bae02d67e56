package org.cqfriendship.logistics.itinerary.catering;

import org.cqfriendship.logistics.itinerary.planning.SessionAttendees;
import org.cqfriendship.logistics.itinerary.planning.SessionAttendees.Attendee;
import org.cqfriendship.logistics.itinerary.programme.Session;
import org.cqfriendship.logistics.itinerary.programme.StoredProgramme;
import org.springframework.stereotype.Service;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/** Counts per meal by diet and allergen, from who is signed up now: every registration change shows at the next read. */
@Service
public class CateringCounts {

    private final StoredProgramme programme;
    private final SessionAttendees attendees;

    CateringCounts(StoredProgramme programme, SessionAttendees attendees) {
        this.programme = programme;
        this.attendees = attendees;
    }

    /** Every meal of the programme that still takes place, in time order, its session, meal and venue in {@code reader}'s language. */
    public List<MealCount> meals(Locale reader) {
        return programme.all().stream().filter(s -> !s.cancelled() && s.session().meal() != null)
                .map(s -> count(s.session(), attendees.of(s.session().id())).worded(s.session().in(reader))).toList();
    }

    static MealCount count(Session session, List<Attendee> diners) {
        List<String> accessibility = diners.stream().filter(a -> a.member().needs().accessibility() != null)
                .map(a -> a.label() + ": " + a.member().needs().accessibility()).toList();
        return new MealCount(session.id(), session.title(), session.meal(), session.venue(), session.startsAt(), diners.size(),
                lines(diners, a -> a.member().needs().diets()), lines(diners, a -> a.member().needs().allergens()), accessibility);
    }

    private static List<MealCount.Line> lines(List<Attendee> diners, Function<Attendee, Set<String>> needs) {
        TreeMap<String, List<String>> names = new TreeMap<>();
        for (Attendee diner : diners) {
            needs.apply(diner).forEach(need -> names.computeIfAbsent(need, n -> new ArrayList<>()).add(diner.label()));
        }
        return names.entrySet().stream().map(e -> new MealCount.Line(e.getKey(), e.getValue().size(), e.getValue())).toList();
    }
}
