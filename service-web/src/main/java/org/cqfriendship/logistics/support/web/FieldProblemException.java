package org.cqfriendship.logistics.support.web;

/**
 * A bad value found beyond bean validation (for example a reference to something that does not
 * exist). Answered like a validation error: 400 with the field and the message for
 * {@code messageCode} in the caller's language.
 */
public class FieldProblemException extends RuntimeException {

    private final String field;
    private final String messageCode;

    public FieldProblemException(String field, String messageCode) {
        super(field + ": " + messageCode);
        this.field = field;
        this.messageCode = messageCode;
    }

    public String field() {
        return field;
    }

    public String messageCode() {
        return messageCode;
    }
}
