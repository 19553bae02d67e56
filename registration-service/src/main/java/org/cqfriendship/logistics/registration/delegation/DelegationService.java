package org.cqfriendship.logistics.registration.delegation;

import org.cqfriendship.logistics.registration.delegation.DelegationRequest.MemberRequest;
import org.cqfriendship.logistics.registration.delegation.DelegationRequest.TravelLegRequest;
import org.cqfriendship.logistics.registration.documents.DocumentCipher;
import org.cqfriendship.logistics.support.outbox.OutboxMessage;
import org.cqfriendship.logistics.support.outbox.OutboxStore;
import org.cqfriendship.logistics.support.privacy.KeyRing;
import org.cqfriendship.logistics.support.web.FieldProblemException;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

@Service
public class DelegationService {

    /** How often a registration draws a reference before giving up (a repeat is one in a million per country). */
    private static final int REFERENCE_DRAWS = 5;

    private final DelegationRepository delegations;
    private final RegistrationEventOutbox events;
    private final OutboxStore store;
    private final DocumentCipher cipher;
    private final EditLinks editLinks;
    private final Confirmations confirmations;
    private final DelegationReferences references;
    private final Clock clock;

    DelegationService(DelegationRepository delegations, RegistrationEventOutbox events, OutboxStore store,
                      DocumentCipher cipher, EditLinks editLinks, Confirmations confirmations, DelegationReferences references,
                      Clock clock) {
        this.delegations = delegations;
        this.events = events;
        this.store = store;
        this.cipher = cipher;
        this.editLinks = editLinks;
        this.confirmations = confirmations;
        this.references = references;
        this.clock = clock;
    }

    /** What a create did: the delegation, and whether it was created now or earlier under the same key. */
    public record Registration(Delegation delegation, boolean replayed) {
    }

    /**
     * Registers a delegation, with a short reference of its own, and its {@code DelegationRegistered}
     * event in one document write. With an idempotency key, a repeat of the same request returns the
     * first registration and creates nothing; the same key with a different request is refused.
     */
    public Registration register(DelegationRequest request, String idempotencyKey, Locale language) {
        String fingerprint = digest(request.fingerprint());
        if (idempotencyKey != null) {
            Optional<Delegation> earlier = delegations.findByIdempotencyKey(idempotencyKey);
            if (earlier.isPresent()) {
                return replay(earlier.get(), fingerprint);
            }
        }
        // Milliseconds, as the store keeps times: the answer is the registration as stored.
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        String id = UUID.randomUUID().toString();
        List<Member> members = roommates(request.members(),
                request.members().stream().map(m -> member(UUID.randomUUID().toString(), m, null)).toList());
        boolean mailable = request.contact() != null && request.contact().email() != null && !request.contact().email().isBlank();
        for (int attempt = 1; ; attempt++) {
            Delegation draft = new Delegation(id, references.next(request.country()), details(request), privately(request),
                    request.coordinatorId(), members, now, language.toLanguageTag(), mailable ? ConfirmationMail.pending(now) : null,
                    new Delegation.Intake(idempotencyKey, fingerprint), null, null, List.of());
            List<OutboxMessage> registered = List.of(events.registered(draft));
            if (store.save(draft.withOutbox(registered), id, null, registered)) {
                if (mailable) {
                    confirmations.sendSoon(id);
                }
                // As stored (the insert starts the version at 0): no need to read it back.
                return new Registration(draft.withVersion(0L), false);
            }
            // A concurrent request with the same key won: answer with its result. Otherwise the reference was taken: draw again.
            Optional<Delegation> first = idempotencyKey == null ? Optional.empty() : delegations.findByIdempotencyKey(idempotencyKey);
            if (first.isPresent()) {
                return replay(first.get(), fingerprint);
            }
            if (attempt == REFERENCE_DRAWS) {
                throw new IllegalStateException("No free reference for a delegation from " + request.country() + " in "
                        + REFERENCE_DRAWS + " draws");
            }
        }
    }

    /**
     * Changes a registration to what {@code request} says, if nobody changed it since
     * {@code expectedVersion}, and publishes one event per facet that changed. The coordinator is
     * not the delegation's to change ({@link #assignCoordinator}); a passport number left out is kept.
     */
    public Delegation update(String id, long expectedVersion, DelegationRequest request) {
        return change(id, expectedVersion, current -> {
            List<Member> members = new ArrayList<>();
            for (int i = 0; i < request.members().size(); i++) {
                MemberRequest wanted = request.members().get(i);
                Member existing = wanted.memberId() == null ? null : current.member(wanted.memberId())
                        .orElseThrow(unknownMember("members[" + i + "].memberId"));
                members.add(member(existing == null ? UUID.randomUUID().toString() : existing.memberId(), wanted, existing));
            }
            return current.withDetails(details(request), privately(request), roommates(request.members(), members));
        });
    }

    /** Withdraws one delegate. */
    public Delegation withdraw(String id, String memberId, long expectedVersion) {
        return change(id, expectedVersion, current -> {
            requireMember(current, memberId);
            return current.withMembers(current.members().stream().filter(m -> !m.memberId().equals(memberId)).toList());
        });
    }

