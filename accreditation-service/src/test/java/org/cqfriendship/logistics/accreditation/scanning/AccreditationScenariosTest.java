package org.cqfriendship.logistics.accreditation.scanning;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.cqfriendship.logistics.accreditation.badges.BadgeCodes;
import org.cqfriendship.logistics.contracts.EventContract;
import org.cqfriendship.logistics.support.config.ConferenceTime;
import org.cqfriendship.logistics.support.security.DelegationLinks;
import org.cqfriendship.logistics.support.testing.DemoStaff;
import org.cqfriendship.logistics.support.testing.EmbeddedPlatformTest;
import org.cqfriendship.logistics.support.testing.HttpProbe;
import org.cqfriendship.logistics.support.testing.ServiceScenarios;
import org.cqfriendship.logistics.support.testing.TopicProbe;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Badges, zones and scans on the real broker and store: issue §1–§5's scenarios. */
@EmbeddedPlatformTest
class AccreditationScenariosTest extends ServiceScenarios {

    static final Duration PATIENCE = Duration.ofSeconds(30);

    @Autowired
    BadgeCodes codes;
    @Autowired
    DelegationLinks links;

    @Override
    protected String[] watchedTopics() {
        return new String[] {"accreditation.checkins"};
    }

    /** A delegation of four: its head, a delegate, a journalist and an interpreter, arriving at CKG on {@code day}. */
    record Delegation(String id, String head, String member, String media, String interpreter) {
    }

    Delegation register(LocalDate day, String... attends) {
        return register("Luang Prabang Province", day, attends);
    }

    Delegation register(String locality, LocalDate day, String... attends) {
        String id = UUID.randomUUID().toString();
        Delegation d = new Delegation(id, UUID.randomUUID().toString(), UUID.randomUUID().toString(), UUID.randomUUID().toString(),
                UUID.randomUUID().toString());
        String sessions = String.join(", ", List.of(attends).stream().map(s -> "\"" + s + "\"").toList());
        String arrival = day.atTime(10, 40).atZone(ConferenceTime.ZONE).toOffsetDateTime().toString();
        topics.publish("registration.delegations", id, "DelegationRegistered", """
                {"delegationId": "%s", "delegationVersion": 1, "locality": "%s", "country": "LA",
                 "kind": "LOCAL_GOVERNMENT", "coordinatorId": "coord-demo", "registeredAt": "2026-05-01T09:00:00Z", "members": [
                  %s, %s, %s, %s]}""".formatted(id, locality,
                member(d.head(), "HEAD", "Khamphone Vongsa", "ຄຳພອນ ວົງສາ", arrival, sessions),
                member(d.member(), "MEMBER", "Noy Phommachanh", null, arrival, sessions),
                member(d.media(), "MEDIA", "Dara Sisouk", null, arrival, "\"opening-ceremony\""),
                member(d.interpreter(), "INTERPRETER", "Wang Fang", "王芳", arrival, "")));
        await().atMost(PATIENCE).until(() -> office().get("/api/delegations/" + id + "/badges").status() == 200
                && office().get("/api/delegations/" + id + "/badges").json().size() == 4);
        return d;
    }

    static String member(String id, String role, String name, String nativeName, String arrival, String attends) {
        return """
                {"memberId": "%s", "role": "%s", "displayName": "%s", "nativeName": %s, "title": null, "nationality": "LA",
                 "arrival": {"mode": "AIR", "carrier": "QV", "number": "QV619", "port": "CKG", "scheduledAt": "%s"},
                 "hotelNights": [], "attends": [%s]}""".formatted(id, role, name, nativeName == null ? "null" : "\"" + nativeName + "\"",
                arrival, attends);
    }

    HttpProbe office() {
        return http.as(DemoStaff.PROGRAMME);
    }

    HttpProbe desk() {
        return http.as(DemoStaff.DESK);
    }

    JsonNode badgeOf(Delegation d, String memberId) {
        return office().get("/api/delegations/" + d.id() + "/badges").json().valueStream()
                .filter(b -> b.get("memberId").asString().equals(memberId)).findFirst().orElseThrow();
    }

    String numberOf(Delegation d, String memberId) {
        return badgeOf(d, memberId).get("number").asString();
    }

    String qrOf(Delegation d, String memberId) {
        return codes.code(numberOf(d, memberId), memberId);
    }

    HttpProbe.Answer scan(String key, String code, String place) {
        return desk().postJson("/api/scans", """
                {"key": "%s", "code": "%s", "placeId": "%s"}""".formatted(key, code, place));
    }

    List<ConsumerRecord<String, String>> checkIns(String delegationId) {
        return topics.records(r -> delegationId.equals(r.key())).stream().filter(TopicProbe.ofType("CheckedIn")).toList();
    }

