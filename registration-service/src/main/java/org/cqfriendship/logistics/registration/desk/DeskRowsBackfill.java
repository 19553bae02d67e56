package org.cqfriendship.logistics.registration.desk;

import org.cqfriendship.logistics.registration.delegation.DelegationService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Writes every row once when there are none yet but registrations exist (the desk came after
 * them, and their events may be past the topic's retention). Later changes come as events.
 */
@Component
class DeskRowsBackfill implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DeskRowsBackfill.class);

    private final DelegationRows rows;
    private final DelegationService delegations;

    DeskRowsBackfill(DelegationRows rows, DelegationService delegations) {
        this.rows = rows;
        this.delegations = delegations;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        if (rows.count() > 0) {
            return;
        }
        var registered = delegations.all();
        rows.write(registered);
        if (!registered.isEmpty()) {
            log.info("Wrote the desk's rows of {} delegations registered before it", registered.size());
        }
    }
}
