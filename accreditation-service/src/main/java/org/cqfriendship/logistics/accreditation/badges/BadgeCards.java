package org.cqfriendship.logistics.accreditation.badges;

import org.cqfriendship.logistics.accreditation.roster.Person;
import org.cqfriendship.logistics.accreditation.roster.Roster;
import org.cqfriendship.logistics.accreditation.zones.ZoneAccess;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A delegation's badges as the pages and the printer show them: each member with their current
 * badge (and its state), the colour of their category, and the zones they reach. Three reads:
 * the people, the badges, the zone changes.
 */
@Component
public class BadgeCards {

    /** The category colours by role, printed as a band across the badge (dark enough for white text). */
    private static final Map<String, String> COLOURS = Map.of("HEAD", "#b71c1c", "MEMBER", "#0d47a1", "INTERPRETER", "#1b5e20",
            "SECURITY", "#37474f", "MEDIA", "#bf360c", "STAFF", "#4a148c");

    private final Roster roster;
    private final Badges badges;
    private final ZoneAccess zones;
    private final MessageSource wording;

    BadgeCards(Roster roster, Badges badges, ZoneAccess zones, MessageSource wording) {
        this.roster = roster;
        this.badges = badges;
        this.zones = zones;
        this.wording = wording;
    }

    /**
     * One member's card. {@code badge} is their current badge (null when none is issued yet);
     * {@code earlier} their revoked ones, newest first.
     */
    public record Card(String memberId, @Nullable String displayName, @Nullable String nativeName, @Nullable String title,
                       @Nullable String locality, @Nullable String country, String role, String roleLabel, String colour,
                       boolean withdrawn, @Nullable Badge badge, List<Badge> earlier,
                       Set<String> zones, List<String> zoneNames, @Nullable String qr) {

        public String state() {
            return badge == null ? "none" : badge.state();
        }
    }

    /** The delegation's members, by name; {@code withQr}: the QR image of each active badge too (for printing). */
    public List<Card> of(String delegationId, Locale locale, boolean withQr) {
        List<Person> people = roster.delegation(delegationId).stream().filter(person -> person.role() != null).toList();
        Map<String, List<Badge>> byMember = badges.ofDelegation(delegationId).stream()
                .collect(Collectors.groupingBy(Badge::memberId, LinkedHashMap::new, Collectors.toList()));
        Map<String, String> roles = people.stream().collect(Collectors.toMap(Person::memberId, BadgeCards::roleOf));
        Map<String, Set<String>> zonesByMember = zones.zonesOf(roles);
        return people.stream().map(person -> {
            List<Badge> all = byMember.getOrDefault(person.memberId(), List.of());
            Badge current = all.stream().filter(b -> b.generation() == person.badgeGeneration()).findFirst().orElse(null);
            List<Badge> earlier = all.stream().filter(b -> b != current).toList();
            Set<String> reached = zonesByMember.getOrDefault(person.memberId(), Set.of());
            String role = roleOf(person);
            return new Card(person.memberId(), person.displayName(), person.nativeName(), person.title(), person.locality(),
                    person.country(), role, label("role." + role, role, locale), COLOURS.getOrDefault(role, "#263238"),
                    person.withdrawn(), current, earlier, reached,
                    reached.stream().map(zone -> label("zone." + zone, zone, locale)).toList(),
                    withQr && current != null && current.active() ? QrImages.dataUri(badges.code(current)) : null);
        }).toList();
    }

    /** The role of someone not erased (the only people on cards). */
    private static String roleOf(Person person) {
        return Objects.requireNonNull(person.role(), "an erased person has no card");
    }

    private String label(String code, String fallback, Locale locale) {
        return Objects.requireNonNullElse(wording.getMessage(code, null, fallback, locale), fallback);
    }
}
