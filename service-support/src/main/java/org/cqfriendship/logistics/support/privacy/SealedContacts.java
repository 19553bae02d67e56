package org.cqfriendship.logistics.support.privacy;

/** Seals and opens a delegate's alert email and phone together, bound to their member id. */
public final class SealedContacts {

    private final KeyRing keys;

    SealedContacts(KeyRing keys) {
        this.keys = keys;
    }

    /** Where a delegate asked to be alerted; either may be null. */
    public record Contacts(String email, String phone) {
    }

    public KeyRing.Sealed seal(Contacts contacts, String memberId) {
        // Neither can hold a line break (validated), so one line each, empty for none.
        return keys.seal(blankIfNull(contacts.email()) + "\n" + blankIfNull(contacts.phone()), memberId);
    }

    public Contacts open(KeyRing.Sealed sealed, String memberId) {
        String plain = keys.open(sealed, memberId);
        int newline = plain.indexOf('\n');
        return new Contacts(nullIfBlank(plain.substring(0, newline)), nullIfBlank(plain.substring(newline + 1)));
    }

    private static String blankIfNull(String value) {
        return value == null ? "" : value;
    }

    private static String nullIfBlank(String value) {
        return value.isEmpty() ? null : value;
    }
}
