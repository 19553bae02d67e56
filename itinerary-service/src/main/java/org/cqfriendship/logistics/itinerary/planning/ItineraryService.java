package org.cqfriendship.logistics.itinerary.planning;

import org.cqfriendship.logistics.support.outbox.OutboxMessage;
import org.cqfriendship.logistics.support.outbox.OutboxRelay;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

@Service
public class ItineraryService {

    private static final Logger log = LoggerFactory.getLogger(ItineraryService.class);

    private final ItineraryRepository itineraries;
    private final ItineraryPlanner planner;
    private final ItineraryEventOutbox events;
    private final OutboxRelay relay;

    ItineraryService(ItineraryRepository itineraries, ItineraryPlanner planner, ItineraryEventOutbox events, OutboxRelay relay) {
        this.itineraries = itineraries;
        this.planner = planner;
        this.events = events;
        this.relay = relay;
    }

    /**
     * Plans a newly registered delegation and stores the itinerary with its events in one write.
     * The itinerary's id is the delegation's, so a redelivered registration finds it and changes nothing.
     */
    public void planNewDelegation(String eventId, RegisteredDelegation delegation) {
        if (itineraries.existsById(delegation.delegationId())) {
            log.debug("Registration event {} for {} already applied", eventId, delegation.delegationId());
            return;
        }
        ItineraryPlanner.Plan plan = planner.plan(delegation);
        Itinerary itinerary = new Itinerary(delegation.delegationId(), delegation.locality(), delegation.coordinatorId(),
                plan.entries(), plan.clashes(), List.of(eventId), null, List.of());
        List<OutboxMessage> outbox = new ArrayList<>();
        outbox.add(events.planned(itinerary));
        plan.clashes().forEach(clash -> outbox.add(events.clashDetected(itinerary, clash)));
        try {
            itineraries.insert(new Itinerary(itinerary.delegationId(), itinerary.locality(), itinerary.coordinatorId(),
                    itinerary.entries(), itinerary.clashes(), itinerary.appliedEventIds(), null, outbox));
            relay.wakeUp();
        } catch (DuplicateKeyException alreadyPlanned) {
            log.debug("Itinerary {} was planned concurrently", delegation.delegationId());
        }
    }

    public Optional<Itinerary> find(String delegationId) {
        return itineraries.findById(delegationId);
    }
}
