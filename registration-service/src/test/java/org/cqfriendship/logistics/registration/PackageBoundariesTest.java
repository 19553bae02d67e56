package org.cqfriendship.logistics.registration;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;
import org.cqfriendship.logistics.support.testing.PackageRules;

/**
 * The service's packages stack one way: the listeners, the staff pages and the web plumbing on
 * top; the features that work on delegations (confirmation, the desk's rows, privacy); the
 * programme one signs up for; the delegation aggregate; and its documents at the bottom.
 */
@AnalyzeClasses(packages = PackageBoundariesTest.SERVICE, importOptions = ImportOption.DoNotIncludeTests.class)
class PackageBoundariesTest {

    static final String SERVICE = "org.cqfriendship.logistics.registration";

    @ArchTest
    static final ArchTests everyService = ArchTests.in(PackageRules.class);

    @ArchTest
    static final ArchRule packagesStackOneWay = PackageRules.stack(SERVICE,
            "messaging, access, pages, web",
            "confirmation, desk, privacy",
            "programme",
            "delegation",
            "documents");
}
