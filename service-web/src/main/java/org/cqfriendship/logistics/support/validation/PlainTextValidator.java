package org.cqfriendship.logistics.support.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link PlainText}. */
public class PlainTextValidator implements ConstraintValidator<PlainText, String> {

    private boolean multiline;

    @Override
    public void initialize(PlainText annotation) {
        this.multiline = annotation.multiline();
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value == null || value.codePoints().allMatch(c -> allowed(c, multiline));
    }

    /** The same rule, for a form read without Bean Validation: one line of plain text (or null). */
    public static boolean isPlainLine(String value) {
        return value == null || value.codePoints().allMatch(c -> allowed(c, false));
    }

    private static boolean allowed(int c, boolean multiline) {
        if (multiline && (c == '\n' || c == '\r' || c == '\t')) {
            return true;
        }
        return !Character.isISOControl(c) && !bidiControl(c) && c != '\u2028' && c != '\u2029';
    }

    /** Embedding, override and isolate controls (U+202A–U+202E, U+2066–U+2069). */
    private static boolean bidiControl(int c) {
        return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
    }
}
