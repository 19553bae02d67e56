package org.cqfriendship.logistics.registration.delegation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.cqfriendship.logistics.registration.delegation.DelegationRequest.MemberRequest;
import org.cqfriendship.logistics.registration.delegation.DelegationRequest.TravelLegRequest;
import org.cqfriendship.logistics.support.config.ConferenceTime;
import org.springframework.beans.factory.ObjectProvider;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Rules across fields: exactly one head of delegation; air legs carry an IATA-style flight number
 * that starts with their carrier code; travel falls in the conference window, arrival before
 * departure; a passport number comes with an expiry after departure; programme items exist;
 * a hotpot team has a name and 2 to 4 members; a coordinator named is one of the conference's
 * ({@link Coordinators}). Each violation is reported on the field to correct.
 */
public class DelegationRules implements ConstraintValidator<ValidDelegation, DelegationRequest> {

    /** The opening is on 20 May 2026; a week either side covers early arrivals and side visits. */
    static final OffsetDateTime EARLIEST_TRAVEL = OffsetDateTime.parse("2026-05-13T00:00:00+08:00");
    static final OffsetDateTime LATEST_TRAVEL = OffsetDateTime.parse("2026-05-27T23:59:59+08:00");
    static final int HOTPOT_TEAM_MIN = 2;
    static final int HOTPOT_TEAM_MAX = 4;

    private static final Pattern CARRIER = Pattern.compile("[A-Z0-9]{2}");
    private static final Pattern FLIGHT_NUMBER = Pattern.compile("([A-Z0-9]{2})(\\d{1,4})[A-Z]?");

    private final SignUpOptions programme;
    private final Coordinators coordinators;

    /** Outside Spring (plain validators): only the conference's own programme items are known, and any coordinator id. */
    public DelegationRules() {
        this(SignUpOptions.BUILT_IN, Coordinators.any());
    }

    /** In the service; a slice of it without the coordinators (a controller test) accepts any, as plain validators do. */
    @org.springframework.beans.factory.annotation.Autowired
    public DelegationRules(SignUpOptions programme, ObjectProvider<Coordinators> coordinators) {
        this(programme, coordinators.getIfAvailable(Coordinators::any));
    }

    DelegationRules(SignUpOptions programme, Coordinators coordinators) {
        this.programme = programme;
        this.coordinators = coordinators;
    }

    @Override
    public boolean isValid(DelegationRequest request, ConstraintValidatorContext context) {
        if (request.members() == null) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        boolean valid = oneHead(request.members(), context);
        valid &= request.coordinatorId() == null || coordinators.known(request.coordinatorId())
                || report(context, "coordinatorId", "{delegation.coordinatorId.unknown}");
        valid &= hotpotTeam(request, context);
        valid &= roommates(request.members(), context);
        Set<String> offered = programme.offered(request.members().stream().filter(Objects::nonNull)
                .flatMap(m -> m.attendsOrEmpty().stream()).filter(code -> code != null && !code.isBlank())
                .collect(Collectors.toSet()));
        for (int i = 0; i < request.members().size(); i++) {
            MemberRequest member = request.members().get(i);
            if (member != null) {
                valid &= validMember(member, "members[" + i + "]", offered, context);
            }
        }
        return valid;
    }

    private static boolean validMember(MemberRequest member, String path, Set<String> offered, ConstraintValidatorContext context) {
        boolean valid = knownProgrammeItems(member, path, offered, context);
        if (member.arrival() != null) {
            valid &= validLeg(member.arrival(), path + ".arrival", context);
        }
        if (member.departure() != null) {
            valid &= validLeg(member.departure(), path + ".departure", context);
        }
        if (member.arrival() != null && member.departure() != null && member.arrival().scheduledAt() != null
                && member.departure().scheduledAt() != null
                && !member.arrival().scheduledAt().isBefore(member.departure().scheduledAt())) {
            valid &= report(context, path + ".departure.scheduledAt", "{delegation.departure.beforeArrival}");
        }
        valid &= validPassport(member, path, context);
        valid &= validHotelNights(member, path, context);
        if (member.remote() != null && member.remote().techCheckFrom() != null && member.remote().techCheckTo() != null
                && !member.remote().techCheckFrom().isBefore(member.remote().techCheckTo())) {
            valid &= report(context, path + ".remote.techCheckTo", "{delegation.remote.techCheck}");
        }
        return valid;
    }

    /** One head: none is reported on the first member's role (where it is chosen), more than one on the members. */
    private static boolean oneHead(List<MemberRequest> members, ConstraintValidatorContext context) {
        long heads = members.stream().filter(m -> m != null && m.role() == MemberRole.HEAD).count();
        if (heads == 0) {
            return members.isEmpty() || report(context, "members[0].role", "{delegation.members.noHead}");
        }
        return heads == 1 || report(context, "members", "{delegation.members.oneHead}");
    }

