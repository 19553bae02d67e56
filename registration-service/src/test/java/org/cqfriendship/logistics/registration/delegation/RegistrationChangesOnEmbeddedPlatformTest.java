package org.cqfriendship.logistics.registration.delegation;

import org.cqfriendship.logistics.support.testing.EmbeddedPlatformTest;

@EmbeddedPlatformTest
class RegistrationChangesOnEmbeddedPlatformTest extends RegistrationChangeScenarios {
}
