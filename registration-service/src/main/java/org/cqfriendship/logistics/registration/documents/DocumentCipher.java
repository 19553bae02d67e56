package org.cqfriendship.logistics.registration.documents;

import org.springframework.boot.context.properties.ConfigurationProperties;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;

/**
 * Encrypts personal documents (passport numbers) with AES-256-GCM. Keys come from configuration
 * by id ({@code registration.documents.keys.<id>}, base64 of 32 bytes); new values use the
 * {@code active-key}, and values written under older keys stay readable while their key is
 * configured, so keys can be rotated.
 */
@ConfigurationProperties("registration.documents")
public record DocumentCipher(String activeKey, Map<String, String> keys) {

    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    public DocumentCipher {
        keys = keys == null ? Map.of() : Map.copyOf(keys);
        if (activeKey == null || !keys.containsKey(activeKey)) {
            throw new IllegalStateException("registration.documents.active-key must name one of registration.documents.keys");
        }
        keys.forEach((id, key) -> {
            if (Base64.getDecoder().decode(key).length != 32) {
                throw new IllegalStateException("Document key " + id + " must be 32 bytes, base64-encoded");
            }
        });
    }

    /** The encrypted text: base64 of IV followed by ciphertext and tag; bound to {@code context} (e.g. the member id). */
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
            throw new IllegalStateException("Could not encrypt a document", e);
        }
    }

    public String open(Sealed sealed, String context) {
        try {
            byte[] all = Base64.getDecoder().decode(sealed.cipherText());
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, sealed.keyId(), java.util.Arrays.copyOf(all, IV_BYTES));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            return new String(cipher.doFinal(all, IV_BYTES, all.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not decrypt a document under key " + sealed.keyId(), e);
        }
    }

    private Cipher cipher(int mode, String keyId, byte[] iv) throws GeneralSecurityException {
        String key = keys.get(keyId);
        if (key == null) {
            throw new GeneralSecurityException("Unknown document key " + keyId);
        }
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, new SecretKeySpec(Base64.getDecoder().decode(key), "AES"), new GCMParameterSpec(TAG_BITS, iv));
        return cipher;
    }

    public record Sealed(String keyId, String cipherText) {
    }
}
