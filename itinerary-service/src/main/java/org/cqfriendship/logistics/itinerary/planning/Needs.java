package org.cqfriendship.logistics.itinerary.planning;

import java.util.List;
import java.util.Set;

/**
 * What a member needs at meals and in the room: the languages they speak, those they need
 * interpretation into, their diets (HALAL, KOSHER, VEGETARIAN, VEGAN, NO_SPICY_FOOD), their
 * allergens, and any accessibility need.
 */
public record Needs(List<String> languages, List<String> interpretationNeeded, Set<String> diets, Set<String> allergens,
                    String accessibility) {

    public static final Needs NONE = new Needs(List.of(), List.of(), Set.of(), Set.of(), null);

    public Needs {
        languages = languages == null ? List.of() : List.copyOf(languages);
        interpretationNeeded = interpretationNeeded == null ? List.of() : List.copyOf(interpretationNeeded);
        diets = diets == null ? Set.of() : Set.copyOf(diets);
        allergens = allergens == null ? Set.of() : Set.copyOf(allergens);
        accessibility = accessibility == null || accessibility.isBlank() ? null : accessibility.strip();
    }
}
