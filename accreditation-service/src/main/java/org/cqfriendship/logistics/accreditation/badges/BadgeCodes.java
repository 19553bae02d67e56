package org.cqfriendship.logistics.accreditation.badges;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A badge's number and the code its QR carries (decision 84). The number ({@code CQ-7K3M-9QXD})
 * is derived from the member and the badge's generation under the secret, so issuing the same
 * badge twice (an event read again) gives the same number, and nobody can work one out. The QR
 * carries only {@code CQB1.<number>.<signature>}: an HMAC of the number and the member it was
 * issued to, so a code forged, altered or copied onto another member's badge is refused, and what
 * the badge says stays on the server.
 */
public class BadgeCodes {

    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"; // Crockford base 32: no I, L, O, U
    private static final Pattern CODE = Pattern.compile("CQB1\\.(CQ-[0-9A-Z]{4}-[0-9A-Z]{4})\\.([A-Za-z0-9_-]{22})");
    private static final Pattern TYPED = Pattern.compile("(?:CQ)?([0-9A-Z]{8})");

    private final byte[] secret;

    public BadgeCodes(String secret) {
        if (secret == null || secret.length() < 32) {
            throw new IllegalStateException("accreditation.badge-secret must have at least 32 characters (ACCREDITATION_BADGE_SECRET)");
        }
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
    }

    /** The number of {@code memberId}'s badge of this {@code generation} (1 for the first). */
    public String number(String memberId, int generation) {
        byte[] mac = mac("badge-number|" + memberId + "|" + generation);
        long bits = 0;
        for (int i = 0; i < 5; i++) {
            bits = (bits << 8) | (mac[i] & 0xff);
        }
        StringBuilder digits = new StringBuilder();
        for (int i = 7; i >= 0; i--) {
            digits.append(ALPHABET.charAt((int) ((bits >> (5 * i)) & 31)));
        }
        return "CQ-" + digits.substring(0, 4) + "-" + digits.substring(4);
    }

    /** What the QR code of badge {@code number}, issued to {@code memberId}, carries. */
    public String code(String number, String memberId) {
        return "CQB1." + number + "." + signature(number, memberId);
    }

    /** The badge number a scanned code names, if it has the form of one (whether it is genuine is {@link #genuine}'s question). */
    public Optional<String> numberIn(String code) {
        Matcher matcher = CODE.matcher(code == null ? "" : code.trim());
        return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    /** Whether {@code code} was issued by this system for badge {@code number} of {@code memberId}. */
    public boolean genuine(String code, String number, String memberId) {
        Matcher matcher = CODE.matcher(code == null ? "" : code.trim());
        return matcher.matches() && matcher.group(1).equals(number)
                && MessageDigest.isEqual(matcher.group(2).getBytes(StandardCharsets.US_ASCII),
                signature(number, memberId).getBytes(StandardCharsets.US_ASCII));
    }

    /** A number as a desk types it (any case, with or without dashes and spaces, O for 0, I or L for 1), in its printed form. */
    public static Optional<String> typed(String input) {
        if (input == null) {
            return Optional.empty();
        }
        String plain = input.toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "").replace('O', '0').replace('I', '1').replace('L', '1');
        Matcher matcher = TYPED.matcher(plain);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        String digits = matcher.group(1);
        return Optional.of("CQ-" + digits.substring(0, 4) + "-" + digits.substring(4));
    }

    private String signature(String number, String memberId) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(mac("badge-qr|" + number + "|" + memberId)).substring(0, 22);
    }

    private byte[] mac(String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
