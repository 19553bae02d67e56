package org.cqfriendship.logistics.notification.alert.news;

/** What this service reads of contracts/schemas/ClashResolved.schema.json. */
public record ClashResolved(String clashId, String delegationId, String coordinatorId, String locality, String memberId, String memberName,
                            String sessionId, String sessionTitle, String reason, String explanation) {

    /** {@code reason} as this service knows it. */
    public ChangeReason changeReason() {
        return ChangeReason.of(reason);
    }
}
