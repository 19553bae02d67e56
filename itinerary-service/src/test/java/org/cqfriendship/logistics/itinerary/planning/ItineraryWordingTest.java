package org.cqfriendship.logistics.itinerary.planning;

import org.cqfriendship.logistics.itinerary.planning.RegisteredDelegation.Arrival;
import org.cqfriendship.logistics.itinerary.planning.RegisteredDelegation.Traveller;
import org.cqfriendship.logistics.itinerary.programme.Programme;
import org.cqfriendship.logistics.itinerary.programme.Session;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cqfriendship.logistics.itinerary.planning.ItineraryPlannerTest.at;

/** The plan is stored once, in facts and English; each reader gets it worded in their language. */
class ItineraryWordingTest {

    private static final Programme PROGRAMME = Programme.of(List.of(
            new Session("opening-ceremony", "Opening ceremony", "Main hall", at("2026-05-20T11:20"), at("2026-05-20T12:30"), false, false,
                    800, List.of("ru"), null, null, Map.of(
                    "zh", new Session.Texts("开幕式", "主会场", null),
                    "ru", new Session.Texts("Церемония открытия", null, null))),
            new Session("exhibition", "Exhibition", "Hall", at("2026-05-20T13:30"), at("2026-05-20T18:00"), true, true)));

    private static final ItineraryPlanner PLANNER = new ItineraryPlanner(PROGRAMME, new PlanningSettings(Duration.ofMinutes(90)));

    /** Lands 10:40 for an 11:20 opening, too late with 90 minutes to the venue; a remote speaker gives a speech by video. */
    private static final RegisteredDelegation DELEGATION = new RegisteredDelegation("d-1", "Luang Prabang Province", "coord-demo", List.of(
            new Traveller("m-1", "HEAD_OF_DELEGATION", "Khamla Sisavath", new Arrival("AIR", "QV619", "CKG", at("2026-05-20T10:40").toInstant()),
                    List.of("opening-ceremony", "exhibition")),
            new Traveller("m-2", "MEMBER", "Bounmy Phommachanh", null, List.of("opening-ceremony"), null, "Asia/Vientiane", Needs.NONE, null)));

    private final ItineraryWording wording = new ItineraryWording(messages(), PLANNER, StaySettings.DEFAULTS);

    @Test
    void aChineseReaderReadsSessionsPickupsVideoLinksAndClashesInChinese() {
        ItineraryView view = viewIn(Locale.SIMPLIFIED_CHINESE);

        assertThat(titles(view)).contains("开幕式", "接站：CKG（QV619）", "视频连线致辞：开幕式", "视频技术调试（开幕式 之前）");
        assertThat(entry(view, "session-opening-ceremony").place()).isEqualTo("主会场");
        assertThat(entry(view, "session-opening-ceremony").titleInEnglish()).isFalse();
        assertThat(view.clashes()).singleElement().satisfies(clash -> assertThat(clash.explanation())
                .contains("Khamla Sisavath", "5月20日 10:40", "5月20日 12:10", "开幕式").doesNotContain("arrives"));
    }

    @Test
    void aRussianReaderGetsTheEnglishVenueWhereOnlyTheTitleIsTranslated() {
        ItineraryView view = viewIn(Locale.forLanguageTag("ru"));

        assertThat(entry(view, "session-opening-ceremony").title()).isEqualTo("Церемония открытия");
        assertThat(entry(view, "session-opening-ceremony").place()).isEqualTo("Main hall");
        assertThat(titles(view)).contains("Встреча в CKG (QV619)");
        assertThat(view.clashes()).singleElement().satisfies(clash -> assertThat(clash.explanation()).contains("прибывает", "Церемония открытия"));
    }

    @Test
    void aSessionWithoutATranslationIsShownInEnglishAndMarkedSo() {
        ItineraryView view = viewIn(Locale.FRENCH);

        assertThat(entry(view, "session-exhibition").title()).isEqualTo("Exhibition");
        assertThat(entry(view, "session-exhibition").titleInEnglish()).isTrue();
        assertThat(entry(view, "session-opening-ceremony").titleInEnglish()).as("no French either").isTrue();
    }

    @Test
    void anEnglishReaderReadsThePlanAsStored() {
        ItineraryView view = viewIn(Locale.ENGLISH);
        Itinerary itinerary = itinerary();

        assertThat(titles(view)).isEqualTo(itinerary.entries().stream().map(ItineraryEntry::title).toList());
        assertThat(view.clashes().get(0).explanation()).isEqualTo(itinerary.clashes().get(0).explanation());
    }

    @Test
    void anEntryPlannedBeforeItsFactsWereKeptIsShownAsStoredAndIsNotAChange() {
        ItineraryEntry stored = itinerary().entries().get(0);
        ItineraryEntry old = stored.withFacts(null);

        assertThat(wording.forReader(Locale.SIMPLIFIED_CHINESE).title(old)).isEqualTo(stored.title());
        assertThat(ItineraryService.entryChanges(List.of(old), List.of(stored))).isEmpty();
    }

    private ItineraryView viewIn(Locale locale) {
        return ItineraryView.of(itinerary(), TransferBooking.Rides.NONE, wording.forReader(locale));
    }

    private static Itinerary itinerary() {
        ItineraryPlanner.Plan plan = PLANNER.plan(DELEGATION);
        return new Itinerary("d-1", "Luang Prabang Province", "coord-demo", plan.entries(), plan.clashes(), List.of(), 1, null, List.of(), "LA", null, null);
    }

    private static List<String> titles(ItineraryView view) {
        return view.entries().stream().map(ItineraryView.EntryView::title).toList();
    }

    private static ItineraryView.EntryView entry(ItineraryView view, String id) {
        return view.entries().stream().filter(e -> e.entryId().equals(id)).findFirst().orElseThrow();
    }

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("messages", "support-messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }
}
