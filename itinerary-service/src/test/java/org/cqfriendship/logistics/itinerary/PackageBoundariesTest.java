package org.cqfriendship.logistics.itinerary;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;
import org.cqfriendship.logistics.support.testing.PackageRules;

/**
 * The service's packages stack one way: the listeners, access rules and cross-feature staff pages
 * on top; the features (calendar, carnival, catering, contest, flights, interpretation, rooms,
 * seats, transfers); the PDF documents; planning, the itinerary aggregate; and the programme at
 * the bottom, which knows nothing of who attends it.
 */
@AnalyzeClasses(packages = PackageBoundariesTest.SERVICE, importOptions = ImportOption.DoNotIncludeTests.class)
class PackageBoundariesTest {

    static final String SERVICE = "org.cqfriendship.logistics.itinerary";

    @ArchTest
    static final ArchTests everyService = ArchTests.in(PackageRules.class);

    @ArchTest
    static final ArchRule packagesStackOneWay = PackageRules.stack(SERVICE,
            "messaging, access, pages",
            "calendar, carnival, catering, contest, flights, interpretation, rooms, seats, transfers",
            "pdf",
            "planning",
            "programme");
}
