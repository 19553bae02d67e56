package org.cqfriendship.logistics.registration.delegation;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.cqfriendship.logistics.registration.delegation.DelegationRequest.ArrivalRequest;
import org.cqfriendship.logistics.registration.delegation.DelegationRequest.MemberRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class DelegationRulesTest {

    private static final jakarta.validation.ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();
    private static final Validator VALIDATOR = FACTORY.getValidator();

    @AfterAll
    static void close() {
        FACTORY.close();
    }

    static ArrivalRequest flight(String carrier, String number, String at) {
        return new ArrivalRequest(TravelMode.AIR, carrier, number, "CKG", OffsetDateTime.parse(at));
    }

    static MemberRequest member(MemberRole role, ArrivalRequest arrival, String... attends) {
        return new MemberRequest(role, "Test", "Delegate", arrival, List.of(attends));
    }

    static DelegationRequest delegation(MemberRequest... members) {
        return new DelegationRequest("Luang Prabang Province", "LA", DelegationKind.LOCAL_GOVERNMENT, "coord-demo", null,
                List.of(members));
    }

    private static Set<String> badFields(DelegationRequest request) {
        return VALIDATOR.validate(request).stream().map(ConstraintViolation::getPropertyPath).map(Object::toString)
                .collect(java.util.stream.Collectors.toSet());
    }

    @Test
    void acceptsTheFoundationRequest() {
        assertThat(badFields(delegation(member(MemberRole.HEAD, flight("QV", "QV619", "2026-05-20T10:40:00+08:00"),
                "opening-ceremony")))).isEmpty();
    }

    @Test
    void acceptsARailArrivalWithoutFlightNumber() {
        var rail = new ArrivalRequest(TravelMode.RAIL, null, "D887", "CQW", OffsetDateTime.parse("2026-05-19T16:00:00+08:00"));
        assertThat(badFields(delegation(member(MemberRole.MEMBER, rail)))).isEmpty();
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
        var request = new DelegationRequest("Pest County", "XX", DelegationKind.LOCAL_GOVERNMENT, null, null,
                List.of(member(MemberRole.HEAD, null)));
        assertThat(badFields(request)).containsExactly("country");
    }

    @Test
    void acceptsNamesInAnyScript() {
        var request = new DelegationRequest("琅勃拉邦省", "LA", DelegationKind.LOCAL_GOVERNMENT, null, null,
                List.of(new MemberRequest(MemberRole.HEAD, null, "辛赛沃拉冯", null, List.of())));
        assertThat(badFields(request)).isEmpty();
    }
}
