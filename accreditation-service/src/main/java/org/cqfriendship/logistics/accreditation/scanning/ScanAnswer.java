package org.cqfriendship.logistics.accreditation.scanning;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * What the desk sees after a scan: green (accepted) or red with the reason in the desk's
 * language, and who the badge belongs to (when it is genuine), with the zones they reach (ids,
 * and names in the desk's language).
 */
public record ScanAnswer(String key, boolean accepted, Scan.Refusal refusal, String reason, String badgeNumber, String displayName,
                         String nativeName, String title, String role, String locality, String country, Set<String> zones,
                         List<String> zoneNames, String placeId, Instant scannedAt) {
}
