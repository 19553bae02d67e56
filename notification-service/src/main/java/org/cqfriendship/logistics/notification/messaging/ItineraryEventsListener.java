package org.cqfriendship.logistics.notification.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.cqfriendship.logistics.notification.alert.AlertKind;
import org.cqfriendship.logistics.notification.alert.AlertService;
import org.cqfriendship.logistics.support.events.CloudEvents;
import org.cqfriendship.logistics.support.events.PoisonEventException;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;

/** Turns the itinerary-service's events into alerts for the delegation's coordinator. */
@Component
class ItineraryEventsListener {

    /** Times in alerts are conference time; the event's offset may have been normalised on the way. */
    private static final ZoneId CONFERENCE_ZONE = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM HH:mm", Locale.ENGLISH);

    private final AlertService alerts;

    ItineraryEventsListener(AlertService alerts) {
        this.alerts = alerts;
    }

    @KafkaListener(id = "notification-itineraries", groupId = "notification-service", topics = NotificationTopics.ITINERARIES)
    void on(ConsumerRecord<String, Object> record) {
        String eventId = CloudEvents.requireId(record);
        if (record.value() instanceof ClashDetected clash) {
            alerts.record(clashAlert(eventId, clash));
        } else if (record.value() instanceof ItineraryChanged changed) {
            alerts.record(itineraryAlert(eventId, changed));
        } else if (record.value() instanceof ClashResolved resolved) {
            alerts.record(resolvedAlert(eventId, resolved));
        } else if (record.value() instanceof TransferReassigned transfer) {
            alerts.record(transferAlert(eventId, transfer));
        }
    }

    private static AlertService.Change clashAlert(String eventId, ClashDetected clash) {
        require(clash.delegationId(), clash.explanation());
        String session = clash.sessionTitle() != null ? clash.sessionTitle() : clash.sessionId();
        String who = clash.locality() + ", " + clash.memberName();
        String kind = clash.kind() == null ? "" : clash.kind();
        String title = switch (kind) {
            case "FLIGHT_CANCELLED" -> "Travel cancelled: " + who;
            case "OVERLAPPING_SESSIONS" -> "Clash: " + who + " double-booked with " + session;
            case "DEPARTS_BEFORE_END" -> "Clash: " + who + " leaves before " + session + " ends";
            case "NO_SEAT" -> "No seat: " + who + " is on the waiting list for " + session;
            default -> "Clash: " + who + " late for " + session;
        };
        String todo = switch (kind) {
            case "FLIGHT_CANCELLED" -> " What to do: help the delegation rebook, then have the new arrival entered.";
            case "OVERLAPPING_SESSIONS" -> " What to do: ask the delegation which session the member will attend.";
            case "DEPARTS_BEFORE_END" -> " What to do: confirm the departure, or arrange an early exit and transfer.";
            case "NO_SEAT" -> " What to do: tell the delegation; offer another session, or ask programme staff for more seats.";
            default -> " What to do: confirm the arrival time with the delegation and arrange a faster transfer, a later"
                    + " entrance, or a stand-in.";
        };
        // A waiting list is news for office hours, not for the duty manager at night.
        boolean urgent = !"NO_SEAT".equals(kind);
        return new AlertService.Change(eventId, clash.delegationId(), clash.coordinatorId(), clash.locality(),
                AlertKind.CLASH_DETECTED, urgent, title, clash.explanation() + todo);
    }

    private static AlertService.Change resolvedAlert(String eventId, ClashResolved resolved) {
        require(resolved.delegationId(), resolved.explanation());
        String session = resolved.sessionTitle() == null ? resolved.sessionId() : resolved.sessionTitle();
        String title = "Clash resolved: " + resolved.locality() + ", " + resolved.memberName() + " for " + session;
        String message = resolved.explanation() + " (" + why(resolved.reason()) + ") Nothing more to do for this clash.";
        return new AlertService.Change(eventId, resolved.delegationId(), resolved.coordinatorId(), resolved.locality(),
                AlertKind.CLASH_RESOLVED, false, title, message);
    }

