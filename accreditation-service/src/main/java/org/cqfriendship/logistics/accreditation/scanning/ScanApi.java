package org.cqfriendship.logistics.accreditation.scanning;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.cqfriendship.logistics.access.Caller;
import org.cqfriendship.logistics.support.security.Callers;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;

/**
 * A scan as JSON: from the desk page's script ({@code /desk/scans}, the page's session and CSRF
 * token) and from scanners and other systems ({@code /api/scans}, a DESK account). A problem with
 * the scan itself (no such place, no key) is a 400 in the desk's language; a badge turned away is
 * a 200 whose answer says why.
 */
@RestController
class ScanApi {

    private final Scanning scanning;

    ScanApi(Scanning scanning) {
        this.scanning = scanning;
    }

    /** A scan as a desk sends it: its idempotency key, the QR code's text or the typed number, where, and when it was made. */
    record ScanRequest(@NotBlank @Size(max = 64) String key, @NotBlank @Size(max = 200) String code, @NotBlank String placeId,
                       @Nullable Instant scannedAt) {
    }

    @PostMapping(path = {"/api/scans", "/desk/scans"}, consumes = "application/json", produces = "application/json")
    ScanAnswer scan(@RequestBody @Valid ScanRequest scan) {
        return scanning.scan(scan.key(), scan.code(), scan.placeId(), scan.scannedAt(), Callers.current().name(),
                LocaleContextHolder.getLocale());
    }
}
