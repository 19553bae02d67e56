package org.cqfriendship.logistics.registration.programme;

import org.bson.Document;
import org.cqfriendship.logistics.registration.delegation.ProgrammeItem;
import org.cqfriendship.logistics.registration.delegation.SignUpOptions;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What delegates can sign up for: the conference's own programme items, and every session the
 * itinerary-service published since (kept from {@code itinerary.sessions}). A cancelled session
 * is no longer offered, but a sign-up for it stays valid, so a delegation's form still saves.
 */
@Service
public class Programme implements SignUpOptions {

    /** One choice on the form or in {@code GET /api/programme}; {@code partOf} names the event a part belongs to. */
    public record Option(String code, String title, @Nullable Instant startsAt, @Nullable Instant endsAt, @Nullable String venue,
                         @Nullable String partOf) {

        /** How the form shows it: a part under its event's title ("Hotpot contest › heat 1"). */
        public String label(Map<String, String> titles) {
            return partOf == null ? title : titles.getOrDefault(partOf, partOf) + " › " + title;
        }
    }

    private final MongoTemplate mongo;
    private final MessageSource messages;

    Programme(MongoTemplate mongo, MessageSource messages) {
        this.mongo = mongo;
        this.messages = messages;
    }

    @Override
    public Set<String> offered(Collection<String> codes) {
        Set<String> offered = new HashSet<>(BUILT_IN.offered(codes));
        List<String> others = codes.stream().filter(code -> !offered.contains(code)).toList();
        if (!others.isEmpty()) {
            Query published = Query.query(Criteria.where("_id").in(others));
            published.fields().include("_id");
            mongo.find(published, Document.class, mongo.getCollectionName(PublishedSession.class))
                    .forEach(session -> offered.add(session.getString("_id")));
        }
        return offered;
    }

    /** The items to choose from, the conference's own first (titled in {@code language}), then published sessions by time. */
    public List<Option> options(Locale language) {
        List<Option> options = new ArrayList<>(Arrays.stream(ProgrammeItem.values())
                .map(item -> new Option(item.code(),
                        Objects.requireNonNullElse(messages.getMessage("item." + item.code(), null, item.code(), language), item.code()),
                        null, null, null, null))
                .toList());
        Query published = Query.query(Criteria.where("cancelled").is(false)).with(Sort.by("startsAt"));
        mongo.find(published, PublishedSession.class).stream().filter(s -> ProgrammeItem.ofCode(s.id()).isEmpty())
                .forEach(s -> options.add(new Option(s.id(), s.titleIn(language), s.startsAt(), s.endsAt(), s.venueIn(language),
                        s.partOf())));
        return options;
    }

    /** An event of the programme and the parts a delegation can be put at (its heats, table blocks, stall slots). */
    public record EventParts(Option event, List<Option> parts) {
    }

    /** Every event with parts on offer, in programme order, each with its parts in time order. */
    public List<EventParts> eventsWithParts(Locale language) {
        List<Option> options = options(language);
        return options.stream().filter(o -> o.partOf() == null)
                .map(event -> new EventParts(event, options.stream().filter(o -> event.code().equals(o.partOf())).toList()))
                .filter(e -> !e.parts().isEmpty()).toList();
    }

    public void published(ProgrammeEvents.SessionPublished event) {
        keep(event.sessionId(), slotted(event.title(), event.slot(), event.translations()).set("partOf", event.partOf())
                .set("cancelled", false));
    }

    public void rescheduled(ProgrammeEvents.SessionRescheduled event) {
        keep(event.sessionId(), slotted(event.title(), event.after(), event.translations()));
    }

    public void cancelled(ProgrammeEvents.SessionCancelled event) {
        keep(event.sessionId(), new Update().set("title", event.title()).set("translations", event.translations()).set("cancelled", true));
    }

    private static Update slotted(String title, ProgrammeEvents.Slot slot, Map<String, ProgrammeEvents.Translation> translations) {
        return new Update().set("title", title).set("translations", translations).set("venue", slot.venue())
                .set("startsAt", slot.startsAt().toInstant())
                .set("endsAt", slot.endsAt().toInstant());
    }

    private void keep(String sessionId, Update update) {
        mongo.upsert(Query.query(Criteria.where("_id").is(sessionId)), update, PublishedSession.class);
    }
}
