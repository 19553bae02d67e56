package org.cqfriendship.logistics.accreditation;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;
import org.cqfriendship.logistics.support.testing.PackageRules;

/**
 * The service's packages stack one way: the listeners, access rules and the live board on top;
 * then scanning, badges, the roster and the programme; the zones (settings) at the bottom.
 */
@AnalyzeClasses(packages = PackageBoundariesTest.SERVICE, importOptions = ImportOption.DoNotIncludeTests.class)
class PackageBoundariesTest {

    static final String SERVICE = "org.cqfriendship.logistics.accreditation";

    @ArchTest
    static final ArchTests everyService = ArchTests.in(PackageRules.class);

    @ArchTest
    static final ArchRule packagesStackOneWay = PackageRules.stack(SERVICE,
            "messaging, access, board",
            "scanning",
            "badges",
            "roster, programme",
            "zones");
}