    @Test
    void eachMemberHasABadgeAndTheZonesOfTheirRole() {
        Delegation d = register(LocalDate.of(2026, 5, 20));

        assertThat(badgeOf(d, d.head()).get("zones").valueStream().map(JsonNode::asString)).contains("vip-lounge").doesNotContain("press-area");
        assertThat(badgeOf(d, d.media()).get("zones").valueStream().map(JsonNode::asString)).contains("press-area").doesNotContain("vip-lounge");
        assertThat(numberOf(d, d.head())).matches("CQ-[0-9A-Z]{4}-[0-9A-Z]{4}");
        assertThat(badgeOf(d, d.head()).get("state").asString()).isEqualTo("issued");
    }

    @Test
    void aScanAtThePortDeskIsOneCheckInEvenWhenTheOfflinePageSendsItTwice() {
        Delegation d = register(LocalDate.of(2026, 5, 20));
        String key = UUID.randomUUID().toString();

        HttpProbe.Answer first = scan(key, qrOf(d, d.head()), "ckg-desk");
        HttpProbe.Answer again = scan(key, qrOf(d, d.head()), "ckg-desk");

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.json().get("accepted").asBoolean()).isTrue();
        assertThat(first.json().get("displayName").asString()).isEqualTo("Khamphone Vongsa");
        assertThat(again.json().get("accepted").asBoolean()).isTrue();
        await().atMost(PATIENCE).until(() -> checkIns(d.id()).size() == 1);
        String event = checkIns(d.id()).get(0).value();
        EventContract.assertConforms("CheckedIn", event);
        assertThat(event).contains("\"placeKind\":\"PORT\"", "\"port\":\"CKG\"", "\"firstAtPlace\":true", "\"role\":\"HEAD\"");

