package org.cqfriendship.logistics.faults;

/**
 * One fault, injected into the running platform under load; {@code restore} puts the platform back as it was for the next.
 * {@code fullRunOnly}: too long for the short run in every build, where a shorter check covers its kind of fault.
 */
record Scenario(int number, String name, Fault fault, boolean fullRunOnly) {

    Scenario(int number, String name, Fault fault) {
        this(number, name, fault, false);
    }

    interface Fault {

        /** Injects the fault and returns when it is over (the part restarted, resumed, …): how many faults it injected. */
        int inject(FaultContext context) throws Exception;

        /** After the checks: undo what the fault left (second instances, fault settings). */
        default void restore(FaultContext context) throws Exception {
        }
    }
}
