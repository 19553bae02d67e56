package org.cqfriendship.logistics.itinerary.rooms;

import org.cqfriendship.logistics.support.outbox.OutboxMessage;
import org.cqfriendship.logistics.support.outbox.OutboxStore;
import org.cqfriendship.logistics.support.web.FieldProblemException;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The hotels and their blocks, in the store: seeded from configuration on the first start (a hotel
 * already stored is left alone), then changed by programme staff. A change is written with
 * {@code HotelChanged} in the same write; the service's own listener then books again everyone in
 * the hotel and everyone waiting, so a smaller block moves its last guests and a bigger one houses
 * those waiting.
 */
@Service
public class Hotels implements InitializingBean {

    /** The nights registration accepts (its hotel-night window). */
    static final LocalDate FIRST_NIGHT = LocalDate.parse("2026-05-13");
    static final LocalDate LAST_NIGHT = LocalDate.parse("2026-05-27");

    private final MongoTemplate mongo;
    private final OutboxStore store;
    private final RoomEventOutbox events;
    private final Accommodation seed;

    Hotels(MongoTemplate mongo, OutboxStore store, RoomEventOutbox events, Accommodation seed) {
        this.mongo = mongo;
        this.store = store;
        this.events = events;
        this.seed = seed;
    }

    @Override
    public void afterPropertiesSet() {
        for (Accommodation.Hotel hotel : seed.hotels()) {
            if (mongo.findById(hotel.id(), StoredHotel.class) == null) {
                store.save(new StoredHotel(hotel.id(), null, hotel, List.of()), hotel.id(), null, List.of());
            }
        }
    }

    /** Every hotel, nearest the venue first. */
    public List<Accommodation.Hotel> all() {
        return mongo.findAll(StoredHotel.class).stream().map(StoredHotel::hotel)
                .sorted(Comparator.comparingInt(Accommodation.Hotel::minutesToVenue).thenComparing(Accommodation.Hotel::id)).toList();
    }

    public Optional<Accommodation.Hotel> find(String id) {
        return Optional.ofNullable(mongo.findById(id, StoredHotel.class)).map(StoredHotel::hotel);
    }

    /**
     * Replaces a hotel's details and blocks (a new id adds a hotel), after checking them; answers
     * the hotel as stored. Refused with the field at fault, and nothing written, when a block's
     * nights are outside registration's window or end before they begin, or a count is negative.
     */
    public Accommodation.Hotel save(Accommodation.Hotel hotel) {
        check(hotel);
        for (int attempt = 0; attempt < 5; attempt++) {
            StoredHotel was = mongo.findById(hotel.id(), StoredHotel.class);
            List<OutboxMessage> news = List.of(events.hotelChanged(hotel));
            if (store.save(new StoredHotel(hotel.id(), null, hotel, was == null ? news : List.of()), hotel.id(),
                    was == null ? null : was.version(), news)) {
                return hotel;
            }
        }
        throw new OptimisticLockingFailureException("Hotel " + hotel.id() + " keeps changing");
    }

    private static void check(Accommodation.Hotel hotel) {
        for (int i = 0; i < hotel.blocks().size(); i++) {
            Accommodation.Block block = hotel.blocks().get(i);
            String at = "blocks[" + i + "]";
            if (block.type() == null) {
                throw new FieldProblemException(at + ".type", "hotel.block.type");
            }
            if (block.firstNight() == null || block.lastNight() == null || block.lastNight().isBefore(block.firstNight())) {
                throw new FieldProblemException(at + ".lastNight", "hotel.block.nights");
            }
            if (block.firstNight().isBefore(FIRST_NIGHT) || block.lastNight().isAfter(LAST_NIGHT)) {
                throw new FieldProblemException(at + ".firstNight", "hotel.block.window");
            }
            if (block.count() < 0 || block.count() > 5_000) {
                throw new FieldProblemException(at + ".count", "hotel.block.count");
            }
        }
    }
}
