package org.cqfriendship.logistics.registration.programme;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;

/** A session as the itinerary-service last published it (with the event it is part of, if any): what the sign-up form offers. */
@Document("programme")
record PublishedSession(@Id String id, String title, String venue, Instant startsAt, Instant endsAt, String partOf, boolean cancelled) {
}
