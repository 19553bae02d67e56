package org.cqfriendship.logistics.registration.desk;

import org.cqfriendship.logistics.access.Caller;
import org.cqfriendship.logistics.support.security.Callers;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.List;

/**
 * The desk's list as JSON, for scripts and other desks: the same words, filters, order and scope
 * as {@code /delegations} (programme staff every delegation, a coordinator their own), a page at a time.
 */
@RestController
class DeskApi {

    private static final int MAX_SIZE = 200;

    private final DelegationRows rows;

    DeskApi(DelegationRows rows) {
        this.rows = rows;
    }

    /** One page of what the desk found, and how many it found in all. */
    record Found(long total, int page, int size, List<Row> delegations) {
    }

    /** A delegation as the desk lists it. */
    record Row(String id, String reference, String locality, String country, String kind, String coordinatorId, String head, int people,
               Instant firstArrival, int openClashes, int unacknowledgedAlerts, int urgentAlerts) {

        static Row of(DelegationRow row) {
            return new Row(row.id(), row.reference(), row.locality(), row.country(), row.kind(), row.coordinatorId(), row.head(), row.people(),
                    row.firstArrival(), row.openClashes().size(), row.openAlerts().size(), row.urgentAlerts().size());
        }
    }

    @GetMapping("/api/delegations/search")
    Found search(DeskQuery query, @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        PageRequest asked = PageRequest.of(Math.max(0, page), Math.max(1, Math.min(size, MAX_SIZE)));
        Page<DelegationRow> found = DelegationRows.Scope.of(Callers.current()).map(scope -> rows.find(query, scope, asked))
                .orElse(Page.empty(asked));
        return new Found(found.getTotalElements(), asked.getPageNumber(), asked.getPageSize(), found.map(Row::of).getContent());
    }
}
