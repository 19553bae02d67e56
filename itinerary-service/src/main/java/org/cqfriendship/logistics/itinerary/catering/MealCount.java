package org.cqfriendship.logistics.itinerary.catering;

import org.cqfriendship.logistics.itinerary.programme.Session;
import org.jspecify.annotations.Nullable;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * What the kitchen must prepare for one meal: how many eat, and for each diet and allergen how
 * many and who (so a plate reaches the right person).
 */
public record MealCount(String sessionId, @Nullable String title, @Nullable String meal, @Nullable String venue, OffsetDateTime startsAt,
                        int diners,
                        List<Line> diets, List<Line> allergens, List<String> accessibility) {

    /** The same counts with the session's title, meal and venue as {@code texts} words them. */
    MealCount worded(Session.Texts texts) {
        return new MealCount(sessionId, texts.title(), texts.meal(), texts.venue(), startsAt, diners, diets, allergens, accessibility);
    }

    /** One need: {@code HALAL}, {@code NO_SPICY_FOOD}, {@code PEANUTS} …, its count and the names behind it. */
    public record Line(String need, int count, List<String> names) {
    }
}
