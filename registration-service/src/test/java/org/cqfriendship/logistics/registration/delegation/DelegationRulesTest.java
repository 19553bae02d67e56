package org.cqfriendship.logistics.registration.delegation;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.cqfriendship.logistics.registration.delegation.DelegationRequest.MemberRequest;
import org.cqfriendship.logistics.registration.delegation.DelegationRequest.TravelLegRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class DelegationRulesTest {

    private static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();
    private static final Validator VALIDATOR = FACTORY.getValidator();

    @AfterAll
    static void close() {
        FACTORY.close();
    }

    static TravelLegRequest flight(String carrier, String number, String at) {
        return new TravelLegRequest(TravelMode.AIR, carrier, number, "CKG", OffsetDateTime.parse(at));
    }

    static MemberRequest member(MemberRole role, TravelLegRequest arrival, String... attends) {
        return person(role, "Test", "Delegate", arrival, List.of(attends));
    }

    static MemberRequest person(MemberRole role, String givenName, String familyName, TravelLegRequest arrival, List<String> attends) {
        return new MemberRequest(null, role, givenName, familyName, null, null, null, null, null, null, null, null, null, null,
                arrival, null, null, attends, null, null, null, null, null, null);
    }

    static DelegationRequest delegation(MemberRequest... members) {
        return new DelegationRequest("Luang Prabang Province", "LA", DelegationKind.LOCAL_GOVERNMENT, null, null, "coord-demo",
                null, null, null, List.of(members));
    }

    private static Set<String> badFields(DelegationRequest request) {
        return VALIDATOR.validate(request).stream().map(ConstraintViolation::getPropertyPath).map(Object::toString)
                .collect(Collectors.toSet());
    }

    @Test
    void acceptsTheFoundationRequest() {
        assertThat(badFields(delegation(member(MemberRole.HEAD, flight("QV", "QV619", "2026-05-20T10:40:00+08:00"),
                "opening-ceremony")))).isEmpty();
    }

    @Test
    void aPhoneNumberMustCarryItsCountryCode() {
        var head = member(MemberRole.HEAD, null);
        var withContact = (Function<String, DelegationRequest>) phone -> new DelegationRequest("Luang Prabang Province",
                "LA", DelegationKind.LOCAL_GOVERNMENT, null, new Contact("Khamla", "office@lpb.example.la", phone), "coord-demo", null,
                null, null, List.of(head));
        assertThat(badFields(withContact.apply("020 5550 1010"))).containsExactly("contact.phone");
        assertThat(badFields(withContact.apply("+856 2"))).as("too short for Laos").containsExactly("contact.phone");
        assertThat(badFields(withContact.apply("+856 20 5550 1010"))).isEmpty();

        var alerted = new MemberRequest(null, MemberRole.HEAD, "Test", "Delegate", null, null, null, null, null, null, null, null, null,
                null, null, null, null, List.of(), null, null, null, new AlertContact(null, "13800000000", "zh"), null, null);
        assertThat(badFields(delegation(alerted))).containsExactly("members[0].alerts.phone");
        assertThat(VALIDATOR.validate(delegation(alerted)).iterator().next().getMessage()).contains("country code");
    }

    @Test
    void acceptsARailArrivalWithoutFlightNumber() {
        var rail = new TravelLegRequest(TravelMode.RAIL, null, "D887", "CQW", OffsetDateTime.parse("2026-05-19T16:00:00+08:00"));
        assertThat(badFields(delegation(member(MemberRole.HEAD, rail)))).isEmpty();
    }

    @Test
    void rejectsADelegationWithoutAHeadOnTheFirstMembersRole() {
        assertThat(badFields(delegation(member(MemberRole.MEMBER, null), member(MemberRole.INTERPRETER, null))))
                .containsExactly("members[0].role");
        assertThat(VALIDATOR.validate(delegation(member(MemberRole.MEMBER, null))).iterator().next().getMessage()).contains("needs a head");
    }

    @Test
    void rejectsASecondHeadOfDelegation() {
        assertThat(badFields(delegation(member(MemberRole.HEAD, null), member(MemberRole.HEAD, null))))
                .containsExactly("members");
    }

    @Test
    void rejectsAFlightNumberThatDoesNotStartWithItsCarrier() {
        assertThat(badFields(delegation(member(MemberRole.HEAD, flight("QV", "CA619", "2026-05-20T10:40:00+08:00")))))
                .containsExactly("members[0].arrival.number");
    }

    @Test
    void rejectsAFlightNumberThatIsNotOne() {
        assertThat(badFields(delegation(member(MemberRole.HEAD, flight("QV", "QV 619 x", "2026-05-20T10:40:00+08:00")))))
                .contains("members[0].arrival.number");
    }

    @Test
    void rejectsAnArrivalOutsideTheConferenceWindow() {
        assertThat(badFields(delegation(member(MemberRole.HEAD, flight("QV", "QV619", "2025-05-20T10:40:00+08:00")))))
                .containsExactly("members[0].arrival.scheduledAt");
    }

    @Test
    void rejectsAnUnknownProgrammeItem() {
        assertThat(badFields(delegation(member(MemberRole.HEAD, null, "opening-ceremony", "karaoke-night"))))
                .containsExactly("members[0].attends[1]");
    }

    @Test
    void rejectsACountryThatIsNotAnIsoCode() {
        var request = new DelegationRequest("Pest County", "XX", DelegationKind.LOCAL_GOVERNMENT, null, null, null, null, null, null,
                List.of(member(MemberRole.HEAD, null)));
        assertThat(badFields(request)).containsExactly("country");
    }

    @Test
    void takesNamesInLatinLettersAndTheNameInItsOwnScriptAsTheNativeName() {
        var request = new DelegationRequest("琅勃拉邦省", "LA", DelegationKind.LOCAL_GOVERNMENT, null, null, null, null, null, null,
                List.of(new MemberRequest(null, MemberRole.HEAD, "Ádám", "Kovács-O’Neill", "辛赛沃拉冯", "Chair", null, null, null,
                        null, null, null, null, null, null, null, null, List.of(), null, null, null, null, null, null)));
        assertThat(badFields(request)).isEmpty();

        assertThat(badFields(delegation(person(MemberRole.HEAD, "Иван", "辛赛沃拉冯", null, List.of()))))
                .containsExactlyInAnyOrder("members[0].givenName", "members[0].familyName");
        assertThat(VALIDATOR.validate(delegation(person(MemberRole.HEAD, null, "Иванов", null, List.of()))).iterator().next()
                .getMessage()).contains("Latin letters");
    }

    static MemberRequest traveller(TravelLegRequest arrival, TravelLegRequest departure, String passport, String expiry,
                                   boolean hotpot, List<String> languages) {
        return new MemberRequest(null, MemberRole.MEMBER, "Test", "Delegate", null, null, null, passport,
                expiry == null ? null : LocalDate.parse(expiry), languages, null, null, null, null, arrival, departure,
                null, List.of(), null, hotpot, null, null, null, null);
    }

    /** A delegation of {@code members} and, after them, its head (who is not in the hotpot team). */
    static DelegationRequest withTeam(String teamName, MemberRequest... members) {
        var all = new ArrayList<>(List.of(members));
        all.add(member(MemberRole.HEAD, null));
        return new DelegationRequest("Luang Prabang Province", "LA", DelegationKind.LOCAL_GOVERNMENT, null, null, null, null,
                teamName, null, all);
    }

    /** The same without a hotpot team. */
    static DelegationRequest withHead(MemberRequest... members) {
        return withTeam(null, members);
    }

    @Test
    void rejectsADepartureBeforeTheArrival() {
        var member = traveller(flight("QV", "QV619", "2026-05-20T10:40:00+08:00"), flight("QV", "QV620", "2026-05-19T10:00:00+08:00"),
                null, null, false, null);
        assertThat(badFields(withHead(member))).containsExactly("members[0].departure.scheduledAt");
    }

    @Test
    void rejectsAPassportThatExpiresBeforeTheDeparture() {
        var member = traveller(null, flight("QV", "QV620", "2026-05-23T10:00:00+08:00"), "P1234567", "2026-05-22", false, null);
        assertThat(badFields(withHead(member))).containsExactly("members[0].passportExpiry");
    }

    @Test
    void warnsOfAPassportThatExpiresWithinSixMonthsOfDepartureWithoutRefusingIt() {
        var leaves = flight("QV", "QV620", "2026-05-23T10:00:00+08:00");
        var soon = withHead(traveller(null, leaves, "P1234567", "2026-11-22", false, null));
        var later = withHead(traveller(null, leaves, "P1234567", "2026-11-23", false, null));

        assertThat(badFields(soon)).isEmpty();
        assertThat(PassportValidity.warnedMembers(soon)).containsExactly(0);
        assertThat(PassportValidity.warnedMembers(later)).isEmpty();
    }

    @Test
    void rejectsAPassportNumberWithoutExpiry() {
        assertThat(badFields(withHead(traveller(null, null, "P1234567", null, false, null))))
                .containsExactly("members[0].passportExpiry");
    }

    @Test
    void rejectsAHotpotTeamOfOneOrWithoutName() {
        assertThat(badFields(withTeam("Mekong Flames", traveller(null, null, null, null, true, null)))).containsExactly("members");
        assertThat(badFields(withTeam(null, traveller(null, null, null, null, true, null), traveller(null, null, null, null, true, null))))
                .containsExactly("hotpotTeamName");
        assertThat(badFields(withTeam("Mekong Flames", traveller(null, null, null, null, true, null),
                traveller(null, null, null, null, true, null)))).isEmpty();
    }

    @Test
    void rejectsALanguageThatIsNotAnIsoCode() {
        assertThat(badFields(withHead(traveller(null, null, null, null, false, List.of("lo", "lao")))))
                .containsExactly("members[0].languages[1].<list element>");
    }
}
