package org.cqfriendship.logistics.itinerary.planning;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Component;

/**
 * Finding the itineraries a flight report or a session change touches, or a coordinator serves,
 * without reading them all (on MongoDB; the local platform's store reads them).
 */
@Component
class ItineraryIndexes implements InitializingBean {

    private final MongoTemplate mongo;

    ItineraryIndexes(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void afterPropertiesSet() {
        mongo.indexOps(Itinerary.class).createIndex(
                new Index("roster.arrival.service", Sort.Direction.ASC).named("roster_arrival_service"));
        mongo.indexOps(Itinerary.class).createIndex(
                new Index("roster.stay.departureService", Sort.Direction.ASC).named("roster_departure_service"));
        mongo.indexOps(Itinerary.class).createIndex(new Index("roster.attends", Sort.Direction.ASC).named("roster_attends"));
        mongo.indexOps(Itinerary.class).createIndex(new Index("coordinatorId", Sort.Direction.ASC).named("coordinator"));
    }
}
