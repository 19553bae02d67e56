package org.cqfriendship.logistics.registration.delegation;

import org.springframework.data.mongodb.repository.MongoRepository;

import java.util.Optional;

interface DelegationRepository extends MongoRepository<Delegation, String> {

    Optional<Delegation> findByIdempotencyKey(String idempotencyKey);

}
