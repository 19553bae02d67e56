package org.cqfriendship.logistics.registration.delegation;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** {@link InternationalPhone}, by libphonenumber: parsed with no default region, so the country code must be written. */
public class InternationalPhoneValidator implements ConstraintValidator<InternationalPhone, String> {

    private static final PhoneNumberUtil NUMBERS = PhoneNumberUtil.getInstance();

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        if (value == null || value.isBlank()) {
            return true;
        }
        if (value.length() > 40 || !value.strip().startsWith("+")) {
            return false;
        }
        try {
            return NUMBERS.isPossibleNumber(NUMBERS.parse(value, null));
        } catch (NumberParseException notANumber) {
            return false;
        }
    }
}
