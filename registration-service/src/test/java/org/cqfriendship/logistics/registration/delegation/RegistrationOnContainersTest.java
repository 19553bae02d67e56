package org.cqfriendship.logistics.registration.delegation;

import org.cqfriendship.logistics.support.testing.ContainerPlatformTest;

/** The same scenarios on a real Kafka and a real MongoDB replica set; skipped where Docker is missing. */
@ContainerPlatformTest
class RegistrationOnContainersTest extends RegistrationScenarios {
}
