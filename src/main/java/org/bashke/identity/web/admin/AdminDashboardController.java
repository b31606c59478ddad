package org.bashke.identity.web.admin;

import org.bashke.identity.affiliation.AffiliationRepository;
import org.bashke.identity.affiliation.AffiliationStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The back office's front page: where the secretariat's (and the admin's) work starts. */
@Controller
class AdminDashboardController {

    private final AffiliationRepository affiliations;

    AdminDashboardController(AffiliationRepository affiliations) {
        this.affiliations = affiliations;
    }

    @GetMapping("/admin")
    String dashboard(Model model) {
        model.addAttribute("pendingAffiliations", affiliations.countByStatus(AffiliationStatus.CLAIMED));
        return "identity/admin/dashboard";
    }
}
