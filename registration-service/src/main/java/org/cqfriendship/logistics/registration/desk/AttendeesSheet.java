package org.cqfriendship.logistics.registration.desk;

import org.cqfriendship.logistics.registration.delegation.Delegation;
import org.cqfriendship.logistics.registration.delegation.Member;
import org.cqfriendship.logistics.registration.delegation.TravelLeg;
import org.cqfriendship.logistics.support.config.ConferenceTime;
import org.cqfriendship.logistics.support.exports.Sheet;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;

import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Everyone registered as a sheet for the desks: a row per person with their delegation, role,
 * arrival and departure in Chongqing time, needs and coordinator. No passport or contact detail:
 * those stay in the registration.
 */
final class AttendeesSheet {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ConferenceTime.ZONE);

    private final MessageSource messages;
    private final Locale locale;

    private AttendeesSheet(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    static Sheet of(List<Delegation> delegations, MessageSource messages, Locale locale) {
        return new AttendeesSheet(messages, locale).sheet(delegations);
    }

    private Sheet sheet(List<Delegation> delegations) {
        Sheet.Builder sheet = Sheet.named(text("export.attendees"), text("export.reference"), text("export.delegation"),
                text("export.country"), text("export.name"), text("export.role"), text("export.title"), text("export.arrival"),
                text("export.arrivalService"), text("export.arrivalPort"), text("export.departure"), text("export.departureService"),
                text("export.diets"), text("export.allergens"), text("export.languages"), text("export.interpretation"),
                text("export.coordinator"));
        for (Delegation delegation : delegations) {
            for (Member member : delegation.members()) {
                TravelLeg arrival = member.travel().arrival();
                TravelLeg departure = member.travel().departure();
                Member.Needs needs = member.needs();
                sheet.row(delegation.reference(), delegation.details().locality(), delegation.details().country(), member.displayName(),
                        member.role() == null ? null : text("role." + member.role().name()), member.identity().title(), when(arrival),
                        service(arrival), arrival == null ? null : arrival.port(), when(departure), service(departure),
                        joined(needs.diets(), "diet."), joined(needs.allergens(), "allergen."), joined(needs.languages(), null),
                        joined(needs.interpretationNeeded(), null), delegation.coordinatorId());
            }
        }
        return sheet.build();
    }

    private static @Nullable String when(@Nullable TravelLeg leg) {
        return leg == null || leg.scheduledAt() == null ? null : WHEN.format(leg.scheduledAt());
    }

    private static @Nullable String service(@Nullable TravelLeg leg) {
        return leg == null ? null : leg.number();
    }

    /** Named in the reader's language where {@code prefix} names a message ("diet.HALAL"), as they are otherwise. */
    private @Nullable String joined(@Nullable Collection<?> values, @Nullable String prefix) {
        if (values == null || values.isEmpty()) {
            return null;
        }
        return values.stream().map(value -> prefix == null ? value.toString() : text(prefix + value)).collect(Collectors.joining(", "));
    }

    private String text(String code) {
        return Objects.requireNonNullElse(messages.getMessage(code, null, code, locale), code);
    }
}
