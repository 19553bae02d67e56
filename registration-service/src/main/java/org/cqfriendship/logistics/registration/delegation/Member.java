package org.cqfriendship.logistics.registration.delegation;

import java.util.List;

public record Member(String memberId, MemberRole role, String givenName, String familyName, Arrival arrival,
                     List<String> attends) {

    /** The name as a coordinator would say it: given name first where there is one. */
    public String displayName() {
        return givenName == null || givenName.isBlank() ? familyName : givenName + " " + familyName;
    }
}
