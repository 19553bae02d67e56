package org.cqfriendship.logistics.notification.delegate;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A delegate who asked to be told about changes to their own schedule, as the registration events
 * last said: where to reach them and in which language. Time zone: a remote speaker's own,
 * otherwise conference time. {@code version} is the delegation version that last set it.
 * <p>
 * Anyone registering may give any address, so an address is used for alerts only once its owner
 * confirmed it through the link sent there ({@code emailConfirmed}, {@code phoneConfirmed}); a
 * changed address must be confirmed again.
 */
@Document("delegates")
public record Delegate(@Id String memberId, String delegationId, String name, @Nullable String email, @Nullable String phone,
                       @Nullable String language, @Nullable String timeZone, long version, boolean emailConfirmed, boolean phoneConfirmed) {

    /** The email address, once confirmed; otherwise null: nothing but the confirmation request goes there. */
    public @Nullable String confirmedEmail() {
        return emailConfirmed ? email : null;
    }

    /** The mobile number, once confirmed; otherwise null. */
    public @Nullable String confirmedPhone() {
        return phoneConfirmed ? phone : null;
    }

    /** Whether alerts can reach this delegate at all. */
    public boolean reachable() {
        return confirmedEmail() != null || confirmedPhone() != null;
    }

    /** The same delegate with the confirmations {@code was} holds for addresses that did not change. */
    Delegate keepingConfirmationsOf(@Nullable Delegate was) {
        boolean sameEmail = was != null && was.emailConfirmed() && email != null && email.equals(was.email());
        boolean samePhone = was != null && was.phoneConfirmed() && phone != null && phone.equals(was.phone());
        return new Delegate(memberId, delegationId, name, email, phone, language, timeZone, version, sameEmail, samePhone);
    }

    Delegate withTimeZone(@Nullable String zone) {
        return new Delegate(memberId, delegationId, name, email, phone, language, zone, version, emailConfirmed, phoneConfirmed);
    }
}
