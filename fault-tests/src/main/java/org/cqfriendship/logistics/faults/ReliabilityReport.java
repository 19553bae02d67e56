package org.cqfriendship.logistics.faults;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** docs/reliability.md: what each fault did to the running system, in figures. */
final class ReliabilityReport {

    private ReliabilityReport() {
    }

    static String render(Settings settings, List<Outcome> ran) {
        List<Outcome> outcomes = ran.stream().sorted(Comparator.comparingInt(Outcome::number)).toList();
        StringBuilder doc = new StringBuilder("# Reliability\n\n");
        Settings mode = settings.name().equals(Settings.SHORT.name()) ? Settings.SHORT : Settings.FULL;
        doc.append("Written by `java -jar fault-tests/target/fault-tests.jar").append(mode == Settings.SHORT ? " --short" : "")
                .append(settings.cluster() ? " --cluster" : "")
                .append(settings.perSecond() == mode.perSecond() ? "" : String.format(" --rate=%.0f", settings.perSecond()))
                .append("` (").append(settings.name()).append(" mode) on ")
                .append(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC).format(Instant.now()))
                .append(", ").append(Runtime.getRuntime().availableProcessors()).append(" cores, Java ").append(System.getProperty("java.version"))
                .append(".\n\n");
        if (settings.cluster()) {
            doc.append("""
                    The cluster's scenarios run on the local platform's cluster shape (`--cluster`): three Kafka brokers, every \
                    topic with 12 partitions and three copies, a write acknowledged once two hold it, and two instances of each \
                    service in the same consumer groups; the load's registrations go to both registration instances. The store \
                    is one process, as always on this machine. The rest is as in reliability.md:

                    """);
        }
        doc.append("""
                Every scenario runs on the local platform's real processes (the Kafka broker, the MongoDB-wire store, the mail \
                server, the SMS and webhook gateway simulator, the four services), one after another on one platform, with \
                every change alerted at once (no digest window) and each channel's rate limit raised from the deployed 10 sends \
                a second (a provider's contract) to 1,000 (the local mail server and gateway have none). For each: \
                a steady load of registrations (each with its own `Idempotency-Key`, retried with the same key until \
                acknowledged) at %s a second, a third of them then rebooked onto an earlier flight (`PUT` with `If-Match`), for \
                %s; the fault; more load, for %s or until recovery if that takes longer; then everything is gathered and \
                compared with what the clients were told:

                - **lost**: an acknowledged registration or change missing from the registration store or the itinerary, an \
                itinerary event about it in no alert to its coordinator, an alert not delivered on one of its channels (or marked \
                delivered but not received by the mail server or the gateway), one of its records dead-lettered;
                - **doubled**, after deduplication by event id: two delegations for one idempotency key, a delegation planned \
                twice or a change, clash or transfer published twice under different event ids, one event in two alerts to one \
                person, a text received twice, two seat tickets or two pickups for one member;
                - **disorder**: a delegation's registration events with versions going backwards, its itinerary changed before \
                it was planned or a clash resolved before it was found, an itinerary on an older registration version, alerts \
                recorded in another order than their events;
                - **recovery**: from the moment the fault ends, with the load going on, until the consumer lag summed over \
                every group and every service's outbox backlog are down to what the load has in flight (%s records: two seconds of it, at least 10), and \
                every delegation acknowledged before the fault ended is in its itinerary as acknowledged, has a badge for each \
                member, has had an alert delivered to its coordinator on every channel, and has no alert to its coordinator \
                recorded before the fault ended still waiting for a channel (its alerts found from their `AlertOpened` events, \
                so that every check reads by id). Once the load stops, everything must also settle completely (no lag, every alert delivered) \
                within the same bound. Pass: within %s.

                Pass means lost = doubled = disorder = 0, no valid request refused, nothing the scenario checks of its own \
                wrong, and recovery within the bound.

                """.formatted(settings.perSecond(), Outcome.seconds(settings.warmup()), Outcome.seconds(settings.afterFault()),
                settings.inFlight(), Outcome.seconds(settings.recoveryBound())));
        doc.append("| # | fault | load held | faults | recovery | lost | doubled | disorder | result |\n")
                .append("|---|---|---|---|---|---|---|---|---|\n");
        for (Outcome o : outcomes) {
            doc.append("| ").append(o.number()).append(" | ").append(o.name()).append(" | ")
                    .append(String.format("%.1f reg/s: %d registrations, %d changes acknowledged", o.perSecond(), o.registrations(), o.changes()))
                    .append(" | ").append(o.faults()).append(" | ")
                    .append(o.recovered() ? Outcome.seconds(o.recovery()) : "not within " + Outcome.seconds(o.recoveryBound()))
                    .append(" | ").append(o.verdict().lost().size()).append(" | ").append(o.verdict().doubled().size())
                    .append(" | ").append(o.verdict().disorder().size()).append(" | ").append(o.passed() ? "pass" : "**FAIL**").append(" |\n");
        }
        doc.append("\n## Per scenario\n\n");
        for (Outcome o : outcomes) {
            doc.append("### ").append(o.number()).append(". ").append(o.name()).append("\n\n");
            o.notes().forEach(n -> doc.append("- ").append(n).append("\n"));
            if (!o.failedAttempts().isEmpty()) {
                doc.append("- attempts that failed and were retried: ").append(o.failedAttempts()).append("\n");
            }
            if (o.unanswered() > 0) {
                doc.append("- registrations never acknowledged (given up after the load stopped): ").append(o.unanswered()).append("\n");
            }
            List<String> wrong = new ArrayList<>();
            o.verdict().lost().forEach(l -> wrong.add("lost: " + l));
            o.verdict().doubled().forEach(d -> wrong.add("doubled: " + d));
            o.verdict().disorder().forEach(d -> wrong.add("disorder: " + d));
            o.verdict().problems().forEach(p -> wrong.add("problem: " + p));
            wrong.stream().limit(12).forEach(w -> doc.append("- ").append(w).append("\n"));
            if (wrong.size() > 12) {
                doc.append("- … and ").append(wrong.size() - 12).append(" more\n");
            }
            if (o.notes().isEmpty() && o.failedAttempts().isEmpty() && wrong.isEmpty()) {
                doc.append("- nothing to add\n");
            }
            doc.append("\n");
        }
        return doc.toString();
    }
}
