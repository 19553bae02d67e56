package org.cqfriendship.logistics.accreditation.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.cqfriendship.logistics.accreditation.badges.Badges;
import org.cqfriendship.logistics.accreditation.roster.Roster;
import org.cqfriendship.logistics.accreditation.roster.RosterEvents;
import org.cqfriendship.logistics.support.events.BatchListening;
import org.cqfriendship.logistics.support.events.CloudEvents;
import org.cqfriendship.logistics.support.events.InboundEventTypes;
import org.cqfriendship.logistics.support.events.PoisonEventException;
import org.cqfriendship.logistics.support.events.Topics;
import org.cqfriendship.logistics.support.security.RevokedLinks;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaAdmin;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Keeps the roster and the badges from the registration-service's events, a poll's batch at a
 * time: the roster's plan of the batch, its badges written (issued, revoked), then its people
 * ({@link Roster}).
 */
@Configuration
class RegistrationListener {

    static final String REGISTRATIONS = "registration.delegations";

    private final Roster roster;
    private final Badges badges;
    private final ObjectProvider<RevokedLinks> revokedLinks;

    RegistrationListener(Roster roster, Badges badges, ObjectProvider<RevokedLinks> revokedLinks) {
        this.roster = roster;
        this.badges = badges;
        this.revokedLinks = revokedLinks;
    }

    /** Declared here too, since this service writes its dead letters. */
    @Bean
    KafkaAdmin.NewTopics registrationTopicDeclarations() {
        return new KafkaAdmin.NewTopics(Topics.withDeadLetter(REGISTRATIONS));
    }

    @Bean
    InboundEventTypes registrationEventTypes() {
        return new InboundEventTypes(Map.of(
                "DelegationRegistered", RosterEvents.DelegationRegistered.class,
                "DelegateAdded", RosterEvents.DelegateAdded.class,
                "DelegateWithdrawn", RosterEvents.DelegateWithdrawn.class,
                "DelegateDetailsChanged", RosterEvents.DelegateDetailsChanged.class,
                "TravelPlanChanged", RosterEvents.TravelPlanChanged.class,
                "SignupsChanged", RosterEvents.SignupsChanged.class,
                "DelegationDetailsChanged", RosterEvents.DelegationDetailsChanged.class,
                "PersonErased", RosterEvents.MemberErased.class,
                "CoordinatorAssigned", RosterEvents.CoordinatorAssigned.class,
                "DelegationLinksRevoked", LinksRevoked.class),
                Set.of("NeedsChanged", "DelegateErased", "PrivateDetailsChanged"));
    }

    /** Staff revoked the delegation's links: only links of {@code linkGeneration} or later open its badges page. */
    record LinksRevoked(String delegationId, long delegationVersion, int linkGeneration) implements RevokedLinks.Revocation {
    }

    /** Which links still open a delegation's badges page (decision 58). */
    @Bean
    RevokedLinks revokedLinks(MongoTemplate mongo) {
        return new RevokedLinks(mongo);
    }

    @KafkaListener(id = "accreditation-registrations", groupId = "accreditation-service", topics = REGISTRATIONS, batch = "true")
    void on(List<ConsumerRecord<String, Object>> records) {
        revokedLinks.getObject().raiseFrom(records);
        BatchListening.apply(records, RegistrationListener::event, this::apply);
    }

    private void apply(List<Object> events) {
        Roster.Plan plan = roster.plan(events);
        badges.issue(plan.badgeDue());
        badges.revokeAll(plan.revoked());
        roster.write(plan);
    }

    private static List<Object> event(ConsumerRecord<String, Object> record) {
        CloudEvents.requireId(record);
        Object event = record.value();
        if (event instanceof InboundEventTypes.IgnoredEvent || event instanceof LinksRevoked) {
            return List.of();
        }
        if (!Roster.wellFormed(event)) {
            throw new PoisonEventException(event.getClass().getSimpleName() + " without its delegation, members or member");
        }
        return List.of(event);
    }
}
