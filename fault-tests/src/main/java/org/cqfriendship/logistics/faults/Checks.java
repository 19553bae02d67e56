package org.cqfriendship.logistics.faults;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Compares what the clients were told ({@link Ledger}) with what the system stored and sent
 * ({@link Dump}), after deduplication by event id (a redelivery is normal and harmless):
 * <ul>
 * <li><b>lost</b>: an acknowledged registration or change missing from the registration store or
 * the itinerary, an event about it that no alert in its coordinator's inbox tells, a delivery
 * never made (or made but not received by the mail server or gateway), one of its records
 * dead-lettered;</li>
 * <li><b>doubled</b>: a business effect counted more than once: two delegations for one
 * idempotency key, a delegation planned twice, a change or clash published twice under different
 * event ids, one event in two alerts to one person, a text twice, two seats or two pickups for one
 * member;</li>
 * <li><b>disorder</b>: a delegation's events published with versions going backwards, its
 * itinerary events in an impossible order (a change before the first plan, a clash resolved
 * before it was found), an itinerary on an older registration version, alerts recorded in another
 * order than their events.</li>
 * </ul>
 */
final class Checks {

    /**
     * What one scenario comes to; each list names what went wrong, one line per case.
     * {@code problems}: valid requests refused, and what a scenario checks of its own (a poison
     * message not dead-lettered, say); {@code resentEmails}: alerts emailed again after a crash
     * with the same Message-ID (a mail client shows one), not counted as doubled.
     */
    record Verdict(List<String> lost, List<String> doubled, List<String> disorder, List<String> problems, int resentEmails) {

        boolean passed() {
            return lost.isEmpty() && doubled.isEmpty() && disorder.isEmpty() && problems.isEmpty();
        }

        Verdict with(List<String> more) {
            List<String> all = new ArrayList<>(problems);
            all.addAll(more);
            return new Verdict(lost, doubled, disorder, all, resentEmails);
        }
    }

    private static final String REGISTERED = "DELEGATION_REGISTERED";
    private static final String TRAVEL = "TRAVEL_CHANGED";

    private Checks() {
    }

