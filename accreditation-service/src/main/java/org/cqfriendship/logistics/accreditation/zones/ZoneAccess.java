package org.cqfriendship.logistics.accreditation.zones;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Which zones a person may enter: those of their role (configured), plus what staff granted them,
 * less what staff withdrew. Staff's changes are kept per person, apart from the roster the events write.
 */
@Component
public class ZoneAccess {

    private final MongoTemplate mongo;
    private final AccreditationSettings settings;

    ZoneAccess(MongoTemplate mongo, AccreditationSettings settings) {
        this.mongo = mongo;
        this.settings = settings;
    }

    /** Staff's changes to one person's zones. */
    @Document("zone_overrides")
    public record Overrides(@Id @Nullable String memberId, Set<String> granted, Set<String> withdrawn) {

        static final Overrides NONE = new Overrides(null, Set.of(), Set.of());

        public Overrides {
            granted = granted == null ? Set.of() : Set.copyOf(granted);
            withdrawn = withdrawn == null ? Set.of() : Set.copyOf(withdrawn);
        }
    }

    public Set<String> zonesOf(String memberId, String role) {
        return zones(role, overrides(List.of(memberId)).getOrDefault(memberId, Overrides.NONE));
    }

    /** The zones of many people at once (one read), by member id. */
    public Map<String, Set<String>> zonesOf(Map<String, String> rolesByMember) {
        Map<String, Overrides> overrides = overrides(rolesByMember.keySet());
        return rolesByMember.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                entry -> zones(entry.getValue(), overrides.getOrDefault(entry.getKey(), Overrides.NONE))));
    }

    /** Grants ({@code allowed}) or withdraws one zone for one person, whatever their role says. */
    public void set(String memberId, String zone, boolean allowed) {
        if (!settings.zones().containsKey(zone)) {
            throw new IllegalArgumentException("No such zone: " + zone);
        }
        Update update = allowed ? new Update().addToSet("granted", zone).pull("withdrawn", zone)
                : new Update().addToSet("withdrawn", zone).pull("granted", zone);
        mongo.upsert(Query.query(Criteria.where("_id").is(memberId)), update, Overrides.class);
    }

    private Set<String> zones(String role, Overrides overrides) {
        Set<String> zones = new TreeSet<>(settings.zonesOf(role));
        zones.addAll(overrides.granted());
        zones.removeAll(overrides.withdrawn());
        return zones;
    }

    private Map<String, Overrides> overrides(Collection<String> memberIds) {
        return mongo.find(Query.query(Criteria.where("_id").in(memberIds)), Overrides.class).stream()
                .collect(Collectors.toMap(Overrides::memberId, Function.identity()));
    }
}
