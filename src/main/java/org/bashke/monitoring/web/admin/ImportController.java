package org.bashke.monitoring.web.admin;

import java.io.IOException;
import org.bashke.monitoring.imports.ActionPlanImport;
import org.bashke.monitoring.plan.Strategy;
import org.bashke.monitoring.plan.StrategyRepository;
import org.bashke.shared.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** Import an action plan from XLSX or CSV; the answer is the per-row report. */
@Controller("monitoringImportController")
class ImportController {

    private final ActionPlanImport importer;
    private final StrategyRepository strategies;

    ImportController(ActionPlanImport importer, StrategyRepository strategies) {
        this.importer = importer;
        this.strategies = strategies;
    }

    @GetMapping("/monitoring/admin/strategies/{id}/import")
    String form(@PathVariable("id") long id, Model model) {
        model.addAttribute("strategy", strategy(id));
        return "monitoring/admin/import";
    }

    @PostMapping("/monitoring/admin/strategies/{id}/import")
    String upload(@PathVariable("id") long id, @RequestParam(name = "file", required = false) MultipartFile file, Model model) {
        model.addAttribute("strategy", strategy(id));
        if (file == null || file.isEmpty()) {
            model.addAttribute("fileError", "monitoring.import.error.empty");
            return "monitoring/admin/import";
        }
        try {
            String name = file.getOriginalFilename() == null ? "plan" : file.getOriginalFilename().replaceAll("[\\\\/]", "_");
            model.addAttribute("report", importer.importFile(id, name, file.getBytes()));
        } catch (ActionPlanImport.Unreadable e) {
            model.addAttribute("fileError", e.messageKey());
        } catch (IOException e) {
            model.addAttribute("fileError", "monitoring.import.error.file");
        }
        return "monitoring/admin/import";
    }

    private Strategy strategy(long id) {
        return strategies.findById(id).orElseThrow(() -> new NotFoundException("strategy", id));
    }
}
