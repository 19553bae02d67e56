package org.cqfriendship.logistics.itinerary.planning;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.stereotype.Component;

import java.util.function.Supplier;

/**
 * How long planning takes, per step: {@code itinerary.planning{step=seats|transfers|itinerary}}
 * (booking seats, booking transfers, planning and storing the itinerary), store round trips
 * included. The benchmark's scale section reads them to see how planning grows with the conference.
 */
@Component
class PlanningTimes {

    private final MeterRegistry meters;
    private final Timer seats;
    private final Timer transfers;
    private final Timer itinerary;

    PlanningTimes(MeterRegistry meters) {
        this.meters = meters;
        this.seats = timer("seats");
        this.transfers = timer("transfers");
        this.itinerary = timer("itinerary");
    }

    <T> T seats(Supplier<T> booking) {
        return seats.record(booking);
    }

    void transfers(Runnable booking) {
        transfers.record(booking);
    }

    Timer.Sample start() {
        return Timer.start(meters);
    }

    void itinerary(Timer.Sample planning) {
        planning.stop(itinerary);
    }

    private Timer timer(String step) {
        return Timer.builder("itinerary.planning").tag("step", step)
                .description("Time to book a batch's seats or transfers, or to plan and store its itineraries")
                .register(meters);
    }
}
