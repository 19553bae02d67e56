package org.cqfriendship.logistics.registration.delegation;

/** Whether a programme code can be signed up for. */
public interface SignUpOptions {

    /** Only the conference's own programme items: what validation knows without a store (plain validators in unit tests). */
    SignUpOptions BUILT_IN = code -> ProgrammeItem.ofCode(code).isPresent();

    boolean offers(String code);
}
