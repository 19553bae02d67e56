package org.cqfriendship.logistics.registration.delegation;

import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

/** Which programme codes can be signed up for. */
public interface SignUpOptions {

    /** Only the conference's own programme items: what validation knows without a store (plain validators in unit tests). */
    SignUpOptions BUILT_IN = codes -> codes.stream().filter(code -> ProgrammeItem.ofCode(code).isPresent())
            .collect(Collectors.toSet());

    /** Those of {@code codes} that can be signed up for (asked once per request, however many members and sign-ups). */
    Set<String> offered(Collection<String> codes);
}
