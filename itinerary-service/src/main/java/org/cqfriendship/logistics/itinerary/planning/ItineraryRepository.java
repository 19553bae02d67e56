package org.cqfriendship.logistics.itinerary.planning;

import org.springframework.data.mongodb.repository.MongoRepository;

import java.util.List;

interface ItineraryRepository extends MongoRepository<Itinerary, String> {

    /** The itineraries with a member arriving on this flight or train. */
    List<Itinerary> findByRosterArrivalService(String service);

    /** The itineraries with a member leaving on this flight or train. */
    List<Itinerary> findByRosterStayDepartureService(String service);

    /** The itineraries with a member signed up for this session. */
    List<Itinerary> findByRosterAttends(String sessionId);

    /** The itineraries of the delegations a coordinator serves (their calendar). */
    List<Itinerary> findByCoordinatorId(String coordinatorId);
}
