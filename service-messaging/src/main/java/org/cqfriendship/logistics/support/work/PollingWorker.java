package org.cqfriendship.logistics.support.work;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * A background thread that does one pass of work every interval, or at once when woken up, from
 * the application's start until its stop. A failing pass is logged and tried again next time.
 */
public abstract class PollingWorker implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(PollingWorker.class);

    private final String name;
    private final Duration interval;
    private final Semaphore wakeUps = new Semaphore(0);
    private volatile Thread worker;

    protected PollingWorker(String name, Duration interval) {
        this.name = name;
        this.interval = interval;
    }

    /** One pass over whatever is due. */
    protected abstract void poll();

    /** Asks for a pass at once, e.g. right after a write that created work. */
    public void wakeUp() {
        wakeUps.release();
    }

    @Override
    public void start() {
        Thread thread = new Thread(this::run, name);
        thread.setDaemon(true);
        worker = thread;
        thread.start();
    }

    private void run() {
        while (worker == Thread.currentThread()) {
            try {
                poll();
            } catch (RuntimeException e) {
                log.warn("{} pass failed; will try again: {}", name, e.getMessage());
            }
            try {
                if (wakeUps.tryAcquire(interval.toMillis(), TimeUnit.MILLISECONDS)) {
                    wakeUps.drainPermits();
                }
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    @Override
    public void stop() {
        Thread thread = worker;
        worker = null;
        if (thread != null) {
            thread.interrupt();
            try {
                thread.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return worker != null;
    }

    @Override
    public int getPhase() {
        // Stop before the Kafka producers and the Mongo client are closed.
        return Integer.MAX_VALUE - 100;
    }
}
