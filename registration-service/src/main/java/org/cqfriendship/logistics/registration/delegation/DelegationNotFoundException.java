package org.cqfriendship.logistics.registration.delegation;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

public class DelegationNotFoundException extends ErrorResponseException {

    public DelegationNotFoundException(String id) {
        super(HttpStatus.NOT_FOUND);
        getBody().setTitle("No such delegation");
        getBody().setDetail("There is no delegation " + id + ".");
    }
}
