package org.cqfriendship.logistics.notification.rooming;

import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Each hotel's rooming list as last received and as last sent. A batch of lists costs one read
 * and one bulk write: per hotel only the newest list is kept, and a list no newer than the one
 * stored (a redelivery, an older event) changes nothing.
 */
@Service
public class RoomingLists {

    private final MongoTemplate mongo;
    private final Clock clock;

    RoomingLists(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    /** Keeps the newest of these lists of each hotel; answers whether any was news. */
    public boolean keepAll(List<RoomsAllocated> lists) {
        Map<String, RoomsAllocated> newest = lists.stream().collect(Collectors.toMap(RoomsAllocated::hotelId, Function.identity(),
                (a, b) -> a.listVersion() >= b.listVersion() ? a : b, LinkedHashMap::new));
        if (newest.isEmpty()) {
            return false;
        }
        Map<String, HotelList> stored = new HashMap<>();
        mongo.find(new Query(Criteria.where("_id").in(newest.keySet())), HotelList.class).forEach(h -> stored.put(h.hotelId(), h));
        Instant now = clock.instant();
        BulkOperations writes = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, HotelList.class);
        int changed = 0;
        for (RoomsAllocated list : newest.values()) {
            HotelList was = stored.get(list.hotelId());
            if (was != null && was.listVersion() >= list.listVersion()) {
                continue;
            }
            List<RoomsAllocated.Room> rooms = list.rooms().stream().sorted(ROOM_ORDER).toList();
            boolean pending = !(was == null ? List.of() : was.sent()).equals(rooms) || was == null;
            writes.upsert(new Query(Criteria.where("_id").is(list.hotelId())), new Update().set("hotelName", list.hotelName())
                    .set("email", list.reservationsEmail()).set("language", list.language()).set("listVersion", list.listVersion())
                    .set("latest", rooms).set("receivedAt", now).set("pending", pending && list.reservationsEmail() != null)
                    .setOnInsert("sentVersion", -1L));
            changed++;
        }
        if (changed > 0) {
            writes.execute();
        }
        return changed > 0;
    }

    static final Comparator<RoomsAllocated.Room> ROOM_ORDER = Comparator.comparing(RoomsAllocated.Room::night)
            .thenComparing(RoomsAllocated.Room::roomType).thenComparingInt(RoomsAllocated.Room::roomNumber);

    /** The hotels whose latest list has not been sent, received before {@code settledBefore} (a burst of changes goes as one email). */
    List<HotelList> due(Instant settledBefore) {
        return mongo.find(new Query(Criteria.where("pending").is(true).and("receivedAt").lte(settledBefore)), HotelList.class);
    }

    /** The list at {@code listVersion} was sent: it is what the next email's changes are counted from (unless a newer came meanwhile, which stays pending). */
    void sent(HotelList list) {
        Instant now = clock.instant();
        mongo.updateFirst(new Query(Criteria.where("_id").is(list.hotelId()).and("listVersion").is(list.listVersion())),
                new Update().set("sent", list.latest()).set("sentVersion", list.listVersion()).set("sentAt", now).set("pending", false),
                HotelList.class);
        mongo.updateFirst(new Query(Criteria.where("_id").is(list.hotelId()).and("listVersion").gt(list.listVersion())),
                new Update().set("sent", list.latest()).set("sentVersion", list.listVersion()).set("sentAt", now), HotelList.class);
    }
}
