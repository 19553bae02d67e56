package org.cqfriendship.logistics.itinerary.planning;

import java.util.List;
import java.util.Set;

/**
 * A delegation's application for a food carnival stall, as the registration events carry it: its
 * dishes (named in the delegation's language and in Chinese, with their allergens), cuisine,
 * power and water needs, and staff.
 */
public record StallApplication(List<Dish> dishes, String cuisine, Boolean power, Boolean water, Integer staff) {

    public StallApplication {
        dishes = dishes == null ? List.of() : dishes;
    }

    public record Dish(String name, String nameZh, Set<String> allergens) {

        public Dish {
            allergens = allergens == null ? Set.of() : allergens;
        }
    }
}
