package org.cqfriendship.logistics.registration.delegation;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Set;

/**
 * The liaison coordinators a registration may name ({@code registration.coordinators}, env
 * {@code REGISTRATION_COORDINATORS=id1,id2}): anyone may register, so a coordinator id from the
 * form or the API must be one of the conference's, never a made-up inbox. None configured: a
 * registration names none, and programme staff assign one.
 */
@Component
public class Coordinators {

    private final Set<String> ids;

    Coordinators(@Value("${registration.coordinators:}") List<String> ids) {
        this.ids = Set.copyOf(ids.stream().map(String::strip).filter(id -> !id.isEmpty()).toList());
    }

    public boolean known(String coordinatorId) {
        return ids.contains(coordinatorId);
    }

    /** The configured coordinators' ids, sorted, for staff to choose from (empty: none configured). */
    public List<String> ids() {
        return ids.stream().sorted().toList();
    }

    /** Outside Spring (plain validators): any well-formed id. */
    static Coordinators any() {
        return new Coordinators(List.of()) {
            @Override
            public boolean known(String coordinatorId) {
                return true;
            }
        };
    }
}
