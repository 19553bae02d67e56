package org.cqfriendship.logistics.registration.delegation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.cqfriendship.logistics.registration.delegation.DelegationRequest.ArrivalRequest;
import org.cqfriendship.logistics.registration.delegation.DelegationRequest.MemberRequest;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Rules across fields: at most one head of delegation; air arrivals carry an IATA-style flight
 * number that starts with their carrier code; arrivals fall in the conference window; programme
 * items are ones the conference has. Each violation is reported on the field to correct.
 */
public class DelegationRules implements ConstraintValidator<ValidDelegation, DelegationRequest> {

    /** The opening is on 20 May 2026; a week either side covers early arrivals and side visits. */
    static final OffsetDateTime EARLIEST_ARRIVAL = OffsetDateTime.parse("2026-05-13T00:00:00+08:00");
    static final OffsetDateTime LATEST_ARRIVAL = OffsetDateTime.parse("2026-05-27T23:59:59+08:00");

    private static final Pattern CARRIER = Pattern.compile("[A-Z0-9]{2}");
    private static final Pattern FLIGHT_NUMBER = Pattern.compile("([A-Z0-9]{2})(\\d{1,4})[A-Z]?");

    @Override
    public boolean isValid(DelegationRequest request, ConstraintValidatorContext context) {
        if (request.members() == null) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        boolean valid = atMostOneHead(request.members(), context);
        for (int i = 0; i < request.members().size(); i++) {
            MemberRequest member = request.members().get(i);
            if (member == null) {
                continue;
            }
            valid &= knownProgrammeItems(member, i, context);
            if (member.arrival() != null) {
                valid &= validArrival(member.arrival(), i, context);
            }
        }
        return valid;
    }

    private static boolean atMostOneHead(List<MemberRequest> members, ConstraintValidatorContext context) {
        long heads = members.stream().filter(m -> m != null && m.role() == MemberRole.HEAD).count();
        if (heads > 1) {
            report(context, "members", "{delegation.members.oneHead}");
            return false;
        }
        return true;
    }

    private static boolean knownProgrammeItems(MemberRequest member, int index, ConstraintValidatorContext context) {
        boolean valid = true;
        List<String> attends = member.attendsOrEmpty();
        for (int j = 0; j < attends.size(); j++) {
            String code = attends.get(j);
            if (code != null && !code.isBlank() && ProgrammeItem.ofCode(code).isEmpty()) {
                report(context, "members[" + index + "].attends[" + j + "]", "{delegation.attends.unknown}");
                valid = false;
            }
        }
        if (attends.stream().distinct().count() < attends.size()) {
            report(context, "members[" + index + "].attends", "{delegation.attends.duplicate}");
            valid = false;
        }
        return valid;
    }

    private static boolean validArrival(ArrivalRequest arrival, int index, ConstraintValidatorContext context) {
        String path = "members[" + index + "].arrival";
        boolean valid = true;
        if (arrival.mode() == TravelMode.AIR) {
            if (arrival.carrier() == null || !CARRIER.matcher(arrival.carrier()).matches()) {
                report(context, path + ".carrier", "{delegation.arrival.carrier}");
                valid = false;
            }
            var number = arrival.number() == null ? null : FLIGHT_NUMBER.matcher(arrival.number());
            if (number == null || !number.matches()) {
                report(context, path + ".number", "{delegation.arrival.flightNumber}");
                valid = false;
            } else if (arrival.carrier() != null && !number.group(1).equals(arrival.carrier())) {
                report(context, path + ".number", "{delegation.arrival.flightCarrier}");
                valid = false;
            }
        }
        OffsetDateTime at = arrival.scheduledAt();
        if (at != null && (at.isBefore(EARLIEST_ARRIVAL) || at.isAfter(LATEST_ARRIVAL))) {
            report(context, path + ".scheduledAt", "{delegation.arrival.window}");
            valid = false;
        }
        return valid;
    }

    private static void report(ConstraintValidatorContext context, String field, String message) {
        context.buildConstraintViolationWithTemplate(message).addPropertyNode(field).addConstraintViolation();
    }
}
