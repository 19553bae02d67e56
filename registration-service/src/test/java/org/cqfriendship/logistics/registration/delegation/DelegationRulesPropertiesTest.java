package org.cqfriendship.logistics.registration.delegation;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterContainer;
import org.cqfriendship.logistics.registration.delegation.DelegationRequest.MemberRequest;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The validation rules over wide ranges of flight numbers, names and head counts. */
class DelegationRulesPropertiesTest {

    private static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();
    private static final Validator VALIDATOR = FACTORY.getValidator();

    @AfterContainer
    static void close() {
        FACTORY.close();
    }

    private static Set<String> badFields(DelegationRequest request) {
        return VALIDATOR.validate(request).stream().map(ConstraintViolation::getPropertyPath).map(Object::toString)
                .collect(Collectors.toSet());
    }

    @Provide
    Arbitrary<String> carriers() {
        return Arbitraries.strings().withChars("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789").ofLength(2);
    }

    @Property
    void acceptsEveryFlightNumberMadeOfItsCarrierAndOneToFourDigits(@ForAll("carriers") String carrier,
                                                                   @ForAll @IntRange(min = 1, max = 9999) int number) {
        var request = DelegationRulesTest.delegation(DelegationRulesTest.member(MemberRole.HEAD,
                DelegationRulesTest.flight(carrier, carrier + number, "2026-05-20T10:40:00+08:00")));
        assertThat(badFields(request)).isEmpty();
    }

    @Property
    void rejectsEveryFlightNumberOfAnotherCarrier(@ForAll("carriers") String carrier, @ForAll("carriers") String other,
                                                  @ForAll @IntRange(min = 1, max = 9999) int number) {
        net.jqwik.api.Assume.that(!carrier.equals(other));
        var request = DelegationRulesTest.delegation(DelegationRulesTest.member(MemberRole.HEAD,
                DelegationRulesTest.flight(carrier, other + number, "2026-05-20T10:40:00+08:00")));
        assertThat(badFields(request)).containsExactly("members[0].arrival.number");
    }

    @Property
    void acceptsFamilyNamesInAnyScript(@ForAll("names") String familyName) {
        var request = DelegationRulesTest.delegation(DelegationRulesTest.person(MemberRole.HEAD, null, familyName, null, List.of()));
        assertThat(badFields(request)).isEmpty();
    }

    @Provide
    Arbitrary<String> names() {
        // Latin, Cyrillic, CJK, Lao, Hangul, Myanmar and Mongolian letters, with spaces and marks.
        return Arbitraries.strings()
                .withCharRange('A', 'z').withCharRange('\u0400', '\u04FF').withCharRange('\u4E00', '\u9FFF')
                .withCharRange('\u0E80', '\u0EFF').withCharRange('\uAC00', '\uD7A3').withCharRange('\u1000', '\u109F')
                .withCharRange('\u1820', '\u1877').withChars(' ', '-', '\'', '·')
                .ofMinLength(1).ofMaxLength(100).filter(name -> !name.isBlank());
    }

    @Property
    void acceptsAtMostOneHead(@ForAll @IntRange(min = 0, max = 4) int heads, @ForAll @IntRange(min = 0, max = 4) int others) {
        var members = new java.util.ArrayList<MemberRequest>();
        for (int i = 0; i < heads; i++) {
            members.add(DelegationRulesTest.member(MemberRole.HEAD, null));
        }
        for (int i = 0; i < others; i++) {
            members.add(DelegationRulesTest.member(MemberRole.MEMBER, null));
        }
        net.jqwik.api.Assume.that(!members.isEmpty());
        var request = DelegationRulesTest.delegation(members.toArray(MemberRequest[]::new));
        assertThat(badFields(request).contains("members")).isEqualTo(heads > 1);
    }
}
