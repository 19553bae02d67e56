package org.cqfriendship.logistics.registration.desk;

import org.jspecify.annotations.Nullable;
import org.springframework.data.mongodb.core.query.Update;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a batch's clash and alert events leave of one row's marks (open clashes, open and urgent
 * alerts): the last event about each clash or alert decides it, as if they were applied one by
 * one. A delegation with many events in a batch (a clash per member, an alert per change) then
 * costs its row one update for what opened and one for what closed, not one per event. They are
 * two because one update may not add to and pull from the same array.
 */
final class RowMarks {

    /** By clash id: what it is while open, null once resolved. */
    private final Map<String, DelegationRow.@Nullable Clash> clashes = new LinkedHashMap<>();
    /** By alert id: the last word on it. */
    private final Map<String, DelegationRows.Alert> alerts = new LinkedHashMap<>();

    void add(DelegationRows.Clash clash) {
        clashes.remove(clash.clashId());
        clashes.put(clash.clashId(), clash.detail());
    }

    void add(DelegationRows.Alert alert) {
        alerts.remove(alert.alertId());
        alerts.put(alert.alertId(), alert);
    }

    /** The updates of the row, what opened first: none, one or two. */
    List<Update> updates() {
        Update opened = new Update();
        Update closed = new Update();
        List<Object> openedClashes = new ArrayList<>();
        List<Object> closedClashes = new ArrayList<>();
        clashes.forEach((id, detail) -> {
            String field = "clashes." + DelegationRow.clashKey(id);
            if (detail != null) {
                openedClashes.add(id);
                opened.set(field, detail);
            } else {
                closedClashes.add(id);
                closed.unset(field);
            }
        });
        List<Object> openedAlerts = new ArrayList<>();
        List<Object> urgent = new ArrayList<>();
        List<Object> closedAlerts = new ArrayList<>();
        alerts.values().forEach(alert -> {
            if (!alert.open()) {
                closedAlerts.add(alert.alertId());
            } else {
                openedAlerts.add(alert.alertId());
                if (alert.urgent()) {
                    urgent.add(alert.alertId());
                }
            }
        });
        addEach(opened, "openClashes", openedClashes);
        addEach(opened, "openAlerts", openedAlerts);
        addEach(opened, "urgentAlerts", urgent);
        pullAll(closed, "openClashes", closedClashes);
        pullAll(closed, "openAlerts", closedAlerts);
        pullAll(closed, "urgentAlerts", closedAlerts);
        return List.of(opened, closed).stream().filter(update -> !update.getUpdateObject().isEmpty()).toList();
    }

    private static void addEach(Update update, String field, List<Object> values) {
        if (!values.isEmpty()) {
            update.addToSet(field).each(values.toArray());
        }
    }

    private static void pullAll(Update update, String field, List<Object> values) {
        if (!values.isEmpty()) {
            update.pullAll(field, values.toArray());
        }
    }
}
