package org.cqfriendship.logistics.support.faults;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Where injected faults strike (see {@link FaultProperties}): armed from the settings at start, or
 * again while running ({@link FaultEndpoint}), each count from then on.
 */
public class FaultPoints {

    private static final Logger log = LoggerFactory.getLogger(FaultPoints.class);

    private final boolean enabled;
    private volatile Armed armed;
    private final AtomicInteger consumed = new AtomicInteger();
    private final AtomicInteger relayed = new AtomicInteger();

    public FaultPoints(FaultProperties faults) {
        this.enabled = faults.enabled();
        this.armed = new Armed(faults.haltAfterConsumed(), faults.haltAfterRelayed(), faults.stallAfterConsumed(), faults.stall());
    }

    /** Which faults strike, counted from when they were armed. 0 means never. */
    public record Armed(int haltAfterConsumed, int haltAfterRelayed, int stallAfterConsumed, Duration stall) {
    }

    /** Arms these faults in place of the earlier ones, counting records and events from now. */
    public synchronized void arm(Armed faults) {
        consumed.set(0);
        relayed.set(0);
        armed = faults;
        log.warn("FAULT: armed {}", faults);
    }

    /** What is armed now. */
    public Armed armed() {
        return armed;
    }

    /** Before a listener gets a record. */
    public void beforeConsuming() {
        beforeConsuming(1);
    }

    /** Before a listener gets a batch of {@code records}: stalls when the record to stall before is among them. */
    public void beforeConsuming(int records) {
        Armed faults = armed;
        int before = consumed.get();
        int target = faults.stallAfterConsumed();
        if (enabled && target > 0 && before <= target && target < before + records && !faults.stall().isZero()) {
            log.warn("FAULT: stalling {} before the listener of record {}", faults.stall(), target + 1);
            try {
                Thread.sleep(faults.stall().toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** After a listener processed a record (its side effects are done; its offset is not committed yet). */
    public void consumed() {
        consumed(1);
    }

    /** After a listener processed a batch of {@code records}: halts when the record to halt after is among them. */
    public void consumed(int records) {
        int after = consumed.addAndGet(records);
        int target = armed.haltAfterConsumed();
        if (enabled && target > 0 && after - records < target && target <= after) {
            halt("after consuming record " + target + ", before its offset is committed");
        }
    }

    /** After the relay had the broker's acknowledgement of an event, before the event is marked sent. */
    public void relayed() {
        int target = armed.haltAfterRelayed();
        if (enabled && target > 0 && relayed.incrementAndGet() == target) {
            halt("after relaying event " + target + ", before it is marked sent");
        }
    }

    private static void halt(String where) {
        System.err.println("FAULT: halting " + where);
        System.err.flush();
        Runtime.getRuntime().halt(137);
    }
}
