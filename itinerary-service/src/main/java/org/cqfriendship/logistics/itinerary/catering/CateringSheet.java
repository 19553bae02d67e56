package org.cqfriendship.logistics.itinerary.catering;

import org.cqfriendship.logistics.support.exports.Sheet;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.Locale;

/**
 * The kitchen's counts as a sheet, the same as the page: per meal a row of its diners, then a row
 * per diet and allergen with its count and the names behind it, and the accessibility needs.
 */
final class CateringSheet {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private CateringSheet() {
    }

    static Sheet of(List<MealCount> meals, MessageSource messages, Locale locale) {
        Sheet.Builder sheet = Sheet.named(text(messages, locale, "catering.title"),
                text(messages, locale, "export.session"), text(messages, locale, "export.meal"), text(messages, locale, "export.startsAt"),
                text(messages, locale, "export.venue"), text(messages, locale, "export.need"), text(messages, locale, "export.count"),
                text(messages, locale, "export.names"));
        for (MealCount meal : meals) {
            @Nullable Object[] what = {meal.title(), meal.meal(), WHEN.format(meal.startsAt()), meal.venue()};
            sheet.row(row(what, text(messages, locale, "catering.diners"), meal.diners(), null));
            meal.diets().forEach(line -> sheet.row(row(what, text(messages, locale, "diet." + line.need()), line.count(), line.names())));
            meal.allergens().forEach(line -> sheet.row(row(what, text(messages, locale, "allergen." + line.need()), line.count(),
                    line.names())));
            String access = text(messages, locale, "catering.accessibility");
            meal.accessibility().forEach(need -> sheet.row(row(what, access, null, List.of(need))));
        }
        return sheet.build();
    }

    private static @Nullable Object[] row(@Nullable Object[] what, String need, @Nullable Integer count, @Nullable List<String> names) {
        return new Object[] {what[0], what[1], what[2], what[3], need, count, names == null ? null : String.join(", ", names)};
    }

    private static String text(MessageSource messages, Locale locale, String code) {
        return Objects.requireNonNullElse(messages.getMessage(code, null, code, locale), code);
    }
}
