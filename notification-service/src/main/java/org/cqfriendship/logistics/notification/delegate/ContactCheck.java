package org.cqfriendship.logistics.notification.delegate;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A request to confirm an address a delegate was registered with, waiting to be sent: one per
 * member and kind of address ({@code contact_checks}, by {@code <memberId>:<kind>}), replaced when
 * the address changes and removed once sent. The collection holds only what is still to send, so
 * reading what is due never grows with the delegates confirmed before.
 */
@Document("contact_checks")
public record ContactCheck(@Id String id, String memberId, String delegationId, Kind kind, String address, @Nullable String language,
                           Instant dueAt, int attempts, @Nullable String lastError) {

    /** An email address, or a mobile number (texted). */
    public enum Kind { EMAIL, PHONE }

    /** A request for the delegate's address of that kind, which they have. */
    static ContactCheck due(Delegate delegate, Kind kind, Instant now) {
        String address = Objects.requireNonNull(kind == Kind.EMAIL ? delegate.email() : delegate.phone());
        return new ContactCheck(delegate.memberId() + ":" + kind, delegate.memberId(), delegate.delegationId(), kind, address,
                delegate.language(), now, 0, null);
    }

    /** What a confirmation link names: the member, the kind, and a digest of the address, so it confirms no later address. */
    public String confirmationId() {
        return memberId + ":" + kind + ":" + digestOf(address);
    }

    /** The first 16 hex digits of the address's SHA-256: enough to tell addresses apart, and no address in a link. */
    public static String digestOf(String address) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(address.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
