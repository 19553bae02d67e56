package org.cqfriendship.logistics.registration.pages;

import org.cqfriendship.logistics.registration.delegation.Allergen;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The form's stall rows as the API's request, and a problem with a dish shown on the row it was typed in. */
class StallFormTest {

    @Test
    void emptyRowsAreLeftOutAndTheRowsCloseUpSoAProblemLandsOnTheRowTyped() {
        RegistrationForm form = new RegistrationForm();
        form.getStallDishes().get(2).setName("Larb");
        form.getStallDishes().get(2).setAllergens(List.of("FISH", "NOT_AN_ALLERGEN"));
        form.setStallStaff("3");

        var stall = FormConversion.toRequest(form).request().stall();

        assertThat(stall.dishes()).singleElement().satisfies(dish -> {
            assertThat(dish.name()).isEqualTo("Larb");
            assertThat(dish.allergens()).containsExactly(Allergen.FISH);
        });
        assertThat(form.getStallDishes()).hasSize(RegistrationForm.DISH_ROWS);
        assertThat(form.getStallDishes().get(0).getName()).as("the request's first dish is the form's first row").isEqualTo("Larb");
        assertThat(FormConversion.formField("stall.dishes[0].nameZh")).isEqualTo("stallDishes[0].nameZh");
        assertThat(FormConversion.stepOf("stallDishes[0].nameZh")).isEqualTo(4);
    }

    @Test
    void noDishAndNoCuisineIsNoStall() {
        RegistrationForm form = new RegistrationForm();
        form.setStallStaff("3");
        assertThat(FormConversion.toRequest(form).request().stall()).isNull();
    }
}
