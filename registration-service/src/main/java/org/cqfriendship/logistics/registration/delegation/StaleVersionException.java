package org.cqfriendship.logistics.registration.delegation;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/** Somebody changed the registration since the caller read it: they must read it again, not overwrite. */
class StaleVersionException extends ErrorResponseException {

    StaleVersionException(@Nullable Long currentVersion) {
        super(HttpStatus.PRECONDITION_FAILED);
        getBody().setTitle("Changed meanwhile");
        getBody().setDetail("This registration was changed since you read it. Read it again and reapply your change.");
        if (currentVersion != null) {
            getBody().setProperty("currentVersion", currentVersion);
        }
    }
}