    static Verdict of(Ledger ledger, Dump dump) {
        List<String> lost = new ArrayList<>();
        List<String> doubled = new ArrayList<>();
        List<String> disorder = new ArrayList<>();
        Map<String, Dump.Registration> stored = dump.registrations().stream()
                .collect(Collectors.toMap(Dump.Registration::id, Function.identity(), (a, b) -> a));
        Map<String, Dump.Itinerary> itineraries = dump.itineraries().stream()
                .collect(Collectors.toMap(Dump.Itinerary::delegationId, Function.identity(), (a, b) -> a));
        Map<String, List<Dump.Event>> eventsOf = distinctInLogOrder(dump.events()).stream()
                .collect(Collectors.groupingBy(Dump.Event::key, LinkedHashMap::new, Collectors.toList()));
        Map<String, String> coordinatorOf = new HashMap<>();
        ledger.registrations().forEach(r -> coordinatorOf.put(r.delegationId(), r.coordinatorId()));

        for (Ledger.Registered registration : ledger.registrations()) {
            String id = registration.delegationId();
            boolean changed = ledger.changedDelegations().contains(id);
            String flight = changed ? Load.EARLIER_FLIGHT : null;
            Dump.Registration inStore = stored.get(id);
            Dump.Itinerary itinerary = itineraries.get(id);
            if (inStore == null) {
                lost.add("registration " + registration.key() + " acknowledged as " + id + " is not in the registration store");
            } else if (flight != null && !flight.equals(inStore.headFlight())) {
                lost.add("the acknowledged change of " + id + " is not in the registration store (head on " + inStore.headFlight() + ")");
            }
            if (itinerary == null) {
                lost.add("registration " + id + " has no itinerary");
            } else if (flight != null && !flight.equals(itinerary.headFlight())) {
                lost.add("the acknowledged change of " + id + " is not in its itinerary (head on " + itinerary.headFlight() + ")");
            } else if (inStore != null && itinerary.delegationVersion() != inStore.version()) {
                disorder.add("the itinerary of " + id + " applied registration version " + itinerary.delegationVersion()
                        + " of " + inStore.version());
            }
            List<Dump.Event> events = eventsOf.getOrDefault(id, List.of());
            expectOnce(lost, doubled, id, events, "registration.delegations", "DelegationRegistered", null);
            expectOnce(lost, doubled, id, events, "itinerary.itineraries", "ItineraryChanged", REGISTERED);
            expectOnce(lost, doubled, id, events, "itinerary.itineraries", "ClashDetected", null);
            if (changed) {
                expectOnce(lost, doubled, id, events, "registration.delegations", "TravelPlanChanged", null);
                expectOnce(lost, doubled, id, events, "itinerary.itineraries", "ItineraryChanged", TRAVEL);
                expectOnce(lost, doubled, id, events, "itinerary.itineraries", "ClashResolved", null);
                expectOnce(lost, doubled, id, events, "itinerary.itineraries", "TransferReassigned", TRAVEL);
            }
        }

        Map<String, Long> perKey = dump.registrations().stream().filter(r -> r.idempotencyKey() != null)
                .collect(Collectors.groupingBy(Dump.Registration::idempotencyKey, Collectors.counting()));
        perKey.forEach((key, count) -> {
            if (count > 1) {
                doubled.add(count + " delegations stored for the one idempotency key " + key);
            }
        });

        checkOrder(disorder, eventsOf);
        checkAlerts(lost, doubled, disorder, dump, eventsOf, coordinatorOf);
        for (Dump.DeadLetter letter : dump.deadLetters()) {
            if (coordinatorOf.containsKey(letter.key())) {
                lost.add("event " + letter.eventId() + " of " + letter.key() + " on " + letter.topic() + " was dead-lettered by " + letter.group());
            }
        }
        for (Ledger.Registered registration : ledger.registrations()) {
            for (String member : dump.membersOf().getOrDefault(registration.delegationId(), List.of())) {
                int badges = dump.activeBadges().getOrDefault(member, 0);
                if (badges == 0) {
                    lost.add("member " + member + " of " + registration.delegationId() + " has no active badge");
                } else if (badges > 1) {
                    doubled.add("member " + member + " of " + registration.delegationId() + " has " + badges + " active badges");
                }
            }
        }
        dump.seatTickets().forEach((delegation, tickets) -> {
            if (tickets > 1) {
                doubled.add(delegation + " holds " + tickets + " seat tickets for its one head");
            }
        });
        dump.tripsPerMember().forEach((member, trips) -> {
            if (trips > 1) {
                doubled.add("member " + member + " is on " + trips + " pickups");
            }
        });
        // The mail server keeps every scenario's mail: only this scenario's alerts count.
        Set<String> scenarioAlerts = dump.alerts().stream().map(Dump.Alert::id).collect(Collectors.toSet());
        Map<String, Long> mailsPerAlert = dump.mailAlertIds().stream().filter(scenarioAlerts::contains)
                .collect(Collectors.groupingBy(a -> a, Collectors.counting()));
        int resent = (int) mailsPerAlert.values().stream().filter(n -> n > 1).count();
        return new Verdict(lost, doubled, disorder, ledger.refusals(), resent);
    }

    /** Exactly one event of this type (and reason) about the delegation, after deduplication by event id. */
    private static void expectOnce(List<String> lost, List<String> doubled, String delegationId, List<Dump.Event> events, String topic,
                                   String type, String reason) {
        long count = events.stream().filter(e -> e.topic().equals(topic) && type.equals(e.type())
                && (reason == null || reason.equals(e.reason()))).count();
        String what = type + (reason == null ? "" : " (" + reason + ")");
        if (count == 0) {
            lost.add(delegationId + ": no " + what + " on " + topic);
        } else if (count > 1) {
            doubled.add(delegationId + ": " + count + " different " + what + " events on " + topic);
        }
    }

    /** Versions only go up on the registration topic; a change never comes before the first plan; a clash is found before it resolves. */
    private static void checkOrder(List<String> disorder, Map<String, List<Dump.Event>> eventsOf) {
        eventsOf.forEach((delegation, events) -> {
            long last = -1;
            for (Dump.Event event : events.stream().filter(e -> e.topic().equals("registration.delegations")).toList()) {
                if (event.delegationVersion() <= last) {
                    disorder.add(delegation + ": " + event.type() + " version " + event.delegationVersion() + " published after version " + last);
                }
                last = Math.max(last, event.delegationVersion());
            }
            boolean planned = false;
            Set<String> found = new HashSet<>();
            for (Dump.Event event : events.stream().filter(e -> e.topic().equals("itinerary.itineraries")).toList()) {
                if ("ItineraryChanged".equals(event.type()) && REGISTERED.equals(event.reason())) {
                    planned = true;
                } else if ("ItineraryChanged".equals(event.type()) && !planned) {
                    disorder.add(delegation + ": itinerary changed (" + event.reason() + ") before it was first planned");
                }
                if ("ClashDetected".equals(event.type())) {
                    found.add(event.clashId());
                } else if ("ClashResolved".equals(event.type()) && !found.contains(event.clashId())) {
                    disorder.add(delegation + ": clash " + event.clashId() + " resolved before it was found");
                }
            }
        });
    }

