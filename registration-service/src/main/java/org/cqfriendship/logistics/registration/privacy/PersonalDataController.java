package org.cqfriendship.logistics.registration.privacy;

import org.cqfriendship.logistics.registration.delegation.DelegationView;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.Map;

/** A member's own data on the API ({@link PersonalData}): export, and erasure in every service. */
@RestController
@RequestMapping("/api/delegations/{id}/members/{memberId}")
class PersonalDataController {

    private final PersonalData personalData;

    PersonalDataController(PersonalData personalData) {
        this.personalData = personalData;
    }

    @GetMapping("/export")
    Map<String, Object> export(@PathVariable String id, @PathVariable String memberId) {
        return personalData.export(id, memberId);
    }

    @PostMapping("/erasure")
    ResponseEntity<DelegationView> erase(@PathVariable String id, @PathVariable String memberId) {
        return DelegationView.answer(personalData.erase(id, memberId));
    }
}
