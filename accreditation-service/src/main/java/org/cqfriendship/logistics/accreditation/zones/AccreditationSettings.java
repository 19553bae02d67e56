package org.cqfriendship.logistics.accreditation.zones;

import org.cqfriendship.logistics.support.config.ConferenceTime;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What accreditation is configured with (application.yml, {@code accreditation.*}).
 *
 * @param badgeSecret signs the badges' numbers and QR codes (a required secret)
 * @param zones       each zone with the member roles that reach it by default (staff grant or withdraw per person)
 * @param places      each place a desk scans at: its kind, the port or zone it guards, the sessions held behind it
 * @param noShowAfter how long after a session starts a sign-up not scanned at its door is a no-show
 */
@ConfigurationProperties("accreditation")
public record AccreditationSettings(String badgeSecret, Map<String, Set<String>> zones, Map<String, Place> places, Duration noShowAfter) {

    public AccreditationSettings {
        zones = zones == null ? Map.of() : new LinkedHashMap<>(zones);
        places = places == null ? Map.of() : new LinkedHashMap<>(places);
        noShowAfter = noShowAfter == null ? Duration.ofMinutes(15) : noShowAfter;
    }

    /**
     * @param kind     PORT (an airport or station desk: the arrival), HOTEL, or VENUE (a door)
     * @param port     the port code of a PORT desk (CKG, CQW)
     * @param zone     the zone a VENUE door lets into (null: anyone with a valid badge)
     * @param sessions the programme sessions held behind a VENUE door, whose sign-ups are expected there
     */
    public record Place(Kind kind, @Nullable String port, @Nullable String zone, List<String> sessions) {

        public Place {
            sessions = sessions == null ? List.of() : List.copyOf(sessions);
        }
    }

    public enum Kind { PORT, HOTEL, VENUE }

    /** The time of day in Chongqing, as the desks and boards show it ("—" for none). */
    public static String clockTime(@Nullable Instant at) {
        return at == null ? "—" : DateTimeFormatter.ofPattern("HH:mm").format(at.atZone(ConferenceTime.ZONE));
    }

    /** The zones {@code role} reaches by default. */
    public Set<String> zonesOf(String role) {
        Set<String> reached = new TreeSet<>();
        zones.forEach((zone, roles) -> {
            if (roles.contains(role)) {
                reached.add(zone);
            }
        });
        return reached;
    }
}
