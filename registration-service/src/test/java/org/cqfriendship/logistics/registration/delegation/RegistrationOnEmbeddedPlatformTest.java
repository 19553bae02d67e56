package org.cqfriendship.logistics.registration.delegation;

import org.cqfriendship.logistics.support.testing.EmbeddedPlatformTest;

/** The registration scenarios on the embedded Kafka broker and mongo-java-server. */
@EmbeddedPlatformTest
class RegistrationOnEmbeddedPlatformTest extends RegistrationScenarios {
}
