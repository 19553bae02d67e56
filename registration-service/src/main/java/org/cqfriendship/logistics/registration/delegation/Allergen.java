package org.cqfriendship.logistics.registration.delegation;

/** The allergens kitchens must declare (after the EU list of fourteen). */
public enum Allergen {
    GLUTEN, CRUSTACEANS, EGGS, FISH, PEANUTS, SOY, MILK, TREE_NUTS, CELERY, MUSTARD, SESAME, SULPHITES, LUPIN, MOLLUSCS
}
