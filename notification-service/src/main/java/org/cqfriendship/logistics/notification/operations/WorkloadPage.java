package org.cqfriendship.logistics.notification.operations;

import org.cqfriendship.logistics.access.Caller;
import org.cqfriendship.logistics.notification.alert.Workloads;
import org.cqfriendship.logistics.support.security.Callers;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

import java.time.Clock;
import java.util.List;

/**
 * The duty manager's view of the coordinators' load: each one's unacknowledged alerts by age
 * (and how many urgent), escalations, and how long they take to acknowledge on average; a page
 * that refreshes itself, and the same as JSON.
 */
@Controller
class WorkloadPage {

    private final Workloads workloads;
    private final Clock clock;

    WorkloadPage(Workloads workloads, Clock clock) {
        this.workloads = workloads;
        this.clock = clock;
    }

    @GetMapping("/operations/workload")
    String page(Model model) {
        model.addAttribute("workloads", workloads.now(clock.instant()));
        model.addAttribute("caller", Callers.current());
        return "operations/workload";
    }

    @GetMapping("/api/operations/workload")
    @ResponseBody
    List<Workloads.Workload> api() {
        return workloads.now(clock.instant());
    }
}
