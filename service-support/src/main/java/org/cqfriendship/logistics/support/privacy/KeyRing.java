package org.cqfriendship.logistics.support.privacy;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;

/**
 * AES-256-GCM under keys named by id (base64 of 32 bytes each): new values are sealed under the
 * active key, and values sealed under an older key stay readable while it is listed, so keys can
 * be rotated. Each value is bound to a context (e.g. the member id), so it cannot be moved to
 * another record.
 */
public final class KeyRing {

    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String purpose;
    private final String activeKey;
    private final Map<String, String> keys;

    /** {@code purpose} names the keys in errors ("registration.documents", "logistics.contacts"). */
    public KeyRing(String purpose, String activeKey, Map<String, String> keys) {
        this.purpose = purpose;
        this.keys = keys == null ? Map.of() : Map.copyOf(keys);
        if (activeKey == null || !this.keys.containsKey(activeKey)) {
            throw new IllegalStateException(purpose + ".active-key must name one of " + purpose + ".keys");
        }
        this.keys.forEach((id, key) -> {
            if (Base64.getDecoder().decode(key).length != 32) {
                throw new IllegalStateException(purpose + " key " + id + " must be 32 bytes, base64-encoded");
            }
        });
        this.activeKey = activeKey;
    }

    /** The key id and the sealed text: base64 of the IV followed by the ciphertext and its tag. */
    public record Sealed(String keyId, String cipherText) {
    }

    public Sealed seal(String plain, String context) {
        try {
            byte[] iv = new byte[IV_BYTES];
            RANDOM.nextBytes(iv);
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, activeKey, iv);
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            return new Sealed(activeKey, Base64.getEncoder().encodeToString(ByteBuffer.allocate(iv.length + sealed.length)
                    .put(iv).put(sealed).array()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not encrypt under " + purpose, e);
        }
    }

    /** The plain text; throws when the key is not listed or the text was altered or moved to another context. */
    public String open(Sealed sealed, String context) {
        try {
            byte[] all = Base64.getDecoder().decode(sealed.cipherText());
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, sealed.keyId(), Arrays.copyOf(all, IV_BYTES));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            return new String(cipher.doFinal(all, IV_BYTES, all.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("Could not decrypt under " + purpose + " key " + sealed.keyId(), e);
        }
    }

    private Cipher cipher(int mode, String keyId, byte[] iv) throws GeneralSecurityException {
        String key = keys.get(keyId);
        if (key == null) {
            throw new GeneralSecurityException("Unknown " + purpose + " key " + keyId);
        }
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, new SecretKeySpec(Base64.getDecoder().decode(key), "AES"), new GCMParameterSpec(TAG_BITS, iv));
        return cipher;
    }
}
