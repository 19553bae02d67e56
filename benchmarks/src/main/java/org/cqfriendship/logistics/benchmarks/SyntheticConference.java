package org.cqfriendship.logistics.benchmarks;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Registrations shaped like the real conference, {@code scale} times over: per unit 38 city
 * delegations (a head and 8–16 members), 9 friendship organisations (a head and 3–7) and 17 envoys
 * (a head and 1–3), about 600 people. They fly into CKG or come by rail to CQW between 18 May and
 * the morning of 20 May, most of a delegation on one service, sign up for the sessions as a real
 * delegation would (the opening for all, one of the two overlapping afternoon sessions, …) and
 * state a few dietary needs. The same seed gives the same conference.
 */
final class SyntheticConference {

    static final int DELEGATIONS_PER_UNIT = 64;
    private static final String[] COUNTRIES = {"LA", "RU", "ES", "FR", "HU", "SK", "UZ", "MN", "VN", "MM", "KR", "US", "BR", "DE",
            "IT", "TH", "KH", "MY", "ID", "PK", "KZ", "BY", "RS", "GR", "PT", "AR", "CL", "EG", "ZA"};
    private static final String[] LANGUAGES = {"en", "ru", "es", "fr", "lo", "ko", "vi", "my", "mn", "hu", "sk", "uz"};
    private static final OffsetDateTime FIRST_DAY = OffsetDateTime.of(2026, 5, 18, 7, 0, 0, 0, ZoneOffset.ofHours(8));

    private final Random random;
    private final int scale;
    private final List<OffsetDateTime> flightTimes = new ArrayList<>();
    private int delegates;

    SyntheticConference(int scale, long seed) {
        this.scale = scale;
        this.random = new Random(seed);
        // About 40 arriving services per unit of scale, between 07:00 and 22:00 on 18 and 19 May and
        // before 09:00 on 20 May, on five-minute marks.
        for (int i = 0; i < 40 * scale; i++) {
            int day = random.nextInt(5) < 2 ? 0 : random.nextInt(5) < 4 ? 1 : 2;
            int minutes = day == 2 ? random.nextInt(24) * 5 : random.nextInt(180) * 5;
            flightTimes.add(FIRST_DAY.plusDays(day).plusMinutes(minutes));
        }
    }

    /** How many people the registrations made so far name. */
    int delegates() {
        return delegates;
    }

    /** Every registration, as the JSON a client posts. */
    List<String> registrations() {
        List<String> all = new ArrayList<>();
        int n = 0;
        for (int unit = 0; unit < scale; unit++) {
            for (int i = 0; i < 38; i++) {
                all.add(delegation(++n, "LOCAL_GOVERNMENT", 8 + random.nextInt(9)));
            }
            for (int i = 0; i < 9; i++) {
                all.add(delegation(++n, "FRIENDSHIP_ORGANISATION", 3 + random.nextInt(5)));
            }
            for (int i = 0; i < 17; i++) {
                all.add(delegation(++n, "EMBASSY_OR_CONSULATE", 1 + random.nextInt(3)));
            }
        }
        return all;
    }

    private String delegation(int n, String kind, int others) {
        int service = random.nextInt(flightTimes.size());
        boolean rail = random.nextInt(100) < 15;
        List<String> members = new ArrayList<>();
        for (int m = 0; m <= others; m++) {
            // One in ten comes on a service of their own.
            int own = random.nextInt(10) == 0 ? random.nextInt(flightTimes.size()) : service;
            members.add(member(m == 0, own, rail));
            delegates++;
        }
        return """
                { "locality": "Scale City %d", "country": "%s", "kind": "%s", "coordinatorId": "coord-demo",
                  "members": [ %s ] }""".formatted(n, COUNTRIES[random.nextInt(COUNTRIES.length)], kind, String.join(", ", members));
    }

    private String member(boolean head, int service, boolean rail) {
        OffsetDateTime arrives = flightTimes.get(service);
        String arrival = rail
                ? "{ \"mode\": \"RAIL\", \"carrier\": \"CR\", \"number\": \"D%d\", \"port\": \"CQW\", \"scheduledAt\": \"%s\" }".formatted(1000 + service, arrives)
                : "{ \"mode\": \"AIR\", \"carrier\": \"QV\", \"number\": \"QV%d\", \"port\": \"CKG\", \"scheduledAt\": \"%s\" }".formatted(100 + service, arrives);
        String departure = "{ \"mode\": \"AIR\", \"carrier\": \"QV\", \"number\": \"QV9%d\", \"port\": \"CKG\", \"scheduledAt\": \"%s\" }"
                .formatted(random.nextInt(90), FIRST_DAY.plusDays(4).plusMinutes(random.nextInt(150) * 5));
        List<String> attends = new ArrayList<>(List.of("\"opening-ceremony\""));
        attends.add(random.nextBoolean() ? "\"trade-matchmaking\"" : "\"culture-tourism-promotion\"");
        if (random.nextInt(10) < 6) {
            attends.add("\"exhibition\"");
        }
        if (random.nextBoolean()) {
            attends.add("\"food-carnival\"");
        }
        if (random.nextInt(10) == 0) {
            attends.add("\"hotpot-contest\"");
        }
        int need = random.nextInt(100);
        String diets = need < 8 ? "[\"HALAL\"]" : need < 13 ? "[\"VEGETARIAN\"]" : need < 15 ? "[\"VEGAN\"]" : need < 25 ? "[\"NO_SPICY_FOOD\"]" : "[]";
        String allergens = random.nextInt(100) < 4 ? "[\"PEANUTS\"]" : "[]";
        String accessibility = random.nextInt(100) == 0 ? ", \"accessibility\": \"wheelchair\"" : "";
        return """
                { "role": "%s", "givenName": "Test", "familyName": "Delegate", "languages": ["%s"], "diets": %s, "allergens": %s%s,
                  "arrival": %s, "departure": %s, "attends": [ %s ] }""".formatted(head ? "HEAD" : "MEMBER",
                LANGUAGES[random.nextInt(LANGUAGES.length)], diets, allergens, accessibility, arrival, departure, String.join(", ", attends));
    }
}
