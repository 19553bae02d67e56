package org.cqfriendship.logistics.itinerary.rooms;

import org.springframework.validation.BindingResult;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * A hotel as the staff's page edits it: every value as typed, so that a bad one comes back with
 * its message instead of being lost; blank block rows are for adding blocks, and a block marked
 * {@code remove} is dropped.
 */
public class HotelForm {

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{1,39}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    /** Blank block rows offered for adding blocks. */
    static final int NEW_BLOCKS = 2;

    private String id;
    private String name;
    private String address;
    private String checkIn;
    private String checkOut;
    private String minutesToVenue;
    private String reservationsEmail;
    private String reservationsLanguage;
    private boolean illustrative;
    private List<PortMinutes> ports = new ArrayList<>();
    private List<BlockRow> blocks = new ArrayList<>();

    /** The drive from a port, in minutes (blank: the venue's distance is used). */
    public static class PortMinutes {
        private String port;
        private String minutes;

        public PortMinutes() {
        }

        PortMinutes(String port, String minutes) {
            this.port = port;
            this.minutes = minutes;
        }

        public String getPort() { return port; }
        public void setPort(String port) { this.port = port; }
        public String getMinutes() { return minutes; }
        public void setMinutes(String minutes) { this.minutes = minutes; }
    }

    /** A block: its nights, room type, count, who may have it ({@code forRoles}, comma-separated; blank: anyone). */
    public static class BlockRow {
        private String firstNight;
        private String lastNight;
        private String type;
        private String count;
        private String forRoles;
        private boolean remove;

        boolean blank() {
            return isBlank(firstNight) && isBlank(lastNight) && isBlank(type) && isBlank(count);
        }

        public String getFirstNight() { return firstNight; }
        public void setFirstNight(String firstNight) { this.firstNight = firstNight; }
        public String getLastNight() { return lastNight; }
        public void setLastNight(String lastNight) { this.lastNight = lastNight; }
        public String getType() { return type; }
        public void setType(String type) { this.type = type; }
        public String getCount() { return count; }
        public void setCount(String count) { this.count = count; }
        public String getForRoles() { return forRoles; }
        public void setForRoles(String forRoles) { this.forRoles = forRoles; }
        public boolean isRemove() { return remove; }
        public void setRemove(boolean remove) { this.remove = remove; }
    }

    /** A form for a new hotel: the ports, and blank blocks to fill. */
    static HotelForm empty(Set<String> ports) {
        HotelForm form = new HotelForm();
        form.checkIn = "14:00";
        form.checkOut = "12:00";
        form.reservationsLanguage = "zh";
        ports.stream().sorted().forEach(p -> form.ports.add(new PortMinutes(p, null)));
        form.addBlankBlocks();
        return form;
    }

    /** The form showing a stored hotel, with the ports it lists and those known elsewhere, and blank blocks to add. */
    static HotelForm of(Accommodation.Hotel hotel, Set<String> ports) {
        HotelForm form = new HotelForm();
        form.id = hotel.id();
        form.name = hotel.name();
        form.address = hotel.address();
        form.checkIn = hotel.checkIn().toString();
        form.checkOut = hotel.checkOut().toString();
        form.minutesToVenue = String.valueOf(hotel.minutesToVenue());
        form.reservationsEmail = hotel.reservationsEmail();
        form.reservationsLanguage = hotel.reservationsLanguage();
        form.illustrative = hotel.illustrative();
        Set<String> all = new TreeSet<>(ports);
        all.addAll(hotel.minutesToPort().keySet());
        all.forEach(p -> form.ports.add(new PortMinutes(p, hotel.minutesToPort().containsKey(p)
                ? String.valueOf(hotel.minutesToPort().get(p)) : null)));
        for (Accommodation.Block block : hotel.blocks()) {
            BlockRow row = new BlockRow();
            row.firstNight = block.firstNight().toString();
            row.lastNight = block.lastNight().toString();
            row.type = block.type().name();
            row.count = String.valueOf(block.count());
            row.forRoles = String.join(",", new TreeSet<>(block.forRoles()));
            form.blocks.add(row);
        }
        form.addBlankBlocks();
        return form;
    }

    void addBlankBlocks() {
        for (int i = 0; i < NEW_BLOCKS; i++) {
            blocks.add(new BlockRow());
        }
    }

