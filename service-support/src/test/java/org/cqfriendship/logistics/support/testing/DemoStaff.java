package org.cqfriendship.logistics.support.testing;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * The demo staff accounts of {@code service-defaults-local.yml} (enabled in tests by
 * {@link EmbeddedPlatformTest} and {@link ContainerPlatformTest}).
 */
public final class DemoStaff {

    public static final String PASSWORD = "chongqing-2026";
    /** A liaison coordinator whose inbox is {@code coord-demo}. */
    public static final String COORDINATOR = "coord-demo";
    /** Another coordinator, for "not yours" checks. */
    public static final String OTHER_COORDINATOR = "coord-li";
    public static final String PROGRAMME = "programme";
    public static final String OPERATIONS = "operations";
    /** The hotpot contest's panel of judges (role JUDGE), in the local profile's order. */
    public static final List<String> JUDGES = List.of("judge-liu", "judge-novak", "judge-garcia");
    /** Accreditation desk staff (role DESK), who scan badges. */
    public static final String DESK = "desk-ckg";
    /** The profile that defines them (with the development secrets). */
    public static final String ENABLED = "spring.profiles.active=local";

    private DemoStaff() {
    }

    public static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    }
}
