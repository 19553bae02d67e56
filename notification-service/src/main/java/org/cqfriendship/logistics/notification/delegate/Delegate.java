package org.cqfriendship.logistics.notification.delegate;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A delegate who asked to be told about changes to their own schedule, as the registration events
 * last said: where to reach them and in which language. Time zone: a remote speaker's own,
 * otherwise conference time. {@code version} is the delegation version that last set it.
 */
@Document("delegates")
public record Delegate(@Id String memberId, String delegationId, String name, String email, String phone, String language,
                       String timeZone, long version) {
}
