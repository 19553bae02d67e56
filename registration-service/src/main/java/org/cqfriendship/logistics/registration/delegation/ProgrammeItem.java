package org.cqfriendship.logistics.registration.delegation;

import java.util.Arrays;
import java.util.Optional;

/** The programme items named in the conference reports, by the code used on the API and in events. */
public enum ProgrammeItem {
    OPENING_CEREMONY("opening-ceremony"),
    TRADE_MATCHMAKING("trade-matchmaking"),
    CULTURE_TOURISM_PROMOTION("culture-tourism-promotion"),
    EXHIBITION("exhibition"),
    FOOD_CARNIVAL("food-carnival"),
    HOTPOT_CONTEST("hotpot-contest");

    private final String code;

    ProgrammeItem(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<ProgrammeItem> ofCode(String code) {
        return Arrays.stream(values()).filter(item -> item.code.equals(code)).findFirst();
    }

    public static String codes() {
        return String.join(", ", Arrays.stream(values()).map(ProgrammeItem::code).toList());
    }
}
