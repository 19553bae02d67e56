package org.cqfriendship.logistics.accreditation.badges;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import static org.assertj.core.api.Assertions.assertThat;

/** A badge's QR code is accepted for its own badge and member only: forged, altered or moved, it is refused. */
class BadgeCodesPropertiesTest {

    private final BadgeCodes codes = new BadgeCodes("a-badge-secret-of-at-least-thirty-two-chars");

    @Provide
    Arbitrary<String> memberIds() {
        return Arbitraries.strings().withCharRange('a', 'f').numeric().withChars('-').ofMinLength(8).ofMaxLength(36);
    }

    @Property
    void aGenuineCodeIsAcceptedForItsBadgeAndMember(@ForAll("memberIds") String member, @ForAll @IntRange(min = 1, max = 9) int generation) {
        String number = codes.number(member, generation);
        String code = codes.code(number, member);

        assertThat(codes.numberIn(code)).contains(number);
        assertThat(codes.genuine(code, number, member)).isTrue();
        assertThat(number).as("the number follows from member and generation").isEqualTo(codes.number(member, generation));
    }

    @Property
    void aCodeMovedToAnotherMemberIsRefused(@ForAll("memberIds") String member, @ForAll("memberIds") String other) {
        net.jqwik.api.Assume.that(!member.equals(other));
        String number = codes.number(member, 1);

        assertThat(codes.genuine(codes.code(number, other), number, member)).as("signed for another member").isFalse();
        assertThat(codes.genuine(codes.code(number, member), number, other)).as("the badge record names another member").isFalse();
    }

    @Property
    void anAlteredCodeIsRefused(@ForAll("memberIds") String member, @ForAll @IntRange(min = 0, max = 39) int position,
                                @ForAll("replacements") char replacement) {
        String number = codes.number(member, 1);
        String code = codes.code(number, member);
        net.jqwik.api.Assume.that(code.charAt(position) != replacement);
        String altered = code.substring(0, position) + replacement + code.substring(position + 1);

        assertThat(codes.genuine(altered, number, member)).isFalse();
        codes.numberIn(altered).ifPresent(named -> assertThat(codes.genuine(altered, named, member)).isFalse());
    }

    @Provide
    Arbitrary<Character> replacements() {
        return Arbitraries.chars().with("0123456789ABCDEFGHJKMNPQRSTVWXYZabcxyz_-".toCharArray());
    }

    @Property
    void aForgedSignatureOrAnotherSecretIsRefused(@ForAll("memberIds") String member,
                                                  @ForAll("signatures") String forged) {
        String number = codes.number(member, 1);
        String genuine = codes.code(number, member);
        net.jqwik.api.Assume.that(!genuine.endsWith(forged));

        assertThat(codes.genuine("CQB1." + number + "." + forged, number, member)).isFalse();
        BadgeCodes elsewhere = new BadgeCodes("another-secret-of-at-least-thirty-two-chars");
        assertThat(codes.genuine(elsewhere.code(number, member), number, member)).as("made with another secret").isFalse();
    }

    @Provide
    Arbitrary<String> signatures() {
        return Arbitraries.strings().withChars("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-").ofLength(22);
    }

    @Property
    void aTypedNumberIsReadInAnySpelling(@ForAll("memberIds") String member) {
        String number = codes.number(member, 1);
        String typed = number.toLowerCase().replace("-", " ").replace('0', 'o').replace('1', 'l');

        assertThat(BadgeCodes.typed(typed)).contains(number);
        assertThat(BadgeCodes.typed(number.substring(3))).contains(number);
    }
}
