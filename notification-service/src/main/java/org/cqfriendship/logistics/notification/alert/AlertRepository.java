package org.cqfriendship.logistics.notification.alert;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.repository.MongoRepository;

import java.util.List;

interface AlertRepository extends MongoRepository<Alert, String> {

    List<Alert> findByCoordinatorId(String coordinatorId, Sort sort);
}
