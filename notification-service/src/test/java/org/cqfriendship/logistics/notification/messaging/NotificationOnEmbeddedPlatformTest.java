package org.cqfriendship.logistics.notification.messaging;

import org.cqfriendship.logistics.support.testing.EmbeddedPlatformTest;

/** The notification scenarios on the embedded Kafka broker and mongo-java-server. */
@EmbeddedPlatformTest
class NotificationOnEmbeddedPlatformTest extends NotificationScenarios {
}
