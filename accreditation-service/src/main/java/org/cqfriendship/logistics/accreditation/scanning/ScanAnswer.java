package org.cqfriendship.logistics.accreditation.scanning;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * What the desk sees after a scan: green (accepted) or red with the reason in the desk's
 * language, and who the badge belongs to (when it is genuine), with the zones they reach (ids,
 * and names in the desk's language).
 */
public record ScanAnswer(String key, boolean accepted, Scan.@Nullable Refusal refusal, @Nullable String reason,
                         @Nullable String badgeNumber, @Nullable String displayName, @Nullable String nativeName, @Nullable String title,
                         @Nullable String role, @Nullable String locality, @Nullable String country, Set<String> zones,
                         List<String> zoneNames, String placeId, Instant scannedAt) {
}
