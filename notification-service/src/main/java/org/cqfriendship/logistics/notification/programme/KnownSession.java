package org.cqfriendship.logistics.notification.programme;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.util.Map;

/** A session's titles as last published: the English, and the other languages' by language tag. */
@Document("sessions")
record KnownSession(@Id String id, String title, Map<String, String> titles) {
}
