package org.cqfriendship.logistics.registration.documents;

import org.cqfriendship.logistics.support.privacy.KeyRing;
import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DocumentCipherTest {

    static String newKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    final String oldKey = newKey();
    final String newKey = newKey();

    @Test
    void encryptsSoThatOnlyTheKeyOpensItAndNoTwoCiphertextsMatch() {
        DocumentCipher cipher = new DocumentCipher("k1", Map.of("k1", oldKey));

        KeyRing.Sealed first = cipher.seal("P1234567", "member-1");
        KeyRing.Sealed second = cipher.seal("P1234567", "member-1");

        assertThat(first.cipherText()).doesNotContain("P1234567").isNotEqualTo(second.cipherText());
        assertThat(cipher.open(first, "member-1")).isEqualTo("P1234567");
    }

    @Test
    void readsValuesUnderAnOlderKeyAfterRotation() {
        KeyRing.Sealed sealedBefore = new DocumentCipher("k1", Map.of("k1", oldKey)).seal("P1234567", "member-1");
        DocumentCipher rotated = new DocumentCipher("k2", Map.of("k1", oldKey, "k2", newKey));

        assertThat(rotated.open(sealedBefore, "member-1")).isEqualTo("P1234567");
        assertThat(rotated.seal("P7654321", "member-2").keyId()).isEqualTo("k2");
    }

    @Test
    void refusesANumberMovedToAnotherMemberOrTamperedWith() {
        DocumentCipher cipher = new DocumentCipher("k1", Map.of("k1", oldKey));
        KeyRing.Sealed sealed = cipher.seal("P1234567", "member-1");
        byte[] bytes = Base64.getDecoder().decode(sealed.cipherText());
        bytes[bytes.length - 1] ^= 1;

        assertThatThrownBy(() -> cipher.open(sealed, "member-2")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> cipher.open(new KeyRing.Sealed("k1", Base64.getEncoder().encodeToString(bytes)), "member-1"))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void refusesToStartWithoutAnActiveKeyOfTheRightSize() {
        assertThatThrownBy(() -> new DocumentCipher("k9", Map.of("k1", oldKey))).hasMessageContaining("active-key");
        assertThatThrownBy(() -> new DocumentCipher("k1", Map.of("k1", "c2hvcnQ="))).hasMessageContaining("32 bytes");
    }
}
