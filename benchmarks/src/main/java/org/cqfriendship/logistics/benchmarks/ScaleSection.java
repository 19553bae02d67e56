package org.cqfriendship.logistics.benchmarks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleFunction;

/** The scale section of docs/benchmarks.md: planning time and memory per size over its runs, and how they grow. */
final class ScaleSection {

    private ScaleSection() {
    }

    /** The runs of one size of the conference, each on a fresh platform. */
    record Size(int scale, List<ScaleRun.Result> runs) {

        Stats of(ToDoubleFunction<ScaleRun.Result> figure) {
            return Stats.of(runs.stream().map(figure::applyAsDouble).toList());
        }

        Stats step(String step) {
            return of(r -> r.stepSeconds().getOrDefault(step, 0.0));
        }

        Stats secondHalfStep(String step) {
            return of(r -> r.secondHalfStepSeconds().getOrDefault(step, 0.0));
        }

        int delegates() {
            return runs.get(0).delegates();
        }
    }

    /** The results in the order run, each size's runs together. */
    static List<Size> bySize(List<ScaleRun.Result> results) {
        Map<Integer, List<ScaleRun.Result>> runs = new LinkedHashMap<>();
        results.forEach(r -> runs.computeIfAbsent(r.scale(), scale -> new ArrayList<>()).add(r));
        return runs.entrySet().stream().map(e -> new Size(e.getKey(), e.getValue())).toList();
    }