    private static AlertService.Change itineraryAlert(String eventId, ItineraryChanged changed) {
        require(changed.delegationId(), changed.changes());
        boolean planned = "DELEGATION_REGISTERED".equals(changed.reason());
        StringBuilder message = new StringBuilder("Itinerary of ").append(changed.locality()).append(planned
                ? " planned after registration:" : " changed (" + why(changed.reason()) + "):");
        for (ItineraryChanged.Change c : changed.changes()) {
            message.append("\n- ").append(c.description()).append(": ");
            if (c.before() == null) {
                message.append(describe(c.after()));
            } else if (c.after() == null) {
                message.append("cancelled (was ").append(describe(c.before())).append(")");
            } else {
                message.append(describe(c.before())).append(" → ").append(describe(c.after()));
            }
        }
        String title = (planned ? "Itinerary planned: " : "Itinerary changed: ") + changed.locality();
        // A flight moving a pickup is for someone at the airport now: never held back.
        boolean urgent = "FLIGHT_STATUS_CHANGED".equals(changed.reason());
        return new AlertService.Change(eventId, changed.delegationId(), changed.coordinatorId(), changed.locality(),
                AlertKind.ITINERARY_CHANGED, urgent, title, message.toString());
    }

    /** Who rides what now; urgent when a flight or train moved it (someone is at the airport). */
    private static AlertService.Change transferAlert(String eventId, TransferReassigned transfer) {
        require(transfer.delegationId(), transfer.changes());
        StringBuilder message = new StringBuilder("Transfers of ").append(transfer.locality()).append(" at ").append(transfer.port())
                .append(" changed (").append(why(transfer.reason())).append("):");
        for (TransferReassigned.Change c : transfer.changes()) {
            message.append("\n- ").append(c.memberName()).append(": ").append(ride(c.before())).append(" → ").append(ride(c.after()));
        }
        message.append("\nWhat to do: tell the members where their vehicle waits; the driver has the new manifest.");
        boolean urgent = "FLIGHT_STATUS_CHANGED".equals(transfer.reason());
        return new AlertService.Change(eventId, transfer.delegationId(), transfer.coordinatorId(), transfer.locality(),
                AlertKind.ITINERARY_CHANGED, urgent, "Transfer changed: " + transfer.locality() + " at " + transfer.port(), message.toString());
    }

    private static String ride(TransferReassigned.Ride ride) {
        if (ride == null) {
            return "no pickup";
        }
        String vehicle = ride.vehicleId() == null ? "no vehicle free yet" : ride.vehicleId();
        return vehicle + " at " + WHEN.format(ride.pickupAt().atZoneSameInstant(CONFERENCE_ZONE));
    }

    /** When and where, in conference time, and for a remote speaker in their own zone too. */
    private static String describe(ItineraryChanged.Entry entry) {
        String own = entry.timeZone() == null ? ""
                : " = " + WHEN.format(entry.startsAt().atZoneSameInstant(java.time.ZoneId.of(entry.timeZone()))) + " " + entry.timeZone();
        String waiting = entry.waiting() == null || entry.waiting().isEmpty() ? ""
                : "; waiting for a seat: " + String.join(", ", entry.waiting());
        return WHEN.format(entry.startsAt().atZoneSameInstant(CONFERENCE_ZONE)) + own + " at " + entry.place()
                + " (" + String.join(", ", entry.members()) + waiting + ")";
    }

    /** The registration change behind an itinerary change, in words. */
    private static String why(String reason) {
        if (reason == null) {
            return "registration changed";
        }
        return switch (reason) {
            case "TRAVEL_CHANGED" -> "travel plans changed";
            case "FLIGHT_STATUS_CHANGED" -> "the flight or train is delayed, re-timed or cancelled";
            case "SESSION_RESCHEDULED" -> "the programme moved a session";
            case "SESSION_CANCELLED" -> "the programme cancelled a session";
            case "DELEGATE_ADDED" -> "a delegate was added";
            case "DELEGATE_WITHDRAWN" -> "a delegate withdrew";
            case "DELEGATE_DETAILS_CHANGED" -> "a delegate's details changed";
            case "SIGNUPS_CHANGED" -> "programme sign-ups changed";
            case "COORDINATOR_ASSIGNED" -> "the coordinator changed";
            case "DELEGATION_DETAILS_CHANGED" -> "the delegation's details changed";
            case "SEATS_REALLOCATED" -> "seats moved at a session with limited seats";
            default -> "registration changed";
        };
    }

    private static void require(Object... parts) {
        for (Object part : parts) {
            if (Objects.isNull(part)) {
                throw new PoisonEventException("Event lacks a field an alert needs");
            }
        }
    }
}
