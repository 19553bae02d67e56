package org.cqfriendship.logistics.registration.pages;

import org.cqfriendship.logistics.registration.delegation.AlertContact;
import org.cqfriendship.logistics.registration.delegation.Allergen;
import org.cqfriendship.logistics.registration.delegation.Contact;
import org.cqfriendship.logistics.registration.delegation.Delegation;
import org.cqfriendship.logistics.registration.delegation.DelegationKind;
import org.cqfriendship.logistics.registration.delegation.DelegationRequest;
import org.cqfriendship.logistics.registration.delegation.DelegationRequest.MemberRequest;
import org.cqfriendship.logistics.registration.delegation.DelegationRequest.TravelLegRequest;
import org.cqfriendship.logistics.registration.delegation.Diet;
import org.cqfriendship.logistics.registration.delegation.Member;
import org.cqfriendship.logistics.registration.delegation.Passport;
import org.cqfriendship.logistics.registration.delegation.MemberRole;
import org.cqfriendship.logistics.registration.delegation.Participation;
import org.cqfriendship.logistics.registration.delegation.RemoteSpeaker;
import org.cqfriendship.logistics.registration.delegation.RoomSharing;
import org.cqfriendship.logistics.registration.delegation.StallApplication;
import org.cqfriendship.logistics.registration.delegation.TravelLeg;
import org.cqfriendship.logistics.registration.delegation.TravelMode;
import org.cqfriendship.logistics.support.config.ConferenceTime;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Between the form (text as typed) and the API's {@link DelegationRequest}, so that the form is
 * checked by exactly the rules the API applies. Values that are not even of the right kind (a
 * date that is not a date) are reported here, on the form's own field names.
 */
final class FormConversion {

    private FormConversion() {
    }

    /** The request, and the form fields whose values could not be read (field → message code). */
    record Converted(DelegationRequest request, Map<String, String> unreadable) {
    }

    static Converted toRequest(RegistrationForm form) {
        Map<String, String> unreadable = new LinkedHashMap<>();
        List<MemberRequest> members = new ArrayList<>();
        for (int i = 0; i < form.getMembers().size(); i++) {
            members.add(member(form.getMembers().get(i), "members[" + i + "].", unreadable));
        }
        Contact contact = blank(form.getContactName()) && blank(form.getContactEmail()) && blank(form.getContactPhone()) ? null
                : new Contact(trim(form.getContactName()), trim(form.getContactEmail()), trim(form.getContactPhone()));
        DelegationRequest request = new DelegationRequest(trim(form.getLocality()), upper(form.getCountry()),
                enumOf(DelegationKind.class, form.getKind(), "kind", unreadable),
                enumOf(Participation.class, form.getParticipation(), "participation", unreadable), contact, null,
                trim(form.getNotes()), trim(form.getHotpotTeamName()), stall(form, unreadable), members);
        return new Converted(request, unreadable);
    }

    /**
     * The stall asked for: none unless a dish or the cuisine is given. Empty dish rows are left out
     * and the form's rows closed up, so that a problem with the request's n-th dish is shown on the
     * form's n-th row.
     */
    private static StallApplication stall(RegistrationForm form, Map<String, String> unreadable) {
        if (!form.isStallApplied()) {
            return null;
        }
        form.setStallDishes(form.getStallDishes().stream().filter(dish -> !dish.isBlank()).toList());
        List<StallApplication.Dish> dishes = form.getStallDishes().stream().filter(dish -> !dish.isBlank())
                .map(dish -> new StallApplication.Dish(trim(dish.getName()), trim(dish.getNameZh()), enums(Allergen.class, dish.getAllergens())))
                .toList();
        Integer staff = null;
        if (!blank(form.getStallStaff())) {
            try {
                staff = Integer.valueOf(form.getStallStaff().strip());
            } catch (NumberFormatException e) {
                unreadable.put("stallStaff", "delegation.stall.staff");
            }
        }
        return new StallApplication(dishes, trim(form.getStallCuisine()), form.isStallPower(), form.isStallWater(), staff);
    }