    /** Programme staff's choice of liaison coordinator. */
    public Delegation assignCoordinator(String id, @Nullable String coordinatorId) {
        Delegation current = find(id).orElseThrow(() -> new DelegationNotFoundException(id));
        if (Objects.equals(current.coordinatorId(), coordinatorId)) {
            return current;
        }
        var change = new DelegationChange.CoordinatorAssigned(current.coordinatorId(), coordinatorId);
        return save(current.withCoordinator(coordinatorId), List.of(change));
    }

    /**
     * Programme staff put the delegation at one part of an event (a table block, a heat, a stall
     * slot): each member signed up for the event or any of its {@code parts} is signed up for
     * {@code partId} instead of any other part (null: for none), and keeps the event itself if
     * they had it. Published as {@code SignupsChanged}, so seats, counts and itineraries follow.
     */
    public Delegation assignPart(String id, String eventId, Collection<String> parts, @Nullable String partId) {
        if (partId != null && !parts.contains(partId)) {
            throw new FieldProblemException("partId", "parts.unknownPart");
        }
        Delegation current = find(id).orElseThrow(() -> new DelegationNotFoundException(id));
        Set<String> ofTheEvent = new HashSet<>(parts);
        ofTheEvent.add(eventId);
        List<Member> members = new ArrayList<>();
        boolean anyone = false;
        for (Member member : current.members()) {
            if (member.signUps().attends().stream().noneMatch(ofTheEvent::contains)) {
                members.add(member);
                continue;
            }
            anyone = true;
            List<String> attends = new ArrayList<>(member.signUps().attends().stream().filter(s -> !parts.contains(s)).toList());
            if (partId != null) {
                attends.add(partId);
            }
            members.add(member.withAttends(attends));
        }
        if (!anyone) {
            throw new FieldProblemException("eventId", "parts.nobodyAttends");
        }
        Delegation next = current.withMembers(members);
        List<DelegationChange> changes = DelegationChanges.between(current, next);
        return changes.isEmpty() ? current : save(next, changes);
    }

    /** The delegations with a member signed up for any of these sessions, in registration order. */
    public List<Delegation> attending(Collection<String> sessionIds) {
        return delegations.findWithMembersAttending(sessionIds, Sort.by("registeredAt", "id"));
    }

    /**
     * Erases a member on their request: they leave the delegation, and {@code PersonErased} (which
     * names only the member id) tells the other services to delete what they hold of them. The
     * registration keeps nothing of the member; its audit log keeps the member id and who erased it.
     */
    public Delegation erasePerson(String id, String memberId) {
        Delegation current = find(id).orElseThrow(() -> new DelegationNotFoundException(id));
        Member member = requireMember(current, memberId);
        Delegation next = current.withMembers(current.members().stream().filter(m -> !m.memberId().equals(memberId)).toList());
        return save(next, List.of(new DelegationChange.PersonErased(member)));
    }

    /** Erases a delegate's personal documents (the passport); the rest of the registration stays. */
    public Delegation eraseDocuments(String id, String memberId) {
        Delegation current = find(id).orElseThrow(() -> new DelegationNotFoundException(id));
        Member member = requireMember(current, memberId);
        if (member.documents().erased()) {
            return current;
        }
        Member erased = member.withDocumentsErased();
        Delegation next = current.withMembers(current.members().stream().map(m -> m.memberId().equals(memberId) ? erased : m).toList());
        return save(next, List.of(new DelegationChange.DocumentsErased(erased)));
    }

    /**
     * Staff revoke every secret link of the delegation (a link leaked, or reached the wrong person):
     * links sent before open nothing in any service, and the confirmation email goes to the
     * contact address again with the new link. False when there is no contact address to send it to.
     */
    public boolean revokeLinks(String id) {
        Delegation current = find(id).orElseThrow(() -> new DelegationNotFoundException(id));
        Delegation revoked = current.withLinksRevoked();
        save(revoked, List.of(new DelegationChange.LinksRevoked(revoked.currentLinkGeneration())));
        return confirmations.sendNewLink(id);
    }

    /** The delegation a secret edit link opens, if the link is genuine. */
    public Optional<Delegation> findByEditLink(String token) {
        return editLinks.delegationOf(token).flatMap(delegations::findById);
    }

    public Optional<Delegation> find(String id) {
        return delegations.findById(id);
    }

