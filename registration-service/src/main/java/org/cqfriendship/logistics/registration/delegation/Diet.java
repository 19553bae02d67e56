package org.cqfriendship.logistics.registration.delegation;

public enum Diet {
    HALAL, KOSHER, VEGETARIAN, VEGAN, NO_SPICY_FOOD
}