    private static MemberRequest member(MemberForm m, String prefix, Map<String, String> unreadable) {
        boolean remote = !blank(m.getRemoteTimeZone());
        RemoteSpeaker speaker = remote ? new RemoteSpeaker(m.getRemoteTimeZone().strip(),
                dateTime(m.getTechCheckFrom(), zone(m.getRemoteTimeZone()), prefix + "techCheckFrom", unreadable),
                dateTime(m.getTechCheckTo(), zone(m.getRemoteTimeZone()), prefix + "techCheckTo", unreadable)) : null;
        return new MemberRequest(trim(m.getMemberId()), enumOf(MemberRole.class, m.getRole(), prefix + "role", unreadable),
                trim(m.getGivenName()), trim(m.getFamilyName()), trim(m.getNativeName()), trim(m.getTitle()),
                upper(m.getNationality()), upper(m.getPassportNumber()),
                date(m.getPassportExpiry(), prefix + "passportExpiry", unreadable),
                codes(m.getLanguages()), codes(m.getInterpretationNeeded()),
                enums(Diet.class, m.getDiets()), enums(Allergen.class, m.getAllergens()), trim(m.getAccessibility()),
                leg(m.getArrivalMode(), m.getArrivalCarrier(), m.getArrivalNumber(), m.getArrivalPort(), m.getArrivalAt(),
                        prefix + "arrival", unreadable),
                leg(m.getDepartureMode(), m.getDepartureCarrier(), m.getDepartureNumber(), m.getDeparturePort(), m.getDepartureAt(),
                        prefix + "departure", unreadable),
                nights(m.getHotelFrom(), m.getHotelTo(), prefix, unreadable), List.copyOf(m.getAttends()),
                list(m.getTradeInterests()), m.isHotpotTeam(), speaker,
                new AlertContact(trim(m.getAlertsEmail()), trim(m.getAlertsPhone()), trim(m.getAlertsLanguage())),
                memberNumber(m.getShareRoomWith(), prefix + "shareRoomWith", unreadable), sharing(m.getShareRoomWith()));
    }

    /**
     * The form's one choice of room holds a member's number (share with them), {@code WOMAN} or
     * {@code MAN} (share with any member of that gender), or nothing (a room of their own).
     */
    private static RoomSharing sharing(String choice) {
        return blank(choice) ? null : Arrays.stream(RoomSharing.values()).filter(s -> s.name().equals(choice.strip()))
                .findFirst().orElse(null);
    }

