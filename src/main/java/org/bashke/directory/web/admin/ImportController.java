package org.bashke.directory.web.admin;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.UUID;
import org.bashke.directory.OrganisationType;
import org.bashke.directory.geography.Geography;
import org.bashke.directory.importing.ImportColumn;
import org.bashke.directory.importing.ImportOrganisations;
import org.bashke.directory.organisation.AreaOfWork;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Import organisations from CSV or Excel: upload, read the per-row report, then either import the
 * valid rows (the upload waits server-side under a random token) or fix the file and upload again.
 */
@Controller
@RequestMapping("/admin/organisations/import")
class ImportController {

    private static final String TOKEN = "/{token:[0-9a-fA-F-]{36}}";

    private final ImportOrganisations imports;
    private final Geography geography;

    ImportController(ImportOrganisations imports, Geography geography) {
        this.imports = imports;
        this.geography = geography;
    }

    @GetMapping
    String page(Model model) {
        return uploadPage(model, null, null);
    }

    @PostMapping
    String upload(@RequestParam(name = "file", required = false) MultipartFile file, Principal principal, Model model)
            throws IOException {
        if (file == null || file.isEmpty()) {
            return uploadPage(model, "directory.import.file.missing", null);
        }
        ImportOrganisations.Upload upload = imports.upload(principal.getName(), file.getOriginalFilename(), file.getBytes());
        if (!upload.readable()) {
            return uploadPage(model, upload.errorKey(), upload.errorArgs());
        }
        return "redirect:/admin/organisations/import/" + upload.token();
    }

    @GetMapping(TOKEN)
    String report(@PathVariable UUID token, Principal principal, Model model) {
        model.addAttribute("report", imports.report(token, principal.getName()));
        return "directory/admin/import-report";
    }

    @PostMapping(TOKEN + "/confirm")
    String confirm(@PathVariable UUID token, Principal principal) {
        imports.importValidRows(token, principal.getName());
        return "redirect:/admin/organisations/import/" + token;
    }

    @PostMapping(TOKEN + "/discard")
    String discard(@PathVariable UUID token, Principal principal) {
        imports.discard(token, principal.getName());
        return "redirect:/admin/organisations/import";
    }

    /** A file to start from: every column, and two example rows to overwrite. UTF-8 with a BOM so Excel reads the letters right. */
    @GetMapping("/template.csv")
    ResponseEntity<byte[]> template() {
        String csv = "\uFEFF" + String.join(",", java.util.Arrays.stream(ImportColumn.values()).map(ImportColumn::header).toList()) + "\r\n"
                + "70012345,CSO,Shoqata Shembull,Udruženje Primer,Example Association,SHSH,PRZ,PRZ,youth;education,"
                + "info@shembull.org,+383 29 000 000,\"Rr. Shembull 1, Prizren\",www.shembull.org,yes,,,\r\n"
                + ",PUBLIC_INSTITUTION,Agjencia Shembull,Agencija Primer,Example Agency,,PRI,PRI,democracy_governance,,,,,no,,,\r\n";
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("organisations-template.csv").build().toString())
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(csv.getBytes(StandardCharsets.UTF_8));
    }

    private String uploadPage(Model model, String errorKey, Object[] errorArgs) {
        model.addAttribute("columns", ImportColumn.values());
        model.addAttribute("types", OrganisationType.values());
        model.addAttribute("areas", AreaOfWork.values());
        model.addAttribute("regions", geography.regions());
        model.addAttribute("municipalities", geography.municipalities());
        model.addAttribute("errorKey", errorKey);
        model.addAttribute("errorArgs", errorArgs);
        return "directory/admin/import";
    }
}
