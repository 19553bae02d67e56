package org.cqfriendship.logistics.registration.delegation;

import org.springframework.data.mongodb.repository.MongoRepository;

import org.springframework.data.domain.Sort;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

interface DelegationRepository extends MongoRepository<Delegation, String> {

    Optional<Delegation> findByIdempotencyKey(String idempotencyKey);

    Optional<Delegation> findByReference(String reference);

    List<Delegation> findByMembersAttendsIn(Collection<String> sessionIds, Sort order);

}
