package org.cqfriendship.logistics.notification.messaging;

/** What this service reads of contracts/schemas/ClashResolved.schema.json. */
record ClashResolved(String clashId, String delegationId, String coordinatorId, String locality, String memberId, String memberName,
                     String sessionId, String sessionTitle, String reason, String explanation) {
}
