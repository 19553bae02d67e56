package org.cqfriendship.logistics.accreditation.scanning;

import org.cqfriendship.logistics.accreditation.zones.AccreditationSettings;
import org.cqfriendship.logistics.support.outbox.OutboxMessage;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One scan at a desk, by the idempotency key the desk's page gave it, so a scan sent twice (the
 * page offline, then back) is one scan. An accepted one carries its {@link CheckedIn} event in its
 * outbox, written in the same insert. Names are not kept here (an erased member's scans name no one).
 */
@Document("scans")
public record Scan(@Id String key, String placeId, AccreditationSettings.Kind placeKind, @Nullable String badgeNumber,
                   @Nullable String memberId, @Nullable String delegationId, Instant scannedAt, LocalDate day, Instant recordedAt,
                   String desk, @Nullable Refusal refusal,
                   List<OutboxMessage> outbox) {

    /** Why a badge was turned away. */
    public enum Refusal { NOT_GENUINE, REVOKED, WITHDRAWN, WRONG_ZONE }

    public Scan {
        outbox = outbox == null ? List.of() : outbox;
    }

    public boolean accepted() {
        return refusal == null;
    }
}
