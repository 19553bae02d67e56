package org.cqfriendship.logistics.accreditation.roster;

import org.cqfriendship.logistics.support.config.ConferenceTime;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * One member of a delegation as accreditation knows them: who they are (for the badge), when and
 * where they arrive (for the desks and the board), what they signed up for (for no-shows), and the
 * generation of their current badge. The roster writes it from the registration events; a lost
 * badge's reissue moves only its generation on. Every write is guarded by {@code version}.
 */
@Document("people")
public class Person {

    public static final String HEAD = "HEAD";

    @Id
    private String memberId;
    private @Nullable Long version;
    private String delegationId;
    private long delegationVersion;
    private @Nullable String locality;
    private @Nullable String country;
    private @Nullable String coordinatorId;
    private @Nullable String role;
    private @Nullable String displayName;
    private @Nullable String nativeName;
    private @Nullable String title;
    private @Nullable String nationality;
    private @Nullable String arrivalPort;
    private @Nullable String arrivalNumber;
    private @Nullable Instant arrivalAt;
    private @Nullable LocalDate arrivalDay;
    private List<String> hotelNights = List.of();
    private List<String> attends = List.of();
    private boolean withdrawn;
    private int badgeGeneration;

    @SuppressWarnings("NullAway.Init") // Spring Data sets every field it stored
    protected Person() {
    }

    Person(String memberId, String delegationId, long delegationVersion, @Nullable String locality, @Nullable String country,
           @Nullable String coordinatorId) {
        this.memberId = memberId;
        this.delegationId = delegationId;
        this.delegationVersion = delegationVersion;
        this.locality = locality;
        this.country = country;
        this.coordinatorId = coordinatorId;
        this.badgeGeneration = 1;
    }

    /** Whether an event at {@code delegationVersion} is new to this record (events of a delegation come in order). */
    boolean unseen(long eventVersion) {
        return eventVersion > delegationVersion;
    }

    void seen(long eventVersion) {
        delegationVersion = eventVersion;
    }

    /** Sets who the member is; answers whether what the badge shows (name or role) changed, so a new badge is due. */
    boolean describe(@Nullable String role, @Nullable String displayName, @Nullable String nativeName, @Nullable String title,
                     @Nullable String nationality) {
        boolean badgeChanges = this.role != null
                && (!Objects.equals(this.role, role) || !Objects.equals(this.displayName, displayName) || !Objects.equals(this.nativeName, nativeName));
        this.role = role;
        this.displayName = displayName;
        this.nativeName = nativeName;
        this.title = title;
        this.nationality = nationality;
        return badgeChanges;
    }

    void travel(RosterEvents.@Nullable Leg arrival, @Nullable List<String> hotelNights, ZoneId conferenceZone) {
        this.arrivalPort = arrival == null ? null : arrival.port();
        this.arrivalNumber = arrival == null ? null : arrival.number();
        this.arrivalAt = arrival == null || arrival.scheduledAt() == null ? null : arrival.scheduledAt().toInstant();
        this.arrivalDay = arrivalAt == null ? null : arrivalAt.atZone(conferenceZone).toLocalDate();
        this.hotelNights = hotelNights == null ? List.of() : List.copyOf(hotelNights);
    }

    void attends(@Nullable List<String> sessions) {
        this.attends = sessions == null ? List.of() : List.copyOf(sessions);
    }

    void delegation(@Nullable String locality, @Nullable String country) {
        this.locality = locality;
        this.country = country;
    }

    void coordinator(@Nullable String coordinatorId) {
        this.coordinatorId = coordinatorId;
    }

    void withdraw() {
        this.withdrawn = true;
    }

    /** Everything that tells who the member was goes (erasure); the ids and version stay. */
    void erase() {
        describe(null, null, null, null, null);
        travel(null, null, ConferenceTime.ZONE);
        attends(null);
        withdraw();
    }

    /** A new badge generation (the old badge is revoked). */
    void nextBadge() {
        badgeGeneration++;
    }

    public String memberId() {
        return memberId;
    }

    public @Nullable Long version() {
        return version;
    }

    public String delegationId() {
        return delegationId;
    }

    public @Nullable String locality() {
        return locality;
    }

    public @Nullable String country() {
        return country;
    }

    /** The delegation's liaison coordinator, told of the head's arrival. */
    public @Nullable String coordinatorId() {
        return coordinatorId;
    }

    public @Nullable String role() {
        return role;
    }

    public boolean isHead() {
        return HEAD.equals(role);
    }

    public @Nullable String displayName() {
        return displayName;
    }

    public @Nullable String nativeName() {
        return nativeName;
    }

    public @Nullable String title() {
        return title;
    }

    public @Nullable String nationality() {
        return nationality;
    }

    public @Nullable String arrivalPort() {
        return arrivalPort;
    }

    public @Nullable String arrivalNumber() {
        return arrivalNumber;
    }

    public @Nullable Instant arrivalAt() {
        return arrivalAt;
    }

    public @Nullable LocalDate arrivalDay() {
        return arrivalDay;
    }

    public List<String> hotelNights() {
        return hotelNights;
    }

    public List<String> attends() {
        return attends;
    }

    public boolean withdrawn() {
        return withdrawn;
    }

    public int badgeGeneration() {
        return badgeGeneration;
    }
}
