package org.cqfriendship.logistics.itinerary.transfers;

import org.cqfriendship.logistics.itinerary.planning.RegisteredDelegation;
import org.cqfriendship.logistics.itinerary.planning.RegisteredDelegation.Traveller;
import org.cqfriendship.logistics.itinerary.planning.TransferBooking;
import org.cqfriendship.logistics.itinerary.programme.Session;
import org.cqfriendship.logistics.support.outbox.OutboxMessage;
import org.cqfriendship.logistics.support.outbox.OutboxStore;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Keeps the transfer boards: one per port and day, written with a version guard so that two
 * delegations booked at once never share a seat. A delegation's booking changes only its own
 * passengers; when that moves a member who had a vehicle (a delayed flight, a new arrival), the
 * board's write carries {@code TransferReassigned} for that delegation alone.
 */
@Service
public class TransferAssignment implements TransferBooking {

    private static final int ATTEMPTS = 20;
    private static final String FIRST_PLAN = "DELEGATION_REGISTERED";
    private final MongoTemplate mongo;
    private final OutboxStore store;
    private final TransferEventOutbox events;
    private final Fleet fleet;

    TransferAssignment(MongoTemplate mongo, OutboxStore store, TransferEventOutbox events, Fleet fleet) {
        this.mongo = mongo;
        this.store = store;
        this.events = events;
        this.fleet = fleet;
    }