    /** {@code insertsPerSecond}: the raw store's insert rate measured in the same run, or null when it was not. */
    static String render(List<ScaleRun.Result> results, Stats insertsPerSecond) {
        if (results.isEmpty()) {
            return "";
        }
        List<Size> sizes = bySize(results);
        StringBuilder md = new StringBuilder("\n## Scale\n\n")
                .append("The conference's shape (per unit: 38 city delegations of 9–17 people, 9 friendship organisations of 4–8, ")
                .append("17 envoys of 2–4; arrivals by air at CKG and by rail at CQW between 18 May and the morning of 20 May, ")
                .append("mostly a delegation per service; sign-ups for the opening and the afternoon sessions; some dietary needs) at ")
                .append("each size, with the fleet and the limited sessions' seats grown by the same factor. Each run of each size ")
                .append("is on a fresh local platform of its own. All registrations are posted by 8 clients; **time to plan** runs ")
                .append("from the first request until the itinerary-service has stored every itinerary. The step columns are the ")
                .append("itinerary-service's own `itinerary.planning` timers summed over the run (store round trips included). The ")
                .append("first half of each run also warms the freshly started JVMs up, so the growth below is computed on the ")
                .append("**second half** of the delegations (time from the half planned to all planned, and the timers over that ")
                .append("stretch). Each figure is the median of the size's runs, with the lowest and highest in brackets. The ratio is the ")
                .append("second half's time per delegate over the time of one raw store insert (the baseline above).\n\n")
                .append("| size | delegations | delegates | runs | time to plan | seats | transfers | itinerary | second half, per delegate | ")
                .append("ratio to a raw store insert |\n|---|---|---|---|---|---|---|---|---|---|\n");
        for (Size size : sizes) {
            Stats perDelegate = size.of(r -> 1000 * r.secondHalfSeconds() / (r.delegates() / 2.0));
            md.append(String.format("| %d× | %,d | %,d | %d | %s | %s | %s | %s | %s | %s |%n", size.scale(), size.runs().get(0).delegations(),
                    size.delegates(), size.runs().size(), withRange(size.of(ScaleRun.Result::seconds), "s"), withRange(size.step("seats"), "s"),
                    withRange(size.step("transfers"), "s"), withRange(size.step("itinerary"), "s"),
                    withRange(perDelegate, "ms"),
                    insertsPerSecond == null ? "–" : String.format("%.1f×", perDelegate.median() / (1000 / insertsPerSecond.median()))));
        }
        if (sizes.size() > 1) {
            md.append("\nHow the second half grows from one size to the next, as the exponent k in time ∝ delegates^k between ")
                    .append("the two sizes' medians (1 is linear; what n log n gives over these sizes is in the last column; 2 is ")
                    .append("quadratic). The itineraries of a batch are stored together, so at a small size the second half can ")
                    .append("be one batch's write, whose time says little of the cost per delegate; an exponent that cannot be taken ")
                    .append("(no time measured in a second half) is n/a. Then read the time to plan:\n\n")
                    .append("| from → to | time to plan | seats | transfers | itinerary | n log n would be |\n|---|---|---|---|---|---|\n");
            for (int i = 1; i < sizes.size(); i++) {
                Size a = sizes.get(i - 1);
                Size b = sizes.get(i);
                md.append(String.format("| %d× → %d× | %s | %s | %s | %s | %.2f |%n", a.scale(), b.scale(),
                        shown(exponent(a, b, a.of(ScaleRun.Result::secondHalfSeconds), b.of(ScaleRun.Result::secondHalfSeconds))),
                        shown(step(a, b, "seats")), shown(step(a, b, "transfers")), shown(step(a, b, "itinerary")),
                        nLogN(a.delegates(), b.delegates())));
            }
        }
        Set<String> processes = new LinkedHashSet<>();
        results.forEach(r -> processes.addAll(r.residentKb().keySet()));
        md.append("\nResident memory of each process once everything is planned (median of the runs):\n\n| process |");
        sizes.forEach(size -> md.append(' ').append(size.scale()).append("× |"));
        md.append("\n|---|").append("---|".repeat(sizes.size())).append('\n');
        for (String process : processes) {
            md.append("| ").append(process).append(" |");
            sizes.forEach(size -> md.append(String.format(" %.0f MiB |", size.of(r -> r.residentKb().getOrDefault(process, 0L) / 1024.0).median())));
            md.append('\n');
        }
        md.append("\n### Rebuild from the topic\n\n")
                .append("What operators do after a bug fix or a lost database, after each run above: the itinerary-service stopped, ")
                .append("its database dropped and its consumer group deleted, then started again, so that it re-reads ")
                .append("`registration.delegations` from the beginning and plans everything anew. The time runs from its start (the ")
                .append("JVM's own start included) until every itinerary is stored again; the memory is the service's highest ")
                .append("resident set meanwhile, sampled every 250 ms from when it answers ready. (Its events are published again too, and the notification-service alerts on them: ")
                .append("that load is in the figures.) Target at 100×: 30 s and 512 MiB.\n\n")
                .append("| size | delegations | time to rebuild | itinerary-service, highest RSS |\n|---|---|---|---|\n");
        for (Size size : sizes) {
            md.append(String.format("| %d× | %,d | %s | %s |%n", size.scale(), size.runs().get(0).delegations(),
                    withRange(size.of(ScaleRun.Result::rebuildSeconds), "s"), withRange(size.of(r -> r.rebuildPeakKb() / 1024.0), "MiB")));
        }
        md.append("\n### The staff desk\n\n")
                .append("Once everything is planned, programme staff's desk on the registration-service (`/delegations`, signed in through ")
                .append("the form, over HTTP from the harness): the first page of every delegation, a search for one delegation ")
                .append("(\"city <n>\": two words, the first in every row), the same as the search box sends it as one types (htmx: ")
                .append("the list alone), two filters sorted by size, the last page sorted by name, and the attendees downloads ")
                .append("(a row per person). Median milliseconds of five requests (downloads: of three), median of the runs. The store ")
                .append("pages the desk's rows (decision 71), so each list request reads every row twice on the local store (a count ")
                .append("and a page); a download of everyone reads every registration.\n\n| request |");
        sizes.forEach(size -> md.append(' ').append(size.scale()).append("× |"));
        md.append("\n|---|").append("---|".repeat(sizes.size())).append('\n');
        Set<String> requests = new LinkedHashSet<>();
        results.forEach(r -> requests.addAll(r.deskMillis().keySet()));
        for (String request : requests) {
            md.append("| ").append(request).append(" |");
            sizes.forEach(size -> md.append(String.format(" %.0f ms |", size.of(r -> r.deskMillis().getOrDefault(request, Double.NaN)).median())));
            md.append('\n');
        }
        return md.append('\n').toString();
    }

    private static double step(Size a, Size b, String step) {
        return exponent(a, b, a.secondHalfStep(step), b.secondHalfStep(step));
    }

    static double exponent(Size a, Size b, Stats timeA, Stats timeB) {
        return Math.log(timeB.median() / timeA.median()) / Math.log((double) b.delegates() / a.delegates());
    }

    /** An exponent, or "n/a" where it cannot be taken. */
    private static String shown(double exponent) {
        return Double.isFinite(exponent) ? String.format("%.2f", exponent) : "n/a";
    }

    static double nLogN(int a, int b) {
        return Math.log((b * Math.log(b)) / (a * Math.log(a))) / Math.log((double) b / a);
    }

    /** "63.4 s (61.0–70.2)": the median and the range of the runs, or just "63.4 s" for one run. */
    private static String withRange(Stats stats, String unit) {
        return stats.runs() == 1 ? String.format("%,.1f %s", stats.median(), unit)
                : String.format("%,.1f %s (%,.1f–%,.1f)", stats.median(), unit, stats.min(), stats.max());
    }
}
