package org.cqfriendship.logistics.benchmarks;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The scale section of docs/benchmarks.md: planning time and memory per size, and how they grow. */
final class ScaleSection {

    private ScaleSection() {
    }

    static String render(List<ScaleRun.Result> results) {
        if (results.isEmpty()) {
            return "";
        }
        StringBuilder md = new StringBuilder("\n## Scale\n\n")
                .append("The conference's shape (per unit: 38 city delegations of 9–17 people, 9 friendship organisations of 4–8, ")
                .append("17 envoys of 2–4; arrivals by air at CKG and by rail at CQW between 18 May and the morning of 20 May, ")
                .append("mostly a delegation per service; sign-ups for the opening and the afternoon sessions; some dietary needs) at ")
                .append("each size, on a fresh local platform of its own, with the fleet and the limited sessions' seats grown by the ")
                .append("same factor. All registrations are posted by 8 clients; **time to plan** runs from the first request until ")
                .append("the itinerary-service has stored every itinerary. The step columns are the itinerary-service's own ")
                .append("`itinerary.planning` timers summed over the run (store round trips included). The first half of each ")
                .append("size also warms the freshly started JVMs up, so the growth below is computed on the **second half** of ")
                .append("the delegations (time from the half planned to all planned, and the timers over that stretch). One run ")
                .append("per size.\n\n")
                .append("| size | delegations | delegates | time to plan | seats | transfers | itinerary | second half, per delegate |\n")
                .append("|---|---|---|---|---|---|---|---|\n");
        for (ScaleRun.Result r : results) {
            md.append(String.format("| %d× | %,d | %,d | %,.1f s | %,.1f s | %,.1f s | %,.1f s | %,.1f ms |%n", r.scale(), r.delegations(),
                    r.delegates(), r.seconds(), r.stepSeconds().getOrDefault("seats", 0.0), r.stepSeconds().getOrDefault("transfers", 0.0),
                    r.stepSeconds().getOrDefault("itinerary", 0.0), 1000 * r.secondHalfSeconds() / (r.delegates() / 2.0)));
        }
        if (results.size() > 1) {
            md.append("\nHow the second half grows from one size to the next, as the exponent k in time ∝ delegates^k (1 is ")
                    .append("linear; what n log n gives over these sizes is in the last column; 2 is quadratic):\n\n")
                    .append("| from → to | time to plan | seats | transfers | itinerary | n log n would be |\n|---|---|---|---|---|---|\n");
            for (int i = 1; i < results.size(); i++) {
                ScaleRun.Result a = results.get(i - 1);
                ScaleRun.Result b = results.get(i);
                md.append(String.format("| %d× → %d× | %.2f | %.2f | %.2f | %.2f | %.2f |%n", a.scale(), b.scale(),
                        exponent(a, b, a.secondHalfSeconds(), b.secondHalfSeconds()), step(a, b, "seats"), step(a, b, "transfers"),
                        step(a, b, "itinerary"), nLogN(a.delegates(), b.delegates())));
            }
        }
        Set<String> processes = new LinkedHashSet<>();
        results.forEach(r -> processes.addAll(r.residentKb().keySet()));
        md.append("\nResident memory of each process once everything is planned:\n\n| process |");
        results.forEach(r -> md.append(' ').append(r.scale()).append("× |"));
        md.append("\n|---|").append("---|".repeat(results.size())).append('\n');
        for (String process : processes) {
            md.append("| ").append(process).append(" |");
            results.forEach(r -> md.append(' ').append(r.residentKb().getOrDefault(process, 0L) / 1024).append(" MiB |"));
            md.append('\n');
        }
        return md.append('\n').toString();
    }

    private static double step(ScaleRun.Result a, ScaleRun.Result b, String step) {
        return exponent(a, b, a.secondHalfStepSeconds().getOrDefault(step, 0.0), b.secondHalfStepSeconds().getOrDefault(step, 0.0));
    }

    static double exponent(ScaleRun.Result a, ScaleRun.Result b, double timeA, double timeB) {
        return Math.log(timeB / timeA) / Math.log((double) b.delegates() / a.delegates());
    }

    static double nLogN(int a, int b) {
        return Math.log((b * Math.log(b)) / (a * Math.log(a))) / Math.log((double) b / a);
    }
}