    /** A member's number in the list (the form's choice of roommate); none when left on "a room of my own" or a gender. */
    private static Integer memberNumber(String value, String field, Map<String, String> unreadable) {
        if (blank(value) || sharing(value) != null) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            unreadable.put(field, "delegation.room.member");
            return null;
        }
    }

    private static TravelLegRequest leg(String mode, String carrier, String number, String port, String at, String prefix,
                                        Map<String, String> unreadable) {
        if (blank(mode) && blank(number) && blank(at)) {
            return null;
        }
        return new TravelLegRequest(enumOf(TravelMode.class, mode, prefix + "Mode", unreadable), upper(carrier),
                upper(number == null ? null : number.replace(" ", "")), trim(port),
                dateTime(at, ConferenceTime.ZONE, prefix + "At", unreadable));
    }

    private static List<LocalDate> nights(String from, String to, String prefix, Map<String, String> unreadable) {
        LocalDate first = date(from, prefix + "hotelFrom", unreadable);
        LocalDate last = date(to, prefix + "hotelTo", unreadable);
        if (first == null || last == null) {
            return List.of();
        }
        if (!last.isAfter(first) || first.plusDays(30).isBefore(last)) {
            unreadable.put(prefix + "hotelTo", "form.hotel.range");
            return List.of();
        }
        return first.datesUntil(last).toList();
    }

    /** The form for a stored delegation, to edit it through the secret link. */
    static RegistrationForm fromDelegation(Delegation d) {
        RegistrationForm form = new RegistrationForm();
        form.setDelegationId(d.id());
        form.setVersion(d.version());
        form.setLocality(d.details().locality());
        form.setCountry(d.details().country());
        form.setKind(d.details().kind().name());
        form.setParticipation(d.details().participation() == null ? Participation.IN_PERSON.name() : d.details().participation().name());
        if (d.privately().contact() != null) {
            form.setContactName(d.privately().contact().name());
            form.setContactEmail(d.privately().contact().email());
            form.setContactPhone(d.privately().contact().phone());
        }
        form.setNotes(d.privately().notes());
        form.setHotpotTeamName(d.details().hotpotTeamName());
        if (d.details().stall() != null) {
            StallApplication stall = d.details().stall();
            form.setStallCuisine(stall.cuisine());
            form.setStallStaff(stall.staff() == null ? null : String.valueOf(stall.staff()));
            form.setStallPower(Boolean.TRUE.equals(stall.power()));
            form.setStallWater(Boolean.TRUE.equals(stall.water()));
            form.setStallDishes(stall.dishes() == null ? List.of() : stall.dishes().stream().map(dish -> {
                DishForm row = new DishForm();
                row.setName(dish.name());
                row.setNameZh(dish.nameZh());
                row.setAllergens(new ArrayList<>(dish.allergens().stream().map(Enum::name).sorted().toList()));
                return row;
            }).toList());
        }
        form.setMembers(new ArrayList<>(d.members().stream().map(FormConversion::memberForm).toList()));
        for (int i = 0; i < d.members().size(); i++) {
            if (d.members().get(i).travel().sharesAs() != null) {
                form.getMembers().get(i).setShareRoomWith(d.members().get(i).travel().sharesAs().name());
            }
            String roommate = d.members().get(i).travel().roommateId();
            for (int j = 0; roommate != null && j < d.members().size(); j++) {
                if (d.members().get(j).memberId().equals(roommate)) {
                    form.getMembers().get(i).setShareRoomWith(String.valueOf(j + 1));
                }
            }
        }
        return form;
    }

    private static MemberForm memberForm(Member m) {
        MemberForm f = new MemberForm();
        f.setMemberId(m.memberId());
        f.setRole(m.role().name());
        f.setGivenName(m.identity().givenName());
        f.setFamilyName(m.identity().familyName());
        f.setNativeName(m.identity().nativeName());
        f.setTitle(m.identity().title());
        f.setNationality(m.identity().nationality());
        f.setLanguages(String.join(", ", m.needs().languages()));
        f.setInterpretationNeeded(String.join(", ", m.needs().interpretationNeeded()));
        Passport passport = m.documents().passport();
        if (passport != null) {
            f.setPassportMasked(passport.masked());
            f.setPassportExpiry(passport.expiry() == null ? null : passport.expiry().toString());
        }
        fillLeg(m.travel().arrival(), f::setArrivalMode, f::setArrivalCarrier, f::setArrivalNumber, f::setArrivalPort, f::setArrivalAt);
        fillLeg(m.travel().departure(), f::setDepartureMode, f::setDepartureCarrier, f::setDepartureNumber, f::setDeparturePort,
                f::setDepartureAt);
        if (!m.travel().hotelNights().isEmpty()) {
            f.setHotelFrom(m.travel().hotelNights().get(0).toString());
            f.setHotelTo(m.travel().hotelNights().get(m.travel().hotelNights().size() - 1).plusDays(1).toString());
        }
        f.setDiets(new ArrayList<>(m.needs().diets().stream().map(Enum::name).sorted().toList()));
        f.setAllergens(new ArrayList<>(m.needs().allergens().stream().map(Enum::name).sorted().toList()));
        f.setAccessibility(m.needs().accessibility());
        f.setAttends(new ArrayList<>(m.signUps().attends()));
        f.setTradeInterests(String.join(", ", m.signUps().tradeInterests()));
        f.setHotpotTeam(m.signUps().hotpotTeam());
        if (m.alerts() != null) {
            f.setAlertsEmail(m.alerts().email());
            f.setAlertsPhone(m.alerts().phone());
            f.setAlertsLanguage(m.alerts().language());
        }
        if (m.signUps().remote() != null) {
            ZoneId zone = zone(m.signUps().remote().timeZone());
            f.setRemoteTimeZone(m.signUps().remote().timeZone());
            f.setTechCheckFrom(local(m.signUps().remote().techCheckFrom(), zone));
            f.setTechCheckTo(local(m.signUps().remote().techCheckTo(), zone));
        }
        return f;
    }

    private static void fillLeg(TravelLeg leg, Consumer<String> mode, Consumer<String> carrier,
                                Consumer<String> number, Consumer<String> port,
                                Consumer<String> at) {
        if (leg != null) {
            mode.accept(leg.mode().name());
            carrier.accept(leg.carrier());
            number.accept(leg.number());
            port.accept(leg.port());
            at.accept(leg.scheduledAt().atZone(ConferenceTime.ZONE).toLocalDateTime().toString());
        }
    }

    private static String local(OffsetDateTime time, ZoneId zone) {
        return time == null ? null : time.atZoneSameInstant(zone).toLocalDateTime().toString();
    }

    private static final Pattern MEMBER_PATH = Pattern.compile("members\\[(\\d+)]\\.(.+)");
    private static final Pattern DISH_PATH = Pattern.compile("stall\\.dishes\\[(\\d+)]\\.(.+)");

    /** The form field where a rule broken in the request is shown. */
    static String formField(String requestPath) {
        Matcher member = MEMBER_PATH.matcher(requestPath);
        if (!member.matches()) {
            Matcher dish = DISH_PATH.matcher(requestPath);
            if (dish.matches()) {
                return "stallDishes[" + dish.group(1) + "]." + dish.group(2).replaceAll("\\[\\d+]", "");
            }
            return switch (requestPath) {
                case "contact.name" -> "contactName";
                case "contact.email" -> "contactEmail";
                case "contact.phone" -> "contactPhone";
                case "stall.dishes" -> "stallDishes[0].name";
                case "stall.cuisine" -> "stallCuisine";
                case "stall.staff" -> "stallStaff";
                default -> requestPath.replaceAll("\\[\\d+]$", "");
            };
        }
        String prefix = "members[" + member.group(1) + "].";
        String rest = member.group(2).replaceAll("\\[\\d+]", "");
        String field = switch (rest) {
            case "arrival.mode" -> "arrivalMode";
            case "arrival.carrier" -> "arrivalCarrier";
            case "arrival.number" -> "arrivalNumber";
            case "arrival.port" -> "arrivalPort";
            case "arrival.scheduledAt" -> "arrivalAt";
            case "departure.mode" -> "departureMode";
            case "departure.carrier" -> "departureCarrier";
            case "departure.number" -> "departureNumber";
            case "departure.port" -> "departurePort";
            case "departure.scheduledAt" -> "departureAt";
            case "hotelNights" -> "hotelFrom";
            case "remote.timeZone" -> "remoteTimeZone";
            case "remote.techCheckFrom" -> "techCheckFrom";
            case "remote.techCheckTo" -> "techCheckTo";
            case "alerts.email" -> "alertsEmail";
            case "alerts.phone" -> "alertsPhone";
            case "alerts.language" -> "alertsLanguage";
            case "sharesAs" -> "shareRoomWith";
            default -> rest;
        };
        return prefix + field;
    }

    private static final Set<String> DELEGATION_STEP = Set.of("locality", "country", "kind", "participation", "contactName",
            "contactEmail", "contactPhone", "notes");
    private static final Set<String> MEMBER_STEP = Set.of("role", "givenName", "familyName", "nativeName", "title", "nationality",
            "languages", "interpretationNeeded", "memberId");
    private static final Set<String> NEEDS_STEP = Set.of("diets", "allergens", "accessibility", "attends", "tradeInterests",
            "hotpotTeam", "shareRoomWith", "alertsEmail", "alertsPhone", "alertsLanguage");

    private static final List<String> PAGE_ORDER = List.of("locality", "country", "kind", "participation", "contactName",
            "contactEmail", "contactPhone", "notes", "members", "role", "givenName", "familyName", "nativeName", "title",
            "nationality", "languages", "interpretationNeeded", "arrivalMode", "arrivalCarrier", "arrivalNumber", "arrivalPort",
            "arrivalAt", "departureMode", "departureCarrier", "departureNumber", "departurePort", "departureAt", "hotelFrom",
            "hotelTo", "passportNumber", "passportExpiry", "remoteTimeZone", "techCheckFrom", "techCheckTo", "attends",
            "tradeInterests", "diets", "allergens", "accessibility", "hotpotTeam", "shareRoomWith", "alertsEmail", "alertsPhone",
            "alertsLanguage",
            "hotpotTeamName", "stallCuisine", "stallStaff", "stallDishes");

    /** Where a field comes on the pages, so problems are listed in the order the reader meets the fields. */
    static int pageOrder(String formField) {
        Matcher member = Pattern.compile("members\\[(\\d+)]\\.(.+)").matcher(formField);
        String field = member.matches() ? member.group(2) : formField.startsWith("stallDishes") ? "stallDishes" : formField;
        int memberIndex = member.matches() ? Integer.parseInt(member.group(1)) : 0;
        return stepOf(formField) * 100_000 + memberIndex * 100 + Math.max(0, PAGE_ORDER.indexOf(field));
    }

    /** The wizard step (1 to 4) where a form field is entered. */
    static int stepOf(String formField) {
        if (DELEGATION_STEP.contains(formField)) {
            return 1;
        }
        if (formField.equals("members")) {
            return 2;
        }
        if (formField.equals("hotpotTeamName") || formField.startsWith("stall")) {
            return 4;
        }
        Matcher member = Pattern.compile("members\\[\\d+]\\.(.+)").matcher(formField);
        if (member.matches()) {
            String field = member.group(1);
            if (MEMBER_STEP.contains(field)) {
                return 2;
            }
            return NEEDS_STEP.contains(field) ? 4 : 3;
        }
        return 1;
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String value, String field, Map<String, String> unreadable) {
        if (blank(value)) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            unreadable.put(field, "form.choice.invalid");
            return null;
        }
    }

    private static <E extends Enum<E>> Set<E> enums(Class<E> type, List<String> values) {
        Set<E> result = new LinkedHashSet<>();
        for (String value : values) {
            Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(value)).findFirst().ifPresent(result::add);
        }
        return result;
    }

    private static LocalDate date(String value, String field, Map<String, String> unreadable) {
        if (blank(value)) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            unreadable.put(field, "form.date.invalid");
            return null;
        }
    }

    private static OffsetDateTime dateTime(String value, ZoneId zone, String field, Map<String, String> unreadable) {
        if (blank(value)) {
            return null;
        }
        try {
            return LocalDateTime.parse(value.strip()).atZone(zone == null ? ConferenceTime.ZONE : zone).toOffsetDateTime();
        } catch (DateTimeParseException e) {
            unreadable.put(field, "form.datetime.invalid");
            return null;
        }
    }

    private static ZoneId zone(String id) {
        try {
            return id == null ? null : ZoneId.of(id.strip());
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** Language codes separated by commas or spaces: "lo, zh en". */
    private static List<String> codes(String text) {
        return split(text, "[,，;、\\s]+").stream().map(String::toLowerCase).toList();
    }

    /** Phrases separated by commas: "new-energy vehicles, tea". */
    private static List<String> list(String text) {
        return split(text, "[,，;、]+");
    }

    private static List<String> split(String text, String separators) {
        if (blank(text)) {
            return List.of();
        }
        return Arrays.stream(text.split(separators)).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
    }

    private static String trim(String value) {
        return blank(value) ? null : value.strip();
    }

    private static String upper(String value) {
        return blank(value) ? null : value.strip().toUpperCase(Locale.ROOT);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