    /** These delegations, in the order asked for (one read; those not found are left out). */
    public List<Delegation> findAll(Collection<String> ids) {
        Map<String, Delegation> byId = new HashMap<>();
        delegations.findAllById(ids).forEach(delegation -> byId.put(delegation.id(), delegation));
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    /** The delegation with this short reference ({@code CQ26-LA-7KQ2}), read by the unique index. */
    public Optional<Delegation> byReference(String reference) {
        return delegations.findByReference(reference.strip().toUpperCase(Locale.ROOT));
    }

    public List<Delegation> all() {
        return delegations.findAll(Sort.by("registeredAt", "id"));
    }

    private Delegation change(String id, long expectedVersion, Function<Delegation, Delegation> edit) {
        Delegation current = find(id).orElseThrow(() -> new DelegationNotFoundException(id));
        if (current.version() == null || current.version() != expectedVersion) {
            throw new StaleVersionException(current.version());
        }
        Delegation next = edit.apply(current);
        List<DelegationChange> changes = DelegationChanges.between(current, next);
        return changes.isEmpty() ? current : save(next, changes);
    }

    private Delegation save(Delegation next, List<DelegationChange> changes) {
        List<OutboxMessage> outbox = events.changed(next, changes);
        // The confirmation's delivery state belongs to the mailer, which updates it on its own.
        long version = Objects.requireNonNull(next.version(), "a stored delegation has a version");
        if (!store.update(next, next.id(), version, outbox, "confirmation")) {
            throw new StaleVersionException(null);
        }
        return find(next.id()).orElseThrow(() -> new DelegationNotFoundException(next.id()));
    }

    private static Supplier<FieldProblemException> unknownMember(String field) {
        return () -> new FieldProblemException(field, "delegation.update.unknownMember");
    }

    /** Whether the stored passport has this number: sending it again is no change (sealing it again would look like one). */
    private boolean sameNumber(@Nullable Passport stored, String number, String memberId) {
        if (stored == null) {
            return false;
        }
        try {
            return number.equals(cipher.open(new KeyRing.Sealed(stored.keyId(), stored.cipherText()), memberId));
        } catch (IllegalStateException keyNoLongerListed) {
            return false;
        }
    }

    private static Member requireMember(Delegation delegation, String memberId) {
        return delegation.member(memberId).orElseThrow(() -> new MemberNotFoundException(delegation.id(), memberId));
    }

    private static Registration replay(Delegation earlier, String fingerprint) {
        if (!fingerprint.equals(earlier.intake().requestFingerprint())) {
            throw new IdempotencyKeyReusedException();
        }
        return new Registration(earlier, true);
    }

    private static Delegation.Details details(DelegationRequest request) {
        return new Delegation.Details(request.locality().strip(), request.country(), request.kind(), request.participationOrDefault(),
                blankToNull(request.hotpotTeamName()), request.stall());
    }

    private static Delegation.PrivateDetails privately(DelegationRequest request) {
        return new Delegation.PrivateDetails(request.contact(), request.notes());
    }

    /** The members with the roommate each asked for (by number in the request's list) named by id. */
    private static List<Member> roommates(List<MemberRequest> requests, List<Member> members) {
        List<Member> named = new ArrayList<>(members);
        for (int i = 0; i < requests.size(); i++) {
            Integer with = requests.get(i).shareRoomWith();
            named.set(i, named.get(i).sharingWith(with == null ? null : members.get(with - 1).memberId()));
        }
        return List.copyOf(named);
    }

    /** A member as requested; an existing member keeps its passport unless a new number is given. */
    private Member member(String memberId, MemberRequest request, @Nullable Member existing) {
        Passport passport = existing == null ? null : existing.documents().passport();
        boolean erased = existing != null && existing.documents().erased();
        if (request.passportNumber() != null && !sameNumber(passport, request.passportNumber(), memberId)) {
            KeyRing.Sealed sealed = cipher.seal(request.passportNumber(), memberId);
            String number = request.passportNumber();
            passport = new Passport(sealed.keyId(), sealed.cipherText(), number.substring(Math.max(0, number.length() - 3)),
                    request.passportExpiry());
            erased = false;
        } else if (passport != null && request.passportExpiry() != null) {
            passport = new Passport(passport.keyId(), passport.cipherText(), passport.lastCharacters(), request.passportExpiry());
        }
        return new Member(memberId,
                new Member.Identity(request.role(), blankToNull(request.givenName()), request.familyName().strip(),
                        blankToNull(request.nativeName()), blankToNull(request.title()), request.nationality()),
                new Member.Documents(passport, erased),
                new Member.Needs(distinct(request.languages()), distinct(request.interpretationNeeded()),
                        request.diets() == null ? Set.of() : Set.copyOf(request.diets()),
                        request.allergens() == null ? Set.of() : Set.copyOf(request.allergens()), blankToNull(request.accessibility())),
                new Member.Travel(leg(request.arrival()), leg(request.departure()),
                        request.hotelNights() == null ? List.of() : request.hotelNights().stream().distinct().sorted().toList(),
                        null, request.sharesAs()),
                new Member.SignUps(List.copyOf(request.attendsOrEmpty()), distinct(request.tradeInterests()), request.inHotpotTeam(),
                        request.remote()),
                AlertContact.of(request.alerts()));
    }

    private static @Nullable TravelLeg leg(@Nullable TravelLegRequest leg) {
        return leg == null ? null : new TravelLeg(leg.mode(), blankToNull(leg.carrier()), blankToNull(leg.number()),
                leg.port().strip(), leg.scheduledAt().toInstant());
    }

    private static List<String> distinct(List<String> values) {
        return values == null ? List.of() : List.copyOf(new LinkedHashSet<>(values));
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String digest(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
