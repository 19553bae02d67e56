package org.cqfriendship.logistics.registration.delegation;

import org.cqfriendship.logistics.support.config.ConferenceTime;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;

/**
 * A passport that runs out within six months of its holder's departure is warned about, not
 * refused: China's visa and entry rules ask for six months' validity, and a delegation may well
 * be renewing it. (One that runs out before the departure is refused: {@link DelegationRules}.)
 */
public final class PassportValidity {

    /** The warning's code in the API's answers ({@code members[].warnings}). */
    public static final String EXPIRES_WITHIN_SIX_MONTHS = "PASSPORT_EXPIRES_WITHIN_SIX_MONTHS";
    static final Period NEEDED = Period.ofMonths(6);

    private PassportValidity() {
    }

    /** Whether a passport valid until {@code expiry} lasts less than six months beyond a departure at {@code leaves} (none: the conference's last day). */
    static boolean expiresTooSoon(LocalDate expiry, @Nullable Instant leaves) {
        if (expiry == null) {
            return false;
        }
        LocalDate lastDay = leaves == null ? DelegationRules.LATEST_TRAVEL.toLocalDate()
                : leaves.atZone(ConferenceTime.ZONE).toLocalDate();
        return expiry.isBefore(lastDay.plus(NEEDED));
    }

    /** The positions of the members of {@code request} whose passport is warned about. */
    public static List<Integer> warnedMembers(DelegationRequest request) {
        List<Integer> warned = new ArrayList<>();
        if (request.members() == null) {
            return warned;
        }
        for (int i = 0; i < request.members().size(); i++) {
            DelegationRequest.MemberRequest member = request.members().get(i);
            if (member != null && expiresTooSoon(member.passportExpiry(),
                    member.departure() == null || member.departure().scheduledAt() == null ? null : member.departure().scheduledAt().toInstant())) {
                warned.add(i);
            }
        }
        return warned;
    }

    /** The warnings about a stored member, as the API shows them. */
    static List<String> of(Member member) {
        Passport passport = member.documents().passport();
        boolean tooSoon = passport != null && expiresTooSoon(passport.expiry(),
                member.travel().departure() == null ? null : member.travel().departure().scheduledAt());
        return tooSoon ? List.of(EXPIRES_WITHIN_SIX_MONTHS) : List.of();
    }
}
