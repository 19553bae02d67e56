package org.cqfriendship.logistics.accreditation;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The service's packages stack one way: messaging (the listeners) and access on top; then board,
 * scanning, badges, roster; zones and programme at the bottom. No package loops, and nothing
 * below reaches up into the listeners.
 */
@AnalyzeClasses(packages = "org.cqfriendship.logistics.accreditation", importOptions = ImportOption.DoNotIncludeTests.class)
class PackageBoundariesTest {

    @ArchTest
    static final ArchRule packagesHaveNoLoops = slices().matching("org.cqfriendship.logistics.accreditation.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule nothingReachesUpIntoTheListeners = noClasses().that()
            .resideOutsideOfPackage("org.cqfriendship.logistics.accreditation.messaging..")
            .should().dependOnClassesThat().resideInAPackage("org.cqfriendship.logistics.accreditation.messaging..");

    @ArchTest
    static final ArchRule theRosterKnowsNothingAboveIt = noClasses().that().resideInAPackage("..accreditation.roster..")
            .should().dependOnClassesThat().resideInAnyPackage("..accreditation.badges..", "..accreditation.scanning..",
                    "..accreditation.board..", "..accreditation.access..");
}
