package org.cqfriendship.logistics.registration.privacy;

import org.cqfriendship.logistics.access.Caller;
import org.cqfriendship.logistics.registration.delegation.DelegationNotFoundException;
import org.cqfriendship.logistics.support.security.Callers;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.Map;

/**
 * A member's own data from the delegation's page (the link in the path): a download of what is
 * held, and erasure, which asks for a ticked confirmation first (no script needed).
 */
@Controller
class PersonalDataPage {

    private final PersonalData personalData;

    PersonalDataPage(PersonalData personalData) {
        this.personalData = personalData;
    }

    @GetMapping("/d/{token}/members/{memberId}/export")
    ResponseEntity<Map<String, Object>> export(@PathVariable String token, @PathVariable String memberId) {
        Map<String, Object> held = personalData.export(delegation(), memberId);
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename("member-" + memberId + ".json").build().toString()).body(held);
    }

    @PostMapping("/d/{token}/members/{memberId}/erasure")
    String erase(@PathVariable String token, @PathVariable String memberId, @RequestParam(required = false) String confirmed) {
        if (!"yes".equals(confirmed)) {
            return "redirect:/d/" + token + "?eraseUnconfirmed=" + memberId + "#personal-data";
        }
        personalData.erase(delegation(), memberId);
        return "redirect:/d/" + token + "?erased#personal-data";
    }

    /** The delegation the link in the path signed in (the page paths authenticate no other way). */
    private static String delegation() {
        String delegationId = Callers.current().delegationId();
        if (delegationId == null) {
            throw new DelegationNotFoundException("(link)");
        }
        return delegationId;
    }
}
