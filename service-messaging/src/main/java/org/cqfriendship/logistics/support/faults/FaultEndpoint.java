package org.cqfriendship.logistics.support.faults;

import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;

import java.time.Duration;

/**
 * {@code /actuator/faults}, only where the fault profile is on (and the harness exposes it): arms
 * fault points in a running service, so the harness need not restart it with other settings first.
 * Like the rest of the actuator, for OPERATIONS only.
 */
@Endpoint(id = "faults")
public class FaultEndpoint {

    private final FaultPoints faults;

    FaultEndpoint(FaultPoints faults) {
        this.faults = faults;
    }

    @ReadOperation
    public FaultPoints.Armed armed() {
        return faults.armed();
    }

    /** Every count from now; 0 means never. */
    @WriteOperation
    public FaultPoints.Armed arm(int haltAfterConsumed, int haltAfterRelayed, int stallAfterConsumed, Duration stall) {
        faults.arm(new FaultPoints.Armed(haltAfterConsumed, haltAfterRelayed, stallAfterConsumed, stall));
        return faults.armed();
    }
}
