package org.cqfriendship.logistics.registration.delegation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.cqfriendship.logistics.support.validation.PlainText;

import java.util.List;
import java.util.Set;

/**
 * A delegation's application for a stall at the food carnival: its dishes (each named in the
 * delegation's language and in Chinese, with its allergens, shown to visitors), its cuisine, the
 * power and water it needs and how many staff run it. Programme staff allocate the pitches.
 */
public record StallApplication(
        @NotEmpty(message = "{delegation.stall.dishes}") @Size(max = 6, message = "{delegation.stall.dishes}")
        List<@NotNull @Valid Dish> dishes,
        @Size(max = 80) @PlainText String cuisine,
        Boolean power,
        Boolean water,
        @NotNull(message = "{delegation.stall.staff}") @Min(value = 1, message = "{delegation.stall.staff}")
        @Max(value = 12, message = "{delegation.stall.staff}") Integer staff) {

    /** A dish as visitors read it: its name as the delegation gives it and in Chinese, and its allergens. */
    public record Dish(@NotBlank @Size(max = 80) @PlainText String name,
                       @NotBlank(message = "{delegation.stall.nameZh}") @Size(max = 80) @PlainText String nameZh,
                       Set<@NotNull Allergen> allergens) {

        public Dish {
            allergens = allergens == null ? Set.of() : allergens;
        }
    }
}
