package org.cqfriendship.logistics.support.audit;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import java.util.List;

/** The audit log for OPERATIONS: a page, and the same as JSON at {@code /api/audit}. */
@Controller
class AuditPages {

    private final AuditLog audit;

    AuditPages(AuditLog audit) {
        this.audit = audit;
    }

    @GetMapping("/audit")
    String page(Model model) {
        model.addAttribute("entries", audit.newest(200));
        return "support/audit";
    }

    @GetMapping("/api/audit")
    @ResponseBody
    List<AuditEntry> entries(@RequestParam(defaultValue = "100") int limit) {
        return audit.newest(Math.max(1, Math.min(limit, 1000)));
    }

    /** Walks the whole hash chain: whether it holds, and the first entry that breaks it. */
    @GetMapping("/api/audit/verification")
    @ResponseBody
    AuditChain.Verification verification() {
        return audit.verify();
    }
}