    /** Arrivals unchanged (a programme change, a new coordinator): the booking stands and no board is read. */
    @Override
    public void book(RegisteredDelegation after, RegisteredDelegation before, String reason) {
        List<Passenger> passengers = passengers(after);
        if (before != null && passengers.equals(passengers(before))) {
            return;
        }
        Set<String> boardIds = new LinkedHashSet<>();
        passengers.forEach(p -> boardIds.add(StoredBoard.idOf(portOf(after, p), day(p))));
        if (before != null) {
            before.members().stream().filter(m -> m.arrival() != null)
                    .forEach(m -> boardIds.add(StoredBoard.idOf(m.arrival().port(), m.arrival().effectiveAt().atZone(Session.CONFERENCE_ZONE).toLocalDate())));
        }
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            if (bookOnce(after, passengers, boardIds, reason)) {
                return;
            }
        }
        throw new OptimisticLockingFailureException("Transfers of " + after.delegationId() + " keep changing; retrying the event");
    }

    /**
     * Books the delegation on every board it leaves or joins; one {@code TransferReassigned} for all
     * of them goes with the last board written. False when another booking wrote a board first.
     */
    private boolean bookOnce(RegisteredDelegation delegation, List<Passenger> passengers, Set<String> boardIds, String reason) {
        Map<String, StoredBoard> stored = new java.util.LinkedHashMap<>();
        Map<String, TransferBoard> was = new java.util.LinkedHashMap<>();
        Map<String, TransferBoard> now = new java.util.LinkedHashMap<>();
        for (String boardId : boardIds) {
            String port = boardId.substring(0, boardId.indexOf(':'));
            LocalDate day = LocalDate.parse(boardId.substring(boardId.indexOf(':') + 1));
            StoredBoard current = mongo.findById(boardId, StoredBoard.class);
            TransferBoard board = current == null ? new TransferBoard(port, List.of()) : current.board();
            List<Passenger> here = passengers.stream().filter(p -> portOf(delegation, p).equals(port) && day(p).equals(day)).toList();
            TransferBoard next = board.assign(delegation.delegationId(), here, fleet);
            if (!next.equals(board)) {
                stored.put(boardId, current);
                was.put(boardId, board);
                now.put(boardId, next);
            }
        }
        List<String> changed = List.copyOf(now.keySet());
        List<OutboxMessage> news = news(delegation, was, now, reason);
        for (int i = 0; i < changed.size(); i++) {
            String boardId = changed.get(i);
            List<OutboxMessage> outbox = i == changed.size() - 1 ? news : List.of();
            StoredBoard current = stored.get(boardId);
            TransferBoard next = now.get(boardId);
            StoredBoard write = new StoredBoard(boardId, next.port(), LocalDate.parse(boardId.substring(boardId.indexOf(':') + 1)),
                    next.trips(), null, outbox);
            if (!store.save(write, boardId, current == null ? null : current.version(), outbox)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public Map<String, Ride> ridesOf(RegisteredDelegation delegation) {
        Set<String> boardIds = new LinkedHashSet<>();
        passengers(delegation).forEach(p -> boardIds.add(StoredBoard.idOf(portOf(delegation, p), day(p))));
        Map<String, Ride> rides = new java.util.HashMap<>();
        for (StoredBoard stored : mongo.find(Query.query(Criteria.where("_id").in(boardIds)), StoredBoard.class)) {
            stored.board().trips().forEach(t -> t.passengers().stream().filter(p -> p.delegationId().equals(delegation.delegationId()))
                    .forEach(p -> rides.put(p.memberId(), new Ride(t.vehicleId(), t.type(), t.vehicleId() == null ? null : t.departsAt()))));
        }
        return rides;
    }

    /** Every board of the day, ports in order. */
    public List<Manifest> manifests(LocalDate day) {
        return mongo.find(Query.query(Criteria.where("day").is(day)).with(Sort.by("port")), StoredBoard.class).stream()
                .map(stored -> Manifest.of(stored.port(), day, stored.board(), fleet)).toList();
    }

    /** {@code TransferReassigned} when a member's ride changed on any board, except on the delegation's first plan. */
    private List<OutboxMessage> news(RegisteredDelegation delegation, Map<String, TransferBoard> before, Map<String, TransferBoard> after,
                                     String reason) {
        if (FIRST_PLAN.equals(reason) || after.isEmpty()) {
            return List.of();
        }
        Map<String, TransferEventOutbox.Ride> was = new java.util.HashMap<>();
        before.values().forEach(board -> was.putAll(rides(board, delegation.delegationId())));
        Map<String, TransferEventOutbox.Ride> now = new java.util.HashMap<>();
        after.values().forEach(board -> now.putAll(rides(board, delegation.delegationId())));
        Set<String> members = new LinkedHashSet<>(was.keySet());
        members.addAll(now.keySet());
        List<TransferEventOutbox.Change> changes = new ArrayList<>();
        for (String memberId : members) {
            if (!Objects.equals(was.get(memberId), now.get(memberId))) {
                String name = delegation.members().stream().filter(m -> m.memberId().equals(memberId)).map(Traveller::name)
                        .findFirst().orElse(memberId);
                changes.add(new TransferEventOutbox.Change(memberId, name, was.get(memberId), now.get(memberId)));
            }
        }
        String ports = String.join(", ", after.values().stream().map(TransferBoard::port).distinct().toList());
        return changes.isEmpty() ? List.of() : List.of(events.reassigned(delegation.delegationId(), delegation.coordinatorId(),
                delegation.locality(), ports, reason, changes));
    }

    private static Map<String, TransferEventOutbox.Ride> rides(TransferBoard board, String delegationId) {
        Map<String, TransferEventOutbox.Ride> rides = new java.util.HashMap<>();
        board.trips().forEach(t -> t.passengers().stream().filter(p -> p.delegationId().equals(delegationId))
                .forEach(p -> rides.put(p.memberId(), new TransferEventOutbox.Ride(t.vehicleId(), t.type(), p.arrivalAt()))));
        return rides;
    }

    /** The members to pick up: in Chongqing, with an arrival that is not cancelled. */
    private static List<Passenger> passengers(RegisteredDelegation delegation) {
        return delegation.members().stream().filter(m -> m.inPerson() && m.arrival() != null && !m.arrival().cancelled())
                .map(m -> passenger(delegation, m)).toList();
    }

    private static Passenger passenger(RegisteredDelegation delegation, Traveller member) {
        return new Passenger(delegation.delegationId(), delegation.locality(), member.memberId(), member.name(),
                "HEAD".equals(member.role()), member.needs().accessibility() != null, member.arrival().service(),
                member.arrival().effectiveAt());
    }

    private static String portOf(RegisteredDelegation delegation, Passenger passenger) {
        return delegation.members().stream().filter(m -> m.memberId().equals(passenger.memberId())).findFirst().orElseThrow()
                .arrival().port();
    }

    private static LocalDate day(Passenger passenger) {
        return passenger.arrivalAt().atZone(Session.CONFERENCE_ZONE).toLocalDate();
    }
}
