package org.cqfriendship.logistics.support.testing;

import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;
import org.springframework.kafka.annotation.KafkaListener;

import java.util.Arrays;
import java.util.List;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The boundaries every service keeps, as ArchUnit rules its {@code PackageBoundariesTest} holds
 * ({@code @ArchTest static final ArchTests everyService = ArchTests.in(PackageRules.class)}): no
 * package loops and Kafka listeners only in {@code messaging}; and, named by each service, its
 * packages as a stack whose levels use only the levels below them (docs/architecture.md draws each stack).
 */
public final class PackageRules {

    /** No two feature packages of a service (or of the shared support) use each other, however indirectly. */
    @ArchTest
    public static final ArchRule packagesHaveNoLoops = slices().matching("org.cqfriendship.logistics.*.(*)..").should().beFreeOfCycles();

    /** Events come in through {@code messaging} only, so a feature package never knows a topic. */
    @ArchTest
    public static final ArchRule listenersLiveInMessaging = methods().that().areAnnotatedWith(KafkaListener.class).should()
            .beDeclaredInClassesThat().resideInAPackage("..messaging..");

    private PackageRules() {
    }

    /**
     * The packages under {@code basePackage}, top level first, each level as its packages' names
     * separated by commas ({@code "email, sms, webhook"}). A level may use any level below it and
     * none above it ({@link #packagesHaveNoLoops} keeps the packages of one level from using each other both ways).
     */
    public static ArchRule stack(String basePackage, String... levels) {
        LayeredArchitecture stack = layeredArchitecture().consideringOnlyDependenciesInLayers();
        List<String> names = Arrays.stream(levels).map(String::trim).toList();
        for (String level : names) {
            String[] packages = Arrays.stream(level.split(",")).map(name -> basePackage + "." + name.trim() + "..").toArray(String[]::new);
            stack = stack.layer(level).definedBy(packages);
        }
        for (int i = 0; i < names.size(); i++) {
            List<String> below = names.subList(i + 1, names.size());
            stack = below.isEmpty() ? stack.whereLayer(names.get(i)).mayNotAccessAnyLayer()
                    : stack.whereLayer(names.get(i)).mayOnlyAccessLayers(below.toArray(String[]::new));
        }
        return stack;
    }
}