    /**
     * Each member who asks to share a room names another member of the delegation, by number, who
     * is not a head (heads have a room of their own), both asking for hotel nights; the one named
     * asks for nobody else, and nobody is named twice. One who asks to share with a member of
     * their gender is not a head, asks for hotel nights and names nobody.
     */
    private static boolean roommates(List<MemberRequest> members, ConstraintValidatorContext context) {
        boolean valid = true;
        Map<Integer, Integer> namedBy = new HashMap<>();
        for (int i = 0; i < members.size(); i++) {
            MemberRequest member = members.get(i);
            if (member != null && member.sharesAs() != null) {
                String field = "members[" + i + "].sharesAs";
                if (member.role() == MemberRole.HEAD) {
                    valid = report(context, field, "{delegation.room.head}");
                } else if (noNights(member)) {
                    valid = report(context, field, "{delegation.room.ownNights}");
                } else if (member.shareRoomWith() != null) {
                    valid = report(context, field, "{delegation.room.both}");
                }
            }
            Integer with = member == null ? null : member.shareRoomWith();
            if (with == null) {
                continue;
            }
            String field = "members[" + i + "].shareRoomWith";
            MemberRequest other = with >= 1 && with <= members.size() && with != i + 1 ? members.get(with - 1) : null;
            if (other == null) {
                valid = report(context, field, "{delegation.room.member}");
            } else if (member.role() == MemberRole.HEAD || other.role() == MemberRole.HEAD) {
                valid = report(context, field, "{delegation.room.head}");
            } else if (noNights(member) || noNights(other)) {
                valid = report(context, field, "{delegation.room.nights}");
            } else if (other.shareRoomWith() != null && other.shareRoomWith() != i + 1) {
                valid = report(context, field, "{delegation.room.other}");
            } else if (namedBy.containsKey(with) && namedBy.get(with) != with - 1) {
                valid = report(context, field, "{delegation.room.taken}");
            }
            namedBy.putIfAbsent(with, i);
        }
        return valid;
    }

    private static boolean noNights(MemberRequest member) {
        return member.hotelNights() == null || member.hotelNights().isEmpty();
    }

    private static boolean hotpotTeam(DelegationRequest request, ConstraintValidatorContext context) {
        long team = request.members().stream().filter(m -> m != null && m.inHotpotTeam()).count();
        if (team == 0) {
            return true;
        }
        boolean valid = true;
        if (team < HOTPOT_TEAM_MIN || team > HOTPOT_TEAM_MAX) {
            valid = report(context, "members", "{delegation.hotpot.size}");
        }
        if (request.hotpotTeamName() == null || request.hotpotTeamName().isBlank()) {
            valid &= report(context, "hotpotTeamName", "{delegation.hotpot.name}");
        }
        return valid;
    }

    private static boolean knownProgrammeItems(MemberRequest member, String path, Set<String> offered,
                                               ConstraintValidatorContext context) {
        boolean valid = true;
        List<String> attends = member.attendsOrEmpty();
        for (int j = 0; j < attends.size(); j++) {
            String code = attends.get(j);
            if (code != null && !code.isBlank() && !offered.contains(code)) {
                valid = report(context, path + ".attends[" + j + "]", "{delegation.attends.unknown}");
            }
        }
        if (attends.stream().distinct().count() < attends.size()) {
            valid = report(context, path + ".attends", "{delegation.attends.duplicate}");
        }
        return valid;
    }

    private static boolean validLeg(TravelLegRequest leg, String path, ConstraintValidatorContext context) {
        boolean valid = true;
        if (leg.mode() == TravelMode.AIR) {
            if (leg.carrier() == null || !CARRIER.matcher(leg.carrier()).matches()) {
                valid = report(context, path + ".carrier", "{delegation.arrival.carrier}");
            }
            var number = leg.number() == null ? null : FLIGHT_NUMBER.matcher(leg.number());
            if (number == null || !number.matches()) {
                valid = report(context, path + ".number", "{delegation.arrival.flightNumber}");
            } else if (leg.carrier() != null && !number.group(1).equals(leg.carrier())) {
                valid = report(context, path + ".number", "{delegation.arrival.flightCarrier}");
            }
        }
        OffsetDateTime at = leg.scheduledAt();
        if (at != null && (at.isBefore(EARLIEST_TRAVEL) || at.isAfter(LATEST_TRAVEL))) {
            valid = report(context, path + ".scheduledAt", "{delegation.arrival.window}");
        }
        return valid;
    }

    private static boolean validPassport(MemberRequest member, String path, ConstraintValidatorContext context) {
        if (member.passportNumber() == null) {
            return true;
        }
        if (member.passportExpiry() == null) {
            return report(context, path + ".passportExpiry", "{delegation.passport.expiryMissing}");
        }
        LocalDate mustOutlast = member.departure() != null && member.departure().scheduledAt() != null
                ? member.departure().scheduledAt().atZoneSameInstant(ConferenceTime.ZONE).toLocalDate()
                : LATEST_TRAVEL.toLocalDate();
        return member.passportExpiry().isAfter(mustOutlast)
                || report(context, path + ".passportExpiry", "{delegation.passport.expiry}");
    }

    private static boolean validHotelNights(MemberRequest member, String path, ConstraintValidatorContext context) {
        if (member.hotelNights() == null) {
            return true;
        }
        boolean valid = true;
        for (int j = 0; j < member.hotelNights().size(); j++) {
            LocalDate night = member.hotelNights().get(j);
            if (night != null && (night.isBefore(EARLIEST_TRAVEL.toLocalDate()) || night.isAfter(LATEST_TRAVEL.toLocalDate()))) {
                valid = report(context, path + ".hotelNights[" + j + "]", "{delegation.hotelNight.window}");
            }
        }
        return valid;
    }

    /** Reports a violation on {@code field}; returns false so callers can write {@code valid = report(...)}. */
    private static boolean report(ConstraintValidatorContext context, String field, String message) {
        context.buildConstraintViolationWithTemplate(message).addPropertyNode(field).addConstraintViolation();
        return false;
    }
}