        scan(UUID.randomUUID().toString(), numberOf(d, d.head()).toLowerCase(), "ckg-desk");
        await().atMost(PATIENCE).until(() -> checkIns(d.id()).size() == 2);
        assertThat(checkIns(d.id()).get(1).value()).as("a second scan at the same desk is not the arrival").contains("\"firstAtPlace\":false");
        assertThat(checkIns(d.id())).hasSize(2);
    }

    @Test
    void aBadgeRevokedByANewNameOrALostBadgeIsRefusedAndItsSuccessorAccepted() {
        Delegation d = register(LocalDate.of(2026, 5, 20));
        String oldCode = qrOf(d, d.member());
        String oldNumber = numberOf(d, d.member());

        topics.publish("registration.delegations", d.id(), "DelegateDetailsChanged", """
                {"delegationId": "%s", "delegationVersion": 2, "changedAt": "2026-05-02T08:00:00Z", "memberId": "%s",
                 "role": "MEMBER", "displayName": "Noy Phommachanh-Vang", "nativeName": null, "title": null, "nationality": "LA"}"""
                .formatted(d.id(), d.member()));
        await().atMost(PATIENCE).until(() -> !numberOf(d, d.member()).equals(oldNumber));

        HttpProbe.Answer refused = scan(UUID.randomUUID().toString(), oldCode, "main-hall-door");
        assertThat(refused.json().get("accepted").asBoolean()).isFalse();
        assertThat(refused.json().get("refusal").asString()).isEqualTo("REVOKED");
        assertThat(refused.json().get("reason").asString()).contains("revoked");
        assertThat(scan(UUID.randomUUID().toString(), qrOf(d, d.member()), "main-hall-door").json().get("accepted").asBoolean()).isTrue();
        assertThat(badgeOf(d, d.member()).get("revoked").valueStream().map(JsonNode::asString)).containsExactly(oldNumber);

        // Lost badge: staff reissue it on the office page.
        HttpProbe staff = http.signedIn(DemoStaff.PROGRAMME);
        String beforeLoss = numberOf(d, d.member());
        assertThat(staff.postForm("/badges/" + d.id() + "/members/" + d.member() + "/reissue",
                "_csrf", staff.csrfToken("/badges/" + d.id())).status()).isEqualTo(302);
        assertThat(numberOf(d, d.member())).isNotEqualTo(beforeLoss);
        assertThat(scan(UUID.randomUUID().toString(), beforeLoss, "main-hall-door").json().get("refusal").asString()).isEqualTo("REVOKED");
        assertThat(checkIns(d.id())).allSatisfy(r -> assertThat(r.value()).doesNotContain(oldNumber));

        // Withdrawn: the badge of the third generation goes too.
        String lastCode = qrOf(d, d.member());
        topics.publish("registration.delegations", d.id(), "DelegateWithdrawn", """
                {"delegationId": "%s", "delegationVersion": 3, "memberId": "%s"}""".formatted(d.id(), d.member()));
        await().atMost(PATIENCE).until(() -> "REVOKED".equals(
                scan(UUID.randomUUID().toString(), lastCode, "main-hall-door").json().path("refusal").asString()));
    }

    @Test
    void theWrongZoneIsRefusedInTheDesksLanguageUntilStaffGrantIt() {
        Delegation d = register(LocalDate.of(2026, 5, 20));

        HttpProbe.Answer journalist = desk().postJson("/api/scans", """
                {"key": "%s", "code": "%s", "placeId": "vip-lounge-door"}""".formatted(UUID.randomUUID(), qrOf(d, d.media())),
                "Accept-Language", "ru");
        assertThat(journalist.json().get("refusal").asString()).isEqualTo("WRONG_ZONE");
        assertThat(journalist.json().get("reason").asString()).isEqualTo("Этот бейдж не даёт доступа: VIP-зал.");
        assertThat(scan(UUID.randomUUID().toString(), qrOf(d, d.head()), "vip-lounge-door").json().get("accepted").asBoolean()).isTrue();
        assertThat(scan(UUID.randomUUID().toString(), qrOf(d, d.head()), "press-area-door").json().get("refusal").asString())
                .isEqualTo("WRONG_ZONE");

        HttpProbe staff = http.signedIn(DemoStaff.PROGRAMME);
        staff.postForm("/badges/" + d.id() + "/members/" + d.media() + "/zones", "zone", "vip-lounge", "allowed", "true",
                "_csrf", staff.csrfToken("/badges/" + d.id()));
        assertThat(scan(UUID.randomUUID().toString(), qrOf(d, d.media()), "vip-lounge-door").json().get("accepted").asBoolean()).isTrue();
    }

    @Test
    void aForgedCodeOrOneMovedToAnotherMembersBadgeIsRefused() {
        Delegation d = register(LocalDate.of(2026, 5, 20));
        String headNumber = numberOf(d, d.head());

        String moved = codes.code(headNumber, d.member()); // the head's number, signed as if it were the member's
        assertThat(scan(UUID.randomUUID().toString(), moved, "ckg-desk").json().get("refusal").asString()).isEqualTo("NOT_GENUINE");
        HttpProbe.Answer forged = scan(UUID.randomUUID().toString(), "CQB1." + headNumber + ".AAAAAAAAAAAAAAAAAAAAAA", "ckg-desk");
        assertThat(forged.json().get("refusal").asString()).isEqualTo("NOT_GENUINE");
        assertThat(forged.json().has("displayName") && !forged.json().get("displayName").isNull()).as("a forged code names nobody").isFalse();
        assertThat(scan(UUID.randomUUID().toString(), "CQ-0000-0000", "ckg-desk").json().get("refusal").asString()).isEqualTo("NOT_GENUINE");
        assertThat(scan(UUID.randomUUID().toString(), "CQ-0000-0000", "nowhere").status()).isEqualTo(400);
        assertThat(checkIns(d.id())).isEmpty();
    }

    @Test
    void aSignUpNotScannedAtTheDoorIsListedAsANoShowForProgrammeStaff() {
        Instant started = Instant.now().minus(20, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.MINUTES);
        LocalDate today = started.atZone(ConferenceTime.ZONE).toLocalDate();
        topics.publish("itinerary.sessions", "opening-ceremony", "SessionPublished", """
                {"sessionId": "opening-ceremony", "title": "Opening ceremony", "slot": {"startsAt": "%s", "endsAt": "%s",
                 "venue": "Main hall"}, "capacity": 500, "publishedAt": "2026-05-10T08:00:00Z"}"""
                .formatted(started.atZone(ConferenceTime.ZONE).toOffsetDateTime(), started.plus(2, ChronoUnit.HOURS).atZone(ConferenceTime.ZONE).toOffsetDateTime()));
        Delegation d = register(today, "opening-ceremony");
        HttpProbe staff = http.signedIn(DemoStaff.PROGRAMME);
        await().atMost(PATIENCE).until(() -> staff.get("/no-shows?day=" + today).body().contains("Opening ceremony"));

        assertThat(scan(UUID.randomUUID().toString(), qrOf(d, d.head()), "main-hall-door").json().get("accepted").asBoolean()).isTrue();

        String page = staff.get("/no-shows?day=" + today).body();
        String session = page.substring(page.indexOf("session-opening-ceremony"));
        assertThat(session).contains("Noy Phommachanh", "Dara Sisouk").doesNotContain("Khamphone Vongsa").doesNotContain("Wang Fang");
    }

    @Test
    void aScanAfterMidnightCountsForASessionThatBeganBeforeIt() {
        Instant now = Instant.now();
        Instant midnight = now.atZone(ConferenceTime.ZONE).toLocalDate().atStartOfDay(ConferenceTime.ZONE).toInstant();
        Instant scannedAt = midnight.plus(10, ChronoUnit.MINUTES);
        if (scannedAt.isAfter(now)) {
            scannedAt = scannedAt.minus(1, ChronoUnit.DAYS); // still within the desk's day offline
        }
        Instant started = scannedAt.minus(20, ChronoUnit.MINUTES);
        LocalDate dayBefore = started.atZone(ConferenceTime.ZONE).toLocalDate();
        topics.publish("itinerary.sessions", "culture-tourism-promotion", "SessionPublished", """
                {"sessionId": "culture-tourism-promotion", "title": "Culture and tourism promotion", "slot": {"startsAt": "%s",
                 "endsAt": "%s", "venue": "Main hall"}, "capacity": 500, "publishedAt": "2026-05-10T08:00:00Z"}"""
                .formatted(started.atZone(ConferenceTime.ZONE).toOffsetDateTime(),
                        started.plus(2, ChronoUnit.HOURS).atZone(ConferenceTime.ZONE).toOffsetDateTime()));
        Delegation d = register(dayBefore, "culture-tourism-promotion");
        HttpProbe staff = http.signedIn(DemoStaff.PROGRAMME);
        await().atMost(PATIENCE).until(() -> staff.get("/no-shows?day=" + dayBefore).body().contains("Culture and tourism promotion"));

        HttpProbe.Answer offline = desk().postJson("/api/scans", """
                {"key": "%s", "code": "%s", "placeId": "main-hall-door", "scannedAt": "%s"}"""
                .formatted(UUID.randomUUID(), qrOf(d, d.head()), scannedAt));
        assertThat(offline.json().get("accepted").asBoolean()).isTrue();

        String page = staff.get("/no-shows?day=" + dayBefore).body();
        String session = page.substring(page.indexOf("session-culture-tourism-promotion"));
        assertThat(session).contains("Noy Phommachanh").doesNotContain("Khamphone Vongsa");
    }

    @Test
    void theBoardCountsArrivalsAndListsTheHeadsStillAwaited() {
        LocalDate day = LocalDate.now(ConferenceTime.ZONE); // the board counts the day's scans, made now
        Delegation d = register("Vientiane Capital", day);
        HttpProbe staff = http.signedIn(DemoStaff.OPERATIONS);
        String before = staff.get("/board?day=" + day).body();
        assertThat(before.substring(before.indexOf("id=\"heads\""), before.indexOf("id=\"delegations\""))).contains("Vientiane Capital");

        scan(UUID.randomUUID().toString(), qrOf(d, d.member()), "ckg-desk");
        scan(UUID.randomUUID().toString(), qrOf(d, d.head()), "ckg-desk");

        String board = staff.get("/board?day=" + day).body();
        assertThat(board.replaceAll("\\s+", "")).contains("<td>VientianeCapital(LA)</td><td>4</td><td>2</td>");
        assertThat(board).containsPattern("\\d+ of \\d+ expected today have arrived.");
        assertThat(board.substring(board.indexOf("id=\"heads\""), board.indexOf("id=\"delegations\""))).doesNotContain("Vientiane Capital");
    }

    @Test
    void badgesPrintAsPdfInEveryScriptAndTheDelegationSeesThemPrinted() throws Exception {
        Delegation d = register(LocalDate.of(2026, 5, 20));
        HttpProbe staff = http.signedIn(DemoStaff.PROGRAMME);

        HttpResponse<byte[]> a6 = staff.getBytes("/badges/" + d.id() + "/badges.pdf?layout=a6");
        HttpResponse<byte[]> stock = staff.getBytes("/badges/" + d.id() + "/badges.pdf?layout=stock");

        assertThat(a6.statusCode()).isEqualTo(200);
        assertThat(a6.headers().firstValue("Content-Type")).contains("application/pdf");
        try (PDDocument pdf = Loader.loadPDF(a6.body())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(4);
            assertThat(pdf.getPage(0).getMediaBox().getWidth()).isBetween(295f, 300f); // A6: 105 mm
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains(numberOf(d, d.head()), "Khamphone Vongsa", "HEAD OF DELEGATION", "VIP lounge");
            if (Files.isReadable(Path.of("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"))) {
                assertThat(text).contains("王芳");
            }
        }
        try (PDDocument pdf = Loader.loadPDF(stock.body())) {
            assertThat(pdf.getNumberOfPages()).as("four badges to an A4 sheet").isEqualTo(1);
        }
        assertThat(badgeOf(d, d.head()).get("state").asString()).isEqualTo("printed");

        String own = http.browser().get("/d/" + links.tokenFor(d.id()) + "/badges").body();
        assertThat(own).contains("Khamphone Vongsa", "Printed");
        assertThat(http.browser().get("/d/" + links.tokenFor(UUID.randomUUID().toString()) + "/badges").status()).isEqualTo(404);
    }
}
