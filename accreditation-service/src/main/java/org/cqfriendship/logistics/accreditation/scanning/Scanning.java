package org.cqfriendship.logistics.accreditation.scanning;

import org.cqfriendship.logistics.accreditation.badges.Badge;
import org.cqfriendship.logistics.accreditation.badges.BadgeCodes;
import org.cqfriendship.logistics.accreditation.badges.Badges;
import org.cqfriendship.logistics.accreditation.roster.Person;
import org.cqfriendship.logistics.accreditation.roster.Roster;
import org.cqfriendship.logistics.accreditation.zones.AccreditationSettings;
import org.cqfriendship.logistics.accreditation.zones.ZoneAccess;
import org.cqfriendship.logistics.support.config.ConferenceTime;
import org.cqfriendship.logistics.support.outbox.OutboxMessage;
import org.cqfriendship.logistics.support.outbox.OutboxMessages;
import org.cqfriendship.logistics.support.outbox.OutboxStore;
import org.cqfriendship.logistics.support.web.FieldProblemException;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import static org.springframework.data.domain.Sort.Direction.ASC;

/**
 * Decides a scan at a desk and records it (decision 84): the badge must be genuine (its QR's
 * signature, or a typed number that exists), active, its member still in a delegation, and, at a
 * door, allowed into the door's zone. An accepted scan is recorded with its {@link CheckedIn} in
 * one insert. A scan's key makes it idempotent: the same key again answers what the first said.
 * Round trips: the scan's key, the badge, the person, their zone changes (at a zoned door only),
 * whether they were here before, and the insert: at most six.
 */
@Component
public class Scanning implements InitializingBean {

    static final String CHECKINS = "accreditation.checkins";
    /** A scan the page kept offline longer than this is recorded as made at the end of this window. */
    private static final Duration OFFLINE_LIMIT = Duration.ofHours(24);

    private final MongoTemplate mongo;
    private final OutboxStore store;
    private final OutboxMessages messages;
    private final Badges badges;
    private final BadgeCodes codes;
    private final Roster roster;
    private final ZoneAccess zones;
    private final AccreditationSettings settings;
    private final MessageSource wording;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Scanning(MongoTemplate mongo, OutboxStore store, OutboxMessages messages, Badges badges, BadgeCodes codes, Roster roster,
             ZoneAccess zones, AccreditationSettings settings, MessageSource wording, ApplicationEventPublisher events, Clock clock) {
        this.mongo = mongo;
        this.store = store;
        this.messages = messages;
        this.badges = badges;
        this.codes = codes;
        this.roster = roster;
        this.zones = zones;
        this.settings = settings;
        this.wording = wording;
        this.events = events;
        this.clock = clock;
    }

    /** Whether a member was accepted at a place before; a day's scans (the board), at some doors (no-shows). */
    @Override
    public void afterPropertiesSet() {
        var scans = mongo.indexOps(Scan.class);
        scans.createIndex(new Index().on("memberId", ASC).on("placeId", ASC).on("refusal", ASC));
        scans.createIndex(new Index().on("day", ASC).on("refusal", ASC));
        scans.createIndex(new Index().on("day", ASC));
        scans.createIndex(new Index().on("day", ASC).on("placeId", ASC).on("refusal", ASC));
    }

    /** A scan was recorded on this instance (the board looks again at once). */
    public record ScanRecorded(String placeId) {
    }

    /**
     * @param key       the desk page's idempotency key for this scan
     * @param code      what the QR code said, or the badge number as typed
     * @param placeId   where the desk is
     * @param scannedAt when the desk scanned it (null: now)
     */
    public ScanAnswer scan(@Nullable String key, @Nullable String code, @Nullable String placeId, @Nullable Instant scannedAt,
                           String desk, Locale locale) {
        AccreditationSettings.Place place = placeId == null ? null : settings.places().get(placeId);
        if (placeId == null || place == null) {
            throw new FieldProblemException("placeId", "scan.place.unknown");
        }
        if (key == null || !key.matches("[A-Za-z0-9_-]{8,64}")) {
            throw new FieldProblemException("key", "scan.key.invalid");
        }
        if (code == null || code.isBlank()) {
            throw new FieldProblemException("code", "scan.code.missing");
        }
        Scan earlier = mongo.findById(key, Scan.class);
        if (earlier != null) {
            return answer(earlier, locale);
        }
        Instant now = clock.instant();
        Optional<Badge> badge = badgeNamed(code);
        Optional<Person> person = badge.flatMap(b -> roster.person(b.memberId()));
        Scan scan = recorded(key, placeId, place, badge, person, refusal(code, badge, person, place), madeAt(scannedAt, now), now, desk);
        if (!store.save(scan, key, null, scan.outbox())) {
            return answer(Objects.requireNonNull(mongo.findById(key, Scan.class)), locale); // the same scan, sent twice at once
        }
        events.publishEvent(new ScanRecorded(placeId));
        return answer(scan, person, locale);
    }

