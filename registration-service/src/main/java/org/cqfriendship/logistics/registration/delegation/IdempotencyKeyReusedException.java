package org.cqfriendship.logistics.registration.delegation;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/** The same Idempotency-Key came with a different request body. */
class IdempotencyKeyReusedException extends ErrorResponseException {

    IdempotencyKeyReusedException() {
        super(HttpStatus.UNPROCESSABLE_CONTENT);
        getBody().setTitle("Idempotency-Key already used");
        getBody().setDetail("This Idempotency-Key was already used for a different registration. Use a new key for a new registration.");
    }
}