    /** Every itinerary event in exactly one alert to the coordinator, delivered on every channel, in event order. */
    private static void checkAlerts(List<String> lost, List<String> doubled, List<String> disorder, Dump dump,
                                    Map<String, List<Dump.Event>> eventsOf, Map<String, String> coordinatorOf) {
        Map<String, List<Dump.Alert>> alertsOfEvent = new HashMap<>();
        for (Dump.Alert alert : dump.alerts()) {
            if (Objects.equals(alert.recipient(), coordinatorOf.get(alert.delegationId()))) {
                alert.eventIds().forEach(e -> alertsOfEvent.computeIfAbsent(e, x -> new ArrayList<>()).add(alert));
            }
        }
        Set<String> mails = Set.copyOf(dump.mailAlertIds());
        Set<String> texts = Set.copyOf(dump.smsKeys());
        Set<String> posts = Set.copyOf(dump.webhookKeys());
        Map<String, Long> textsPerKey = dump.smsKeys().stream().collect(Collectors.groupingBy(k -> k, Collectors.counting()));
        textsPerKey.forEach((key, n) -> {
            if (n > 1) {
                doubled.add("text " + key + " received " + n + " times");
            }
        });
        coordinatorOf.forEach((delegation, coordinator) -> {
            Dump.Alert previous = null;
            for (Dump.Event event : eventsOf.getOrDefault(delegation, List.of())) {
                if (!event.topic().equals("itinerary.itineraries")) {
                    continue;
                }
                List<Dump.Alert> alerts = alertsOfEvent.getOrDefault(event.eventId(), List.of());
                if (alerts.isEmpty()) {
                    lost.add(delegation + ": " + event.type() + " " + event.eventId() + " is in no alert to " + coordinator);
                    continue;
                }
                if (alerts.size() > 1) {
                    doubled.add(delegation + ": " + event.type() + " " + event.eventId() + " told " + alerts.size() + " times to " + coordinator);
                }
                Dump.Alert alert = alerts.get(0);
                // An urgent alert is never held, so it may overtake a digest that a later change then joins: told in order.
                if (previous != null && alert != previous && alert.createdAt().isBefore(previous.createdAt()) && !alert.heldOpenAt(previous)) {
                    disorder.add(delegation + ": the alert of " + event.type() + " was recorded before the alert of the event before it");
                }
                previous = alert;
                alert.deliveries().forEach((channel, status) -> {
                    if (!"DELIVERED".equals(status) && !"UNREACHABLE".equals(status)) {
                        lost.add("alert " + alert.id() + " to " + coordinator + " not delivered by " + channel + " (" + status + ")");
                    } else if ("DELIVERED".equals(status)) {
                        boolean received = switch (channel) {
                            case "EMAIL" -> mails.contains(alert.id());
                            case "SMS" -> texts.contains(alert.id() + ":SMS");
                            case "WEBHOOK" -> posts.contains(alert.id() + ":WEBHOOK");
                            default -> true;
                        };
                        if (!received) {
                            lost.add("alert " + alert.id() + " marked delivered by " + channel + " but never received there");
                        }
                    }
                });
            }
        });
    }

    /** Each event once (the first copy of a redelivered or republished event id), in log order per partition. */
    static List<Dump.Event> distinctInLogOrder(List<Dump.Event> events) {
        Map<String, Dump.Event> first = new LinkedHashMap<>();
        events.stream().sorted(Comparator.comparing(Dump.Event::topic).thenComparingInt(Dump.Event::partition)
                .thenComparingLong(Dump.Event::offset)).forEach(e -> first.putIfAbsent(e.topic() + "/" + e.eventId(), e));
        return List.copyOf(first.values());
    }
}
