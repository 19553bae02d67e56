package org.cqfriendship.logistics.registration.delegation;

import org.cqfriendship.logistics.support.testing.ContainerPlatformTest;

@ContainerPlatformTest
class RegistrationChangesOnContainersTest extends RegistrationChangeScenarios {
}
