package org.cqfriendship.logistics.registration.desk;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The languages each coordinator speaks ({@code registration.coordinator-languages.<id>=ru,zh}), so
 * that a suggested assignment matches them to the delegations' members. None configured: the
 * suggestion only balances the load.
 */
@ConfigurationProperties("registration")
record CoordinatorLanguages(Map<String, List<String>> coordinatorLanguages) {

    CoordinatorLanguages {
        coordinatorLanguages = coordinatorLanguages == null ? Map.of() : Map.copyOf(coordinatorLanguages);
    }

    /** Each coordinator's languages as ISO 639-1 codes, lower case. */
    Map<String, Set<String>> byCoordinator() {
        return coordinatorLanguages.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                e -> e.getValue().stream().map(l -> l.strip().toLowerCase(Locale.ROOT)).collect(Collectors.toSet())));
    }
}
