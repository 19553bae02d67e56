package org.cqfriendship.logistics.notification.coordinator;

import org.cqfriendship.logistics.notification.delegate.Delegate;
import org.cqfriendship.logistics.notification.delegate.DelegateDirectory;
import org.springframework.stereotype.Component;

/**
 * Whoever an alert is for: staff from the coordinator directory, or a delegate who asked for
 * alerts (recipient id {@code delegate:<memberId>}), at the addresses they confirmed. A delegate who
 * withdrew, no longer wants alerts, or changed an address and has not confirmed it has no address
 * left there, so nothing more is sent to it.
 */
@Component
public class Recipients {

    private static final String DELEGATE = "delegate:";

    private final CoordinatorDirectory staff;
    private final DelegateDirectory delegates;

    Recipients(CoordinatorDirectory staff, DelegateDirectory delegates) {
        this.staff = staff;
        this.delegates = delegates;
    }

    public static String ofDelegate(String memberId) {
        return DELEGATE + memberId;
    }

    /** Whether this recipient is a delegate (whose addresses come from registration), not staff. */
    public static boolean isDelegate(String recipientId) {
        return recipientId.startsWith(DELEGATE);
    }

    /** The inbox a delegation's staff alerts go to: its coordinator's, or the programme desk's. */
    public String inboxOf(String coordinatorId) {
        return staff.inboxOf(coordinatorId);
    }

    public Recipient reach(String recipientId) {
        if (!recipientId.startsWith(DELEGATE)) {
            return staff.reach(recipientId);
        }
        String memberId = recipientId.substring(DELEGATE.length());
        return delegates.find(memberId).map(Recipients::reach)
                .orElseGet(() -> new Recipient(recipientId, memberId, null, null, null, "en", null));
    }

    /** A delegate already read: reached without reading them again, at the addresses they confirmed only. */
    public static Recipient reach(Delegate delegate) {
        return new Recipient(ofDelegate(delegate.memberId()), delegate.name(), delegate.confirmedEmail(), delegate.confirmedPhone(), null,
                delegate.language(), delegate.timeZone());
    }
}
