package org.cqfriendship.logistics.registration.delegation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A phone number as the world dials it: a + and the country code, then a number of a length that
 * country uses (libphonenumber's "possible number"). A text message to a number without its
 * country code goes nowhere, or to a stranger in the gateway's own country. Null or blank is valid.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = InternationalPhoneValidator.class)
public @interface InternationalPhone {

    String message() default "{delegation.phone.international}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