    /** When the desk made the scan: now, or earlier while offline (never later than now, nor more than a day back). */
    private static Instant madeAt(@Nullable Instant scannedAt, Instant now) {
        if (scannedAt == null || scannedAt.isAfter(now)) {
            return now;
        }
        return scannedAt.isBefore(now.minus(OFFLINE_LIMIT)) ? now.minus(OFFLINE_LIMIT) : scannedAt;
    }

    /** The scan to record; an accepted one with its {@link CheckedIn}, saying whether it is the member's first here. */
    private Scan recorded(String key, String placeId, AccreditationSettings.Place place, Optional<Badge> badge, Optional<Person> person,
                          Scan.@Nullable Refusal refusal, Instant at, Instant now, String desk) {
        List<OutboxMessage> checkedIn = List.of();
        if (refusal == null) {
            Person p = person.orElseThrow();
            boolean first = !mongo.exists(Query.query(Criteria.where("memberId").is(p.memberId()).and("placeId").is(placeId)
                    .and("refusal").is(null)), Scan.class);
            checkedIn = List.of(messages.create(CHECKINS, p.delegationId(), new CheckedIn(key, p.delegationId(), p.coordinatorId(),
                    p.locality(), p.memberId(), p.role(), p.displayName(), badge.orElseThrow().number(), placeId, place.kind().name(),
                    place.port(), place.zone(), at, first)));
        }
        return new Scan(key, placeId, place.kind(), badge.map(Badge::number).orElse(null), badge.map(Badge::memberId).orElse(null),
                badge.map(Badge::delegationId).orElse(null), at, at.atZone(ConferenceTime.ZONE).toLocalDate(), now, desk,
                refusal, checkedIn);
    }

    /** A QR code names its badge; a typed number is the badge's number in any spelling. */
    private Optional<Badge> badgeNamed(String code) {
        return codes.numberIn(code).or(() -> BadgeCodes.typed(code)).flatMap(badges::byNumber);
    }

    private Scan.@Nullable Refusal refusal(String code, Optional<Badge> badge, Optional<Person> person, AccreditationSettings.Place place) {
        boolean scannedCode = codes.numberIn(code).isPresent();
        if (badge.isEmpty() || (scannedCode && !codes.genuine(code, badge.get().number(), badge.get().memberId()))) {
            return Scan.Refusal.NOT_GENUINE;
        }
        if (!badge.get().active()) {
            return Scan.Refusal.REVOKED;
        }
        if (person.isEmpty() || person.get().withdrawn()) {
            return Scan.Refusal.WITHDRAWN;
        }
        String role = Objects.requireNonNull(person.get().role(), "only the erased have no role, and they are withdrawn");
        if (place.zone() != null && !zones.zonesOf(person.get().memberId(), role).contains(place.zone())) {
            return Scan.Refusal.WRONG_ZONE;
        }
        return null;
    }

    private ScanAnswer answer(Scan scan, Locale locale) {
        return answer(scan, scan.memberId() == null ? Optional.empty() : roster.person(scan.memberId()), locale);
    }

    private ScanAnswer answer(Scan scan, Optional<Person> person, Locale locale) {
        @Nullable String reason = scan.accepted() ? null : wording.getMessage("scan.refusal." + scan.refusal(),
                new Object[] {zoneName(settings.places().get(scan.placeId()), locale)}, locale);
        @Nullable Person p = scan.refusal() == Scan.Refusal.NOT_GENUINE ? null : person.orElse(null);
        Set<String> memberZones = p == null || p.role() == null ? Set.of() : zones.zonesOf(p.memberId(), p.role());
        return new ScanAnswer(scan.key(), scan.accepted(), scan.refusal(), reason, scan.badgeNumber(),
                p == null ? null : p.displayName(), p == null ? null : p.nativeName(), p == null ? null : p.title(),
                p == null ? null : p.role(), p == null ? null : p.locality(), p == null ? null : p.country(), memberZones,
                memberZones.stream().map(zone -> wording.getMessage("zone." + zone, null, zone, locale)).toList(),
                scan.placeId(), scan.scannedAt());
    }

    private String zoneName(AccreditationSettings.@Nullable Place place, Locale locale) {
        String zone = place == null ? null : place.zone();
        return zone == null ? "" : Objects.requireNonNullElse(wording.getMessage("zone." + zone, null, zone, locale), zone);
    }
}
