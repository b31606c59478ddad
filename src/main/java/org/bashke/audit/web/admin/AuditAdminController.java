package org.bashke.audit.web.admin;

import org.bashke.audit.chain.BrowseAuditLog;
import org.bashke.audit.chain.ChainReport;
import org.bashke.audit.chain.VerifyAuditChain;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The audit log for admins: browse with filters, and run the chain verification. */
@Controller
@RequestMapping("/admin/audit")
class AuditAdminController {

    static final int PAGE_SIZE = 50;

    private final BrowseAuditLog browse;
    private final VerifyAuditChain verify;

    AuditAdminController(BrowseAuditLog browse, VerifyAuditChain verify) {
        this.browse = browse;
        this.verify = verify;
    }

    @GetMapping
    String list(@ModelAttribute("filter") AuditFilterForm filter, BindingResult errors,
                @RequestParam(name = "page", defaultValue = "0") int page, Model model) {
        BrowseAuditLog.Filter f = filter.toFilter(errors);
        BrowseAuditLog.Page result = browse.page(f, page, PAGE_SIZE);
        model.addAttribute("result", result);
        model.addAttribute("previousHref", result.hasPrevious() ? filter.pageHref(result.number() - 1) : null);
        model.addAttribute("nextHref", result.hasNext() ? filter.pageHref(result.number() + 1) : null);
        return "audit/list";
    }

    @GetMapping("/verify")
    String verifyForm() {
        return "audit/verify";
    }

    @PostMapping("/verify")
    String runVerify(Model model) {
        ChainReport report = verify.run();
        model.addAttribute("report", report);
        return "audit/verify";
    }
}
