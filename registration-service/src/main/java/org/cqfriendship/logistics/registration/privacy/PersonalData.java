package org.cqfriendship.logistics.registration.privacy;

import org.cqfriendship.logistics.access.Caller;
import org.cqfriendship.logistics.registration.delegation.Delegation;
import org.cqfriendship.logistics.registration.delegation.DelegationNotFoundException;
import org.cqfriendship.logistics.registration.delegation.DelegationService;
import org.cqfriendship.logistics.registration.delegation.Member;
import org.cqfriendship.logistics.registration.delegation.Passport;
import org.cqfriendship.logistics.registration.delegation.MemberNotFoundException;
import org.cqfriendship.logistics.registration.documents.DocumentCipher;
import org.cqfriendship.logistics.support.audit.AuditLog;
import org.cqfriendship.logistics.support.privacy.KeyRing;
import org.cqfriendship.logistics.support.security.Callers;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A member's own data, for programme staff and for the delegation through its link (its
 * coordinator may export too): everything this service holds about one member, with where the
 * other services' parts are; and erasure on request, which reaches the other services through
 * {@code PersonErased}. Both audited.
 */
@Component
class PersonalData {

    private final DelegationService delegations;
    private final DocumentCipher documents;
    private final AuditLog audit;
    private final JsonMapper json;
    private final Clock clock;
    private final String itineraryBaseUrl;
    private final String notificationBaseUrl;

    PersonalData(DelegationService delegations, DocumentCipher documents, AuditLog audit, JsonMapper json, Clock clock,
                 @Value("${registration.itinerary-base-url:http://localhost:8082}") String itineraryBaseUrl,
                 @Value("${registration.notification-base-url:http://localhost:8083}") String notificationBaseUrl) {
        this.delegations = delegations;
        this.documents = documents;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
        this.itineraryBaseUrl = itineraryBaseUrl;
        this.notificationBaseUrl = notificationBaseUrl;
    }

    /** Everything held here about the member (the passport number opened), and where the rest is. */
    Map<String, Object> export(String id, String memberId) {
        Delegation delegation = visible(id);
        Member member = delegation.member(memberId).orElseThrow(() -> new MemberNotFoundException(id, memberId));
        audit.record("person.exported", id, Map.of("memberId", memberId));
        Map<String, Object> held = new LinkedHashMap<>();
        held.put("service", "registration-service");
        held.put("exportedAt", clock.instant().toString());
        held.put("delegation", Map.of("id", delegation.id(), "locality", delegation.details().locality(),
                "country", delegation.details().country()));
        held.put("member", asExported(member));
        held.put("alsoHeldBy", Map.of(
                "itinerary-service", itineraryBaseUrl + "/api/itineraries/" + id + "/members/" + memberId + "/export",
                "notification-service", notificationBaseUrl + "/api/delegates/" + memberId + "/export"));
        return held;
    }

    /** Erases the member here and, through {@code PersonErased}, in the other services. */
    Delegation erase(String id, String memberId) {
        if (!Callers.current().mayChange(visible(id).id())) {
            throw new DelegationNotFoundException(id);
        }
        Delegation erased = delegations.erasePerson(id, memberId);
        audit.record("person.erased", id, Map.of("memberId", memberId));
        return erased;
    }

    /** The delegation, if the caller may see it (its link, its coordinator, programme staff). */
    private Delegation visible(String id) {
        Delegation delegation = delegations.find(id).orElseThrow(() -> new DelegationNotFoundException(id));
        if (!Callers.current().maySee(delegation.id(), delegation.coordinatorId())) {
            throw new DelegationNotFoundException(id);
        }
        return delegation;
    }

    /** The member as stored, with the passport number opened instead of its ciphertext. */
    @SuppressWarnings("unchecked")
    private Map<String, Object> asExported(Member member) {
        Map<String, Object> exported = json.convertValue(member, LinkedHashMap.class);
        Passport passport = member.documents().passport();
        if (passport != null) {
            KeyRing.Sealed sealed = new KeyRing.Sealed(passport.keyId(), passport.cipherText());
            exported.put("passport", Map.of("number", documents.open(sealed, member.memberId()),
                    "expiry", String.valueOf(passport.expiry())));
        }
        return exported;
    }
}
