package org.cqfriendship.logistics.support;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.cqfriendship.logistics.support.testing.PackageRules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The shared support's packages use each other one way only, and the fault points are hung on
 * the producer and the listener containers from their own auto-configuration: no other class
 * knows of them, so nothing of them runs unless the fault-test harness asks.
 */
@AnalyzeClasses(packages = PackageBoundariesTest.SUPPORT, importOptions = ImportOption.DoNotIncludeTests.class)
class PackageBoundariesTest {

    static final String SUPPORT = "org.cqfriendship.logistics.support";

    @ArchTest
    static final ArchRule packagesHaveNoLoops = PackageRules.packagesHaveNoLoops;

    @ArchTest
    static final ArchRule nothingKnowsTheFaultPoints = noClasses().that().resideOutsideOfPackage(SUPPORT + ".faults..")
            .should().dependOnClassesThat().resideInAPackage(SUPPORT + ".faults..");
}
