package org.cqfriendship.logistics.itinerary.transfers;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A manifest tells a port without vehicles apart from a port whose vehicles were all taken. */
class ManifestTest {

    static final Passenger ARRIVING = new Passenger("d-1", "Vientiane", "m-1", "Test Delegate", false, false, "QV619",
            Instant.parse("2026-05-20T02:40:00Z"), false, null, null);

    @Test
    void aPortWithNoVehiclesSetUpIsAGapOfItsOwn() {
        Trip onFoot = new Trip("unassigned:d-1:m-1", null, null, ARRIVING.arrivalAt(), List.of(ARRIVING));

        Manifest atRailway = Manifest.of("CQW", LocalDate.parse("2026-05-20"), List.of(onFoot), TransferPropertiesTest.FLEET);
        Manifest atAirport = Manifest.of("CKG", LocalDate.parse("2026-05-20"), List.of(onFoot), TransferPropertiesTest.FLEET);

        assertThat(atRailway.noFleet()).isTrue();
        assertThat(atAirport.noFleet()).isFalse();
        assertThat(atRailway.unassigned()).extracting(Manifest.Rider::name).containsExactly("Test Delegate");
    }
}
