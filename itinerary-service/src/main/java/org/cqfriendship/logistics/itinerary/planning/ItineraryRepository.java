package org.cqfriendship.logistics.itinerary.planning;

import org.springframework.data.mongodb.repository.MongoRepository;

interface ItineraryRepository extends MongoRepository<Itinerary, String> {
}