    /**
     * The hotel as typed, or null with each bad value rejected on its field (message codes of the
     * service's messages); {@code rows} is filled with the form row of each block kept, so that a
     * problem the store finds with a block is shown on its row.
     */
    Accommodation.Hotel toHotel(String hotelId, BindingResult errors, List<Integer> rows) {
        String hotel = hotelId != null ? hotelId : trim(id);
        if (hotelId == null && (hotel == null || !ID.matcher(hotel).matches())) {
            errors.rejectValue("id", "hotel.id.pattern");
        }
        if (isBlank(name)) {
            errors.rejectValue("name", "hotel.name.required");
        }
        if (isBlank(address)) {
            errors.rejectValue("address", "hotel.address.required");
        }
        LocalTime in = time(checkIn, "checkIn", errors);
        LocalTime out = time(checkOut, "checkOut", errors);
        Integer venue = minutes(minutesToVenue, "minutesToVenue", errors, true);
        Map<String, Integer> toPort = new LinkedHashMap<>();
        for (int i = 0; i < ports.size(); i++) {
            Integer drive = minutes(ports.get(i).minutes, "ports[" + i + "].minutes", errors, false);
            if (drive != null && !isBlank(ports.get(i).port)) {
                toPort.put(ports.get(i).port.strip(), drive);
            }
        }
        if (!isBlank(reservationsEmail) && !EMAIL.matcher(reservationsEmail.strip()).matches()) {
            errors.rejectValue("reservationsEmail", "hotel.email");
        }
        List<Accommodation.Block> kept = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            BlockRow row = blocks.get(i);
            if (row.remove || row.blank()) {
                continue;
            }
            Accommodation.Block block = block(row, "blocks[" + i + "].", errors);
            if (block != null) {
                kept.add(block);
                rows.add(i);
            }
        }
        if (errors.hasErrors()) {
            return null;
        }
        return new Accommodation.Hotel(hotel, name.strip(), trim(address), in, out, venue, toPort, trim(reservationsEmail),
                isBlank(reservationsLanguage) ? null : reservationsLanguage.strip(), illustrative, kept);
    }

    private static Accommodation.Block block(BlockRow row, String at, BindingResult errors) {
        LocalDate first = date(row.firstNight, at + "firstNight", errors);
        LocalDate last = date(row.lastNight, at + "lastNight", errors);
        RoomType type = Arrays.stream(RoomType.values()).filter(t -> t.name().equals(trim(row.type))).findFirst().orElse(null);
        if (type == null) {
            errors.rejectValue(at + "type", "hotel.block.type");
        }
        Integer count = null;
        try {
            count = Integer.valueOf(trim(row.count) == null ? "" : trim(row.count));
        } catch (NumberFormatException e) {
            errors.rejectValue(at + "count", "hotel.block.count");
        }
        Set<String> roles = new LinkedHashSet<>();
        if (!isBlank(row.forRoles)) {
            Arrays.stream(row.forRoles.split(",")).map(String::strip).filter(r -> !r.isEmpty()).forEach(roles::add);
        }
        if (!roles.stream().allMatch(r -> r.matches("HEAD|MEMBER|INTERPRETER|SECURITY|MEDIA|STAFF"))) {
            errors.rejectValue(at + "forRoles", "hotel.block.roles");
            return null;
        }
        return first == null || last == null || type == null || count == null ? null
                : new Accommodation.Block(first, last, type, count, roles);
    }

    private static LocalTime time(String value, String field, BindingResult errors) {
        return parsed(value, LocalTime::parse, field, "hotel.time", errors);
    }

    private static LocalDate date(String value, String field, BindingResult errors) {
        return parsed(value, LocalDate::parse, field, "hotel.block.nights", errors);
    }

    /** The value parsed, or null with {@code code} rejected on the field when it is blank or does not parse. */
    private static <T> T parsed(String value, Function<String, T> parser, String field, String code,
                                BindingResult errors) {
        try {
            return parser.apply(trim(value) == null ? "" : trim(value));
        } catch (DateTimeParseException e) {
            errors.rejectValue(field, code);
            return null;
        }
    }

    private static Integer minutes(String value, String field, BindingResult errors, boolean required) {
        if (isBlank(value) && !required) {
            return null;
        }
        try {
            int minutes = Integer.parseInt(trim(value) == null ? "" : trim(value));
            if (minutes >= 0 && minutes <= 600) {
                return minutes;
            }
        } catch (NumberFormatException e) {
            // the message below says what is wanted
        }
        errors.rejectValue(field, "hotel.minutes");
        return null;
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    private static String trim(String value) {
        return isBlank(value) ? null : value.strip();
    }

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = address; }
    public String getCheckIn() { return checkIn; }
    public void setCheckIn(String checkIn) { this.checkIn = checkIn; }
    public String getCheckOut() { return checkOut; }
    public void setCheckOut(String checkOut) { this.checkOut = checkOut; }
    public String getMinutesToVenue() { return minutesToVenue; }
    public void setMinutesToVenue(String minutesToVenue) { this.minutesToVenue = minutesToVenue; }
    public String getReservationsEmail() { return reservationsEmail; }
    public void setReservationsEmail(String reservationsEmail) { this.reservationsEmail = reservationsEmail; }
    public String getReservationsLanguage() { return reservationsLanguage; }
    public void setReservationsLanguage(String reservationsLanguage) { this.reservationsLanguage = reservationsLanguage; }
    public boolean isIllustrative() { return illustrative; }
    public void setIllustrative(boolean illustrative) { this.illustrative = illustrative; }
    public List<PortMinutes> getPorts() { return ports; }
    public void setPorts(List<PortMinutes> ports) { this.ports = ports; }
    public List<BlockRow> getBlocks() { return blocks; }
    public void setBlocks(List<BlockRow> blocks) { this.blocks = blocks; }
}
