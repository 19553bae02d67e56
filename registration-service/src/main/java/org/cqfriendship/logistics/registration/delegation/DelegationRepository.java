package org.cqfriendship.logistics.registration.delegation;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.repository.MongoRepository;
import org.springframework.data.mongodb.repository.Query;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

interface DelegationRepository extends MongoRepository<Delegation, String> {

    /** The delegation its idempotency key registered (the key sits in the unwrapped intake). */
    @Query("{ 'idempotencyKey': ?0 }")
    Optional<Delegation> findByIdempotencyKey(String idempotencyKey);

    Optional<Delegation> findByReference(String reference);

    /** The delegations with a member signed up for any of the sessions (a member's sign-ups are unwrapped in the document). */
    @Query("{ 'members.attends': { $in: ?0 } }")
    List<Delegation> findWithMembersAttending(Collection<String> sessionIds, Sort order);

}
