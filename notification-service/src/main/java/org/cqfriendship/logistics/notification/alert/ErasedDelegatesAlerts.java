package org.cqfriendship.logistics.notification.alert;

import org.cqfriendship.logistics.notification.coordinator.Recipients;
import org.cqfriendship.logistics.notification.delegate.DelegatesErased;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Deletes the alerts sent to delegates who asked to be forgotten. Their coordinators' alerts stay:
 * they are the record of what staff were told and did (docs/security.md says what that keeps).
 */
@Component
class ErasedDelegatesAlerts {

    private final MongoTemplate mongo;

    ErasedDelegatesAlerts(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventListener
    void on(DelegatesErased erased) {
        mongo.remove(new Query(Criteria.where("coordinatorId").in(erased.memberIds().stream().map(Recipients::ofDelegate).toList())),
                Alert.class);
    }
}
