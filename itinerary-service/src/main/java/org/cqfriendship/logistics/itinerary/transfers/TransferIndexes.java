package org.cqfriendship.logistics.itinerary.transfers;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * A unique {@code (_id, ledger)} index on the documents a booking writes after the ledger, so
 * that writing one only over the version read ({@code _id} and {@code ledger} in the query) is a
 * lookup on the local platform's store too (it uses an index only when its keys are exactly the
 * query's); on MongoDB the {@code _id} index serves it and this one costs an entry per document.
 * And one for the manifests' look-up of the trips without a vehicle at a port on a day (which the
 * local store ignores, reading the trips).
 */
@Component
class TransferIndexes implements InitializingBean {

    private final MongoTemplate mongo;

    TransferIndexes(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void afterPropertiesSet() {
        for (String collection : List.of("transfer_trips", "transfer_riders")) {
            mongo.indexOps(collection).createIndex(new Index().on("_id", Sort.Direction.ASC).on("ledger", Sort.Direction.ASC)
                    .unique().named("id_ledger"));
        }
        mongo.indexOps("transfer_trips").createIndex(new Index().on("port", Sort.Direction.ASC).on("trip.vehicleId", Sort.Direction.ASC)
                .on("trip.slotStart", Sort.Direction.ASC).named("port_unassigned_start"));
    }
}
