package org.bashke.council.election.web;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.bashke.council.election.ElectionAccess;
import org.bashke.council.election.ElectionViews;
import org.bashke.files.FileStore;
import org.bashke.shared.NotFoundException;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/** Elections in public: the call, the candidates, the roll, the count with its seed, the ballots for inspection. */
@Controller
@RequestMapping("/council/elections")
class ElectionController {

    private final ElectionViews views;
    private final ElectionAccess access;
    private final FileStore files;

    ElectionController(ElectionViews views, ElectionAccess access, FileStore files) {
        this.views = views;
        this.access = access;
        this.files = files;
    }

    @GetMapping
    String list(Locale locale, Model model) {
        model.addAttribute("rows", views.list(locale));
        return "council/election/list";
    }

    @GetMapping("/{id}")
    String show(@PathVariable("id") long id, Locale locale, Model model) {
        model.addAttribute("page", views.page(id, locale, false));
        model.addAttribute("representative", !access.representedOrganisations().isEmpty());
        return "council/election/show";
    }

    /**
     * The ballots as CSV, while they are open for inspection: one line per ballot, its random id and the
     * candidate numbers chosen. With the seed on the page, enough to redo the count.
     */
    @GetMapping(value = "/{id}/ballots.csv")
    ResponseEntity<String> ballots(@PathVariable("id") long id) throws IOException {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader("ballot", "candidates").get())) {
            for (ElectionViews.BallotView b : views.ballotsForInspection(id, access.isSecretariat())) {
                csv.printRecord(b.id(), b.choices().stream().map(String::valueOf).collect(Collectors.joining(" ")));
            }
        }
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"election-" + id + "-ballots.csv\"")
                .body(out.toString());
    }

    /** A candidacy's documents, for logged-in people (voters read them; the public sees the motivation). */
    @GetMapping("/{id}/documents/{fileId}")
    ResponseEntity<Resource> document(@PathVariable("id") long id, @PathVariable("fileId") long fileId) {
        if (!views.isCandidacyDocument(id, fileId)) {
            throw new NotFoundException("document", fileId);
        }
        return files.download(fileId, true);
    }
}
