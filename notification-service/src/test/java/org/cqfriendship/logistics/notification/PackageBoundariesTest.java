package org.cqfriendship.logistics.notification;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;
import org.cqfriendship.logistics.support.testing.PackageRules;

/**
 * The service's packages stack one way: the listeners on top; the channels and the notices sent
 * through them; delivery; what reads alerts (acknowledgements, inboxes, the console); the alerts
 * themselves, which tell of what happens to them as events rather than calling delivery; the
 * recipients; and the delegates and the words at the bottom.
 */
@AnalyzeClasses(packages = PackageBoundariesTest.SERVICE, importOptions = ImportOption.DoNotIncludeTests.class)
class PackageBoundariesTest {

    static final String SERVICE = "org.cqfriendship.logistics.notification";

    @ArchTest
    static final ArchTests everyService = ArchTests.in(PackageRules.class);

    @ArchTest
    static final ArchRule packagesStackOneWay = PackageRules.stack(SERVICE,
            "messaging, access",
            "email, sms, webhook, confirmation, rooming",
            "delivery",
            "acknowledge, inbox, operations, privacy",
            "alert",
            "coordinator, programme",
            "delegate, wording");
}
