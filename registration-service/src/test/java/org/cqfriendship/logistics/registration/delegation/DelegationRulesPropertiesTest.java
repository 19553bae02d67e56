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

import java.util.ArrayList;
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
    void acceptsFamilyNamesInLatinLettersWithTheirAccents(@ForAll("latinNames") String familyName) {
        var request = DelegationRulesTest.delegation(DelegationRulesTest.person(MemberRole.HEAD, null, familyName, null, List.of()));
        assertThat(badFields(request)).isEmpty();
    }

    @Property
    void refusesAFamilyNameWithALetterOfAnotherScript(@ForAll("latinNames") String latin, @ForAll("otherLetters") char other,
                                                     @ForAll @IntRange(min = 0, max = 99) int at) {
        String familyName = latin.substring(0, Math.min(at, latin.length())) + other + latin.substring(Math.min(at, latin.length()));
        var request = DelegationRulesTest.delegation(DelegationRulesTest.person(MemberRole.HEAD, null, familyName, null, List.of()));
        assertThat(badFields(request)).containsExactly("members[0].familyName");
    }

    @Provide
    Arbitrary<String> latinNames() {
        // Basic Latin, the accented letters of Hungarian, Spanish, French, Czech or Vietnamese, with spaces, hyphens and apostrophes.
        return Arbitraries.strings()
                .withCharRange('A', 'Z').withCharRange('a', 'z').withCharRange('\u00C0', '\u00D6').withCharRange('\u00D8', '\u00F6')
                .withCharRange('\u00F8', '\u017F').withCharRange('\u1EA0', '\u1EF9').withChars(' ', '-', '\'', '’')
                .ofMinLength(1).ofMaxLength(99).filter(name -> !name.isBlank());
    }

    @Provide
    Arbitrary<Character> otherLetters() {
        // Cyrillic, CJK, Lao, Hangul, Myanmar and Mongolian letters.
        return Arbitraries.chars().range('\u0400', '\u04FF').range('\u4E00', '\u9FFF')
                .range('\u0E80', '\u0EFF').range('\uAC00', '\uD7A3').range('\u1000', '\u109F')
                .range('\u1820', '\u1877').filter(Character::isLetter);
    }

    @Property
    void acceptsExactlyOneHead(@ForAll @IntRange(min = 0, max = 4) int heads, @ForAll @IntRange(min = 0, max = 4) int others) {
        var members = new ArrayList<MemberRequest>();
        for (int i = 0; i < heads; i++) {
            members.add(DelegationRulesTest.member(MemberRole.HEAD, null));
        }
        for (int i = 0; i < others; i++) {
            members.add(DelegationRulesTest.member(MemberRole.MEMBER, null));
        }
        net.jqwik.api.Assume.that(!members.isEmpty());
        var request = DelegationRulesTest.delegation(members.toArray(MemberRequest[]::new));
        assertThat(badFields(request).contains("members")).isEqualTo(heads > 1);
        assertThat(badFields(request).contains("members[0].role")).isEqualTo(heads == 0);
    }
}
