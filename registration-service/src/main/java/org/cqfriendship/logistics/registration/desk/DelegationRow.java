package org.cqfriendship.logistics.registration.desk;

import org.cqfriendship.logistics.registration.delegation.Delegation;
import org.cqfriendship.logistics.registration.delegation.Member;
import org.cqfriendship.logistics.registration.delegation.MemberRole;
import org.cqfriendship.logistics.registration.delegation.TravelLeg;
import org.cqfriendship.logistics.support.config.ConferenceTime;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Update;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * A delegation as the desk's list finds, filters and sorts it: a small document per delegation
 * in {@code delegation_rows}, kept from the registration's own events ({@link DeskListener}), so
 * a search reads these rather than every registration with its members and outbox.
 *
 * @param text         what the search box is compared with ({@link SearchText}): reference, locality,
 *                     country code and name in the five languages, every member's names, flight and train numbers
 * @param firstArrival the earliest arrival of a member (sorts the list by arrival)
 * @param arrivalDays  the days members arrive, in Chongqing, as {@code 2026-05-19}
 * @param openClashes  the clashes the itinerary-service found and has not seen resolved, by id
 * @param clashes      what each of them is, by {@link #clashKey}
 * @param openAlerts   the coordinator's alerts about it not yet acknowledged, by id (from the notification-service)
 * @param urgentAlerts those of them that are urgent
 */
@Document(DelegationRow.COLLECTION)
public record DelegationRow(@Id String id, String reference, String locality, String country, String kind, String coordinatorId,
                     String head, int people, Instant registeredAt, Instant firstArrival, String sortName, String text,
                     List<String> arrivalDays, List<String> ports, List<String> diets, List<String> allergens,
                     List<String> interpretation, List<String> sessions, List<String> openClashes, Map<String, Clash> clashes,
                     List<String> openAlerts, List<String> urgentAlerts, Long version) {

    static final String COLLECTION = "delegation_rows";
    private static final List<Locale> COUNTRY_NAMES_IN = List.of(Locale.ENGLISH, Locale.CHINESE, Locale.forLanguageTag("ru"),
            Locale.FRENCH, Locale.forLanguageTag("es"));

    public DelegationRow {
        openClashes = openClashes == null ? List.of() : openClashes;
        clashes = clashes == null ? Map.of() : clashes;
        openAlerts = openAlerts == null ? List.of() : openAlerts;
        urgentAlerts = urgentAlerts == null ? List.of() : urgentAlerts;
    }

    /** A clash as the itinerary-service told it, to be worded in the reader's language. */
    public record Clash(String kind, String memberName, String sessionId, String sessionTitle, @Nullable Instant sessionStartsAt,
                        @Nullable Instant arrivalAt, @Nullable Instant earliestAtVenue, @Nullable Instant departureAt) {
    }

    /** A clash's id as a field name (a dot would be a path). */
    static String clashKey(String clashId) {
        return clashId.replace('.', '_').replace('$', '_');
    }

    public boolean hasOpenClash() {
        return !openClashes.isEmpty();
    }

    /**
     * Sets every field the registration decides, leaving the clashes, which the itinerary's events
     * keep, as they are. An older version never overwrites a newer one ({@link DelegationRows}).
     */
    static Update of(Delegation delegation) {
        List<Member> members = delegation.members() == null ? List.of() : delegation.members();
        List<TravelLeg> arrivals = members.stream().map(member -> member.travel().arrival())
                .filter(leg -> leg != null && leg.scheduledAt() != null).toList();
        return new Update()
                .set("reference", delegation.reference())
                .set("locality", delegation.details().locality())
                .set("country", delegation.details().country())
                .set("kind", delegation.details().kind() == null ? null : delegation.details().kind().name())
                .set("coordinatorId", delegation.coordinatorId())
                .set("head", members.stream().filter(m -> m.role() == MemberRole.HEAD).map(Member::displayName).findFirst()
                        .orElse(null))
                .set("people", members.size())
                .set("registeredAt", delegation.registeredAt())
                .set("firstArrival", arrivals.stream().map(TravelLeg::scheduledAt).min(Instant::compareTo).orElse(null))
                .set("sortName", SearchText.of(delegation.details().locality()))
                .set("text", text(delegation, members))
                .set("arrivalDays", sorted(arrivals.stream().map(leg -> leg.scheduledAt().atZone(ConferenceTime.ZONE).toLocalDate().toString())))
                .set("ports", sorted(arrivals.stream().map(TravelLeg::port)))
                .set("diets", every(members, m -> m.needs().diets()))
                .set("allergens", every(members, m -> m.needs().allergens()))
                .set("interpretation", every(members, m -> m.needs().interpretationNeeded()))
                .set("sessions", every(members, m -> m.signUps().attends()))
                .set("version", delegation.version());
    }

    private static String text(Delegation delegation, List<Member> members) {
        Stream<String> delegationWords = Stream.of(delegation.reference(), delegation.details().locality(), delegation.details().country());
        Stream<String> countryNames = delegation.details().country() == null ? Stream.empty()
                : COUNTRY_NAMES_IN.stream().map(language -> new Locale("", delegation.details().country()).getDisplayCountry(language));
        Stream<String> memberWords = members.stream().flatMap(m -> Stream.of(m.identity().givenName(), m.identity().familyName(),
                m.identity().nativeName(),
                number(m.travel().arrival()), number(m.travel().departure())));
        return SearchText.of(String.join(" | ", Stream.of(delegationWords, countryNames, memberWords).flatMap(Function.identity())
                .filter(Objects::nonNull).toList()));
    }

    private static @Nullable String number(@Nullable TravelLeg leg) {
        return leg == null ? null : leg.number();
    }

    private static List<String> every(List<Member> members, Function<Member, Collection<?>> values) {
        return sorted(members.stream().map(values).filter(Objects::nonNull).flatMap(Collection::stream).map(Object::toString));
    }

    private static List<String> sorted(Stream<String> values) {
        Set<String> distinct = new TreeSet<>();
        values.filter(Objects::nonNull).forEach(distinct::add);
        return List.copyOf(distinct);
    }
}
