package org.cqfriendship.logistics.registration.messaging;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.cqfriendship.logistics.registration.delegation.Confirmations;
import org.cqfriendship.logistics.registration.delegation.Delegation;
import org.cqfriendship.logistics.registration.desk.DelegationRow;
import org.cqfriendship.logistics.registration.desk.DelegationRows;
import org.cqfriendship.logistics.support.events.BatchListening;
import org.cqfriendship.logistics.support.events.CloudEvents;
import org.cqfriendship.logistics.support.events.InboundEventTypes;
import org.cqfriendship.logistics.support.events.PoisonEventException;
import org.cqfriendship.logistics.support.events.Topics;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.core.KafkaAdmin;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Keeps the desk's rows from the registration's own events (any of them means "write the row
 * again"), the itinerary-service's clashes and the notification-service's alerts opened and
 * acknowledged, in a consumer group of its own. Both topics are
 * keyed by delegation, so a delegation's events come in order. A new registration's confirmation
 * email, if still pending, is kept where the mailer's sweep finds it ({@link Confirmations#track})
 * before the batch's offsets are committed: it is sent even if the instance that stored it died.
 */
@Configuration
class DeskListener {

    static final String ITINERARIES = "itinerary.itineraries";
    static final String ALERTS = "notification.alerts";

    private final DelegationRows rows;
    private final Confirmations confirmations;

    DeskListener(DelegationRows rows, Confirmations confirmations) {
        this.rows = rows;
        this.confirmations = confirmations;
    }

    /** What a record asks of this listener: a change to the desk's rows, and the delegation it registers, if it does. */
    private record Asked(DelegationRows.Change change, @Nullable String registered) {
    }

    /** The clash events as this service reads them. */
    record ClashDetected(String delegationId, String clashId, String kind, String memberName, String sessionId, String sessionTitle,
                         @Nullable OffsetDateTime sessionStartsAt, @Nullable OffsetDateTime arrivalAt,
                         @Nullable OffsetDateTime earliestAtVenue, @Nullable OffsetDateTime departureAt) {

        DelegationRow.Clash detail() {
            return new DelegationRow.Clash(kind, memberName, sessionId, sessionTitle, instant(sessionStartsAt), instant(arrivalAt),
                    instant(earliestAtVenue), instant(departureAt));
        }

        private static @Nullable Instant instant(@Nullable OffsetDateTime at) {
            return at == null ? null : at.toInstant();
        }
    }

    record ClashResolved(String delegationId, String clashId) {
    }

    /** The notification-service's alert events as this service reads them. */
    record AlertOpened(String alertId, String delegationId, boolean urgent) {
    }

    record AlertAcknowledged(String alertId, String delegationId) {
    }

    @Bean
    KafkaAdmin.NewTopics deskTopicDeclarations() {
        return new KafkaAdmin.NewTopics(Stream.of(Topics.withDeadLetter(ITINERARIES), Topics.withDeadLetter(ALERTS))
                .flatMap(Arrays::stream).toArray(NewTopic[]::new));
    }

    /** Only the key of the registration's events matters here, so they are not read beyond their type. */
    @Bean
    InboundEventTypes deskEventTypes() {
        return new InboundEventTypes(Map.of("ClashDetected", ClashDetected.class, "ClashResolved", ClashResolved.class,
                "AlertOpened", AlertOpened.class, "AlertAcknowledged", AlertAcknowledged.class),
                Set.of("DelegationRegistered", "DelegateAdded", "DelegateWithdrawn", "DelegateDetailsChanged", "TravelPlanChanged",
                        "NeedsChanged", "SignupsChanged", "CoordinatorAssigned", "DelegationDetailsChanged", "DelegateErased",
                        "DelegationLinksRevoked", "PersonErased", "PrivateDetailsChanged", "ItineraryChanged", "TransferReassigned",
                        "HeatClosed", "ContestResult"));
    }

    /** The group's name takes a suffix where several copies of the service share a broker but not a store (tests). */
    @KafkaListener(id = "registration-desk", groupId = "registration-desk${logistics.consumer-group-suffix:}",
            topics = {RegistrationTopics.DELEGATIONS, ITINERARIES, ALERTS}, batch = "true")
    void on(List<ConsumerRecord<String, Object>> records) {
        BatchListening.apply(records, DeskListener::asked, asked -> {
            List<Delegation> read = rows.apply(asked.stream().map(Asked::change).toList());
            Set<String> registered = asked.stream().map(Asked::registered).filter(Objects::nonNull).collect(Collectors.toSet());
            confirmations.track(read.stream().filter(delegation -> registered.contains(delegation.id())).toList());
        });
    }

    private static List<Asked> asked(ConsumerRecord<String, Object> record) {
        String registered = RegistrationTopics.DELEGATIONS.equals(record.topic())
                && "DelegationRegistered".equals(CloudEvents.header(record.headers(), CloudEvents.TYPE)) ? record.key() : null;
        return changes(record).stream().map(change -> new Asked(change, registered)).toList();
    }

    private static List<DelegationRows.Change> changes(ConsumerRecord<String, Object> record) {
        CloudEvents.requireId(record);
        if (record.value() instanceof ClashDetected detected) {
            return List.of(new DelegationRows.Clash(required(detected.delegationId()), required(detected.clashId()), detected.detail()));
        } else if (record.value() instanceof ClashResolved resolved) {
            return List.of(new DelegationRows.Clash(required(resolved.delegationId()), required(resolved.clashId()), null));
        } else if (record.value() instanceof AlertOpened opened) {
            return List.of(new DelegationRows.Alert(required(opened.delegationId()), required(opened.alertId()), opened.urgent(), true));
        } else if (record.value() instanceof AlertAcknowledged acknowledged) {
            return List.of(new DelegationRows.Alert(required(acknowledged.delegationId()), required(acknowledged.alertId()), false, false));
        } else if (RegistrationTopics.DELEGATIONS.equals(record.topic())) {
            return List.of(new DelegationRows.Registered(required(record.key())));
        }
        return List.of();
    }

    private static String required(String id) {
        if (id == null || id.isBlank()) {
            throw new PoisonEventException("Event without delegation or clash id");
        }
        return id;
    }
}
