package org.cqfriendship.logistics.itinerary.contest;

import org.cqfriendship.logistics.itinerary.programme.Programme;
import org.cqfriendship.logistics.itinerary.programme.Session;
import org.cqfriendship.logistics.support.config.ConferenceTime;
import org.springframework.context.i18n.LocaleContextHolder;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The contest's rounds' titles in the reader's language with their start, by session id, in order. */
final class ContestTitles {

    private ContestTitles() {
    }

    static Map<String, String> of(Programme programme, List<String> rounds) {
        Programme now = programme.snapshot();
        Map<String, String> titles = new LinkedHashMap<>();
        rounds.forEach(round -> titles.put(round, now.session(round).map(ContestTitles::title).orElse(round)));
        return titles;
    }

    private static String title(Session session) {
        return session.in(LocaleContextHolder.getLocale()).title() + " · "
                + session.startsAt().atZoneSameInstant(ConferenceTime.ZONE).toLocalTime();
    }
}
