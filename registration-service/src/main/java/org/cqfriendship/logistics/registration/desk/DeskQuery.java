package org.cqfriendship.logistics.registration.desk;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.lang.Contract;
import org.springframework.web.util.UriComponentsBuilder;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What the desk's list is asked for: the words typed, the filters and the order, as request
 * parameters (so a search is a link, and a download lists what the page shows). Blank means "any".
 *
 * @param q            words, each found in a name, native name, locality, country, reference or flight number
 * @param day          an arrival day in Chongqing ({@code 2026-05-19})
 * @param language     a language someone needs interpretation into
 * @param session      a session someone signed up for
 * @param coordinator  a coordinator's account (programme staff only)
 * @param unassigned   only delegations without a coordinator (programme staff only)
 * @param clash        only delegations with a clash not yet resolved
 * @param urgent       only delegations with an urgent alert their coordinator has not acknowledged
 * @param sort         one of {@link Order}'s names in lower case
 * @param desc         the other way round
 */
public record DeskQuery(@Nullable String q, @Nullable String kind, @Nullable String country, @Nullable String day, @Nullable String port,
                        @Nullable String diet, @Nullable String allergen, @Nullable String language, @Nullable String session,
                        @Nullable String coordinator, Boolean unassigned, Boolean clash, Boolean urgent, @Nullable String sort,
                        Boolean desc) {

    /** A box not ticked is not sent at all. */
    public DeskQuery {
        unassigned = Boolean.TRUE.equals(unassigned);
        clash = Boolean.TRUE.equals(clash);
        urgent = Boolean.TRUE.equals(urgent);
        desc = Boolean.TRUE.equals(desc);
    }

    /** The orders the list offers, by column. */
    public enum Order {
        REGISTERED("registeredAt"), NAME("sortName"), COUNTRY("country"), PEOPLE("people"), ARRIVAL("firstArrival"),
        REFERENCE("reference"), COORDINATOR("coordinatorId");

        private final String field;

        Order(String field) {
            this.field = field;
        }

        static Order named(@Nullable String name) {
            return Arrays.stream(values()).filter(order -> order.name().equalsIgnoreCase(name == null ? "" : name.strip()))
                    .findFirst().orElse(REGISTERED);
        }

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    static DeskQuery none() {
        return new DeskQuery(null, null, null, null, null, null, null, null, null, null, false, false, false, null, false);
    }

    public Order order() {
        return Order.named(sort);
    }

    Sort storeOrder() {
        Sort.Direction direction = desc ? Sort.Direction.DESC : Sort.Direction.ASC;
        return Sort.by(direction, order().field).and(Sort.by(direction, "_id"));
    }

    /** Every condition at once; a coordinator's scope is added whatever they ask for. */
    Criteria criteria(DelegationRows.Scope scope) {
        List<Criteria> all = new ArrayList<>();
        all.add(Criteria.where("registeredAt").ne(null));
        SearchText.words(q).forEach(word -> all.add(Criteria.where("text").regex(Pattern.quote(word))));
        equal(all, "kind", upper(kind));
        equal(all, "country", upper(country));
        equal(all, "arrivalDays", day);
        equal(all, "ports", upper(port));
        equal(all, "diets", upper(diet));
        equal(all, "allergens", upper(allergen));
        equal(all, "interpretation", blank(language) ? null : language.strip().toLowerCase(Locale.ROOT));
        equal(all, "sessions", session);
        if (clash) {
            all.add(Criteria.where("openClashes.0").exists(true));
        }
        if (urgent) {
            all.add(Criteria.where("urgentAlerts.0").exists(true));
        }
        if (!scope.all()) {
            all.add(Criteria.where("coordinatorId").is(scope.coordinatorId()));
        } else if (unassigned) {
            all.add(Criteria.where("coordinatorId").is(null));
        } else {
            equal(all, "coordinatorId", coordinator);
        }
        return new Criteria().andOperator(all);
    }

    /** The query as parameters, for links: the same list in another order, page or format. */
    public String link(@Nullable String sortBy, boolean descending) {
        UriComponentsBuilder link = UriComponentsBuilder.newInstance();
        param(link, "q", q);
        param(link, "kind", kind);
        param(link, "country", country);
        param(link, "day", day);
        param(link, "port", port);
        param(link, "diet", diet);
        param(link, "allergen", allergen);
        param(link, "language", language);
        param(link, "session", session);
        param(link, "coordinator", coordinator);
        if (unassigned) {
            link.queryParam("unassigned", true);
        }
        if (clash) {
            link.queryParam("clash", true);
        }
        if (urgent) {
            link.queryParam("urgent", true);
        }
        param(link, "sort", sortBy);
        if (descending) {
            link.queryParam("desc", true);
        }
        String query = link.build().encode().getQuery();
        return query == null ? "" : query;
    }

    /** As now. */
    public String link() {
        return link(sort == null ? null : order().key(), desc);
    }

    /** Sorted by this column: ascending, or the other way round when it is already sorted so. */
    public String sortedBy(String column) {
        boolean already = order() == Order.named(column) && sort != null;
        return link(column, already && !desc);
    }

    public boolean filtered() {
        return !link(null, false).isEmpty();
    }

    private static void equal(List<Criteria> all, String field, @Nullable String value) {
        if (!blank(value)) {
            all.add(Criteria.where(field).is(value.strip()));
        }
    }

    private static void param(UriComponentsBuilder link, String name, @Nullable String value) {
        if (!blank(value)) {
            link.queryParam(name, value.strip());
        }
    }

    private static @Nullable String upper(@Nullable String value) {
        return blank(value) ? null : value.strip().toUpperCase(Locale.ROOT);
    }

    @Contract("null -> true")
    private static boolean blank(@Nullable String value) {
        return value == null || value.isBlank();
    }
}
