package org.cqfriendship.logistics.itinerary.messaging;

import org.cqfriendship.logistics.support.testing.EmbeddedPlatformTest;

/** The itinerary scenarios on the embedded Kafka broker and mongo-java-server. */
@EmbeddedPlatformTest
class ItineraryOnEmbeddedPlatformTest extends ItineraryScenarios {
}
