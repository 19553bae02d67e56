package org.cqfriendship.logistics.registration.delegation;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

public class MemberNotFoundException extends ErrorResponseException {

    public MemberNotFoundException(String delegationId, String memberId) {
        super(HttpStatus.NOT_FOUND);
        getBody().setTitle("No such delegate");
        getBody().setDetail("Delegation " + delegationId + " has no member " + memberId + ".");
    }
}
