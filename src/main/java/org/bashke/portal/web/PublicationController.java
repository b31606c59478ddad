package org.bashke.portal.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bashke.directory.Directory;
import org.bashke.directory.HubSummary;
import org.bashke.directory.OrganisationSummary;
import org.bashke.files.FileStore;
import org.bashke.files.StoredFile;
import org.bashke.portal.content.HubLookup;
import org.bashke.portal.publications.Publication;
import org.bashke.portal.publications.PublicationType;
import org.bashke.portal.publications.Publications;
import org.bashke.shared.NotFoundException;
import org.springframework.core.io.Resource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The public publications library: filtered list, detail, and the files of published publications. */
@Controller
class PublicationController {

    static final int PAGE_SIZE = 10;
    static final List<String> LANGUAGES = List.of("sq", "sr", "en");

    private final Publications publications;
    private final HubLookup hubs;
    private final Directory directory;
    private final FileStore files;

    PublicationController(Publications publications, HubLookup hubs, Directory directory, FileStore files) {
        this.publications = publications;
        this.hubs = hubs;
        this.directory = directory;
        this.files = files;
    }

    @GetMapping("/publications")
    String list(@RequestParam(required = false) String type, @RequestParam(required = false) Integer year,
                @RequestParam(required = false) Long organisation, @RequestParam(required = false) String hub,
                @RequestParam(required = false) String region, @RequestParam(required = false) String lang,
                @RequestParam(defaultValue = "0") int page, Model model) {
        PublicationType chosenType = PublicationType.parse(type);
        HubSummary chosenHub = hubs.resolve(hub, region).orElse(null);
        String language = lang != null && LANGUAGES.contains(lang) ? lang : null;
        Page<Publication> found = publications.published(chosenType == null ? null : chosenType.name(), year,
                chosenHub == null ? null : chosenHub.id(), organisation, language,
                PageRequest.of(Math.max(0, Math.min(page, 10_000)), PAGE_SIZE));
        List<OrganisationSummary> authors = directory.organisations(publications.publishedAuthorIds());
        Map<Long, OrganisationSummary> authorsById = new LinkedHashMap<>();
        authors.forEach(o -> authorsById.put(o.id(), o));
        model.addAttribute("publications", found);
        model.addAttribute("types", PublicationType.values());
        model.addAttribute("type", chosenType);
        model.addAttribute("years", publications.publishedYears());
        model.addAttribute("year", year);
        model.addAttribute("authors", authors);
        model.addAttribute("authorsById", authorsById);
        model.addAttribute("organisation", organisation);
        model.addAttribute("hubs", hubs.hubs());
        model.addAttribute("hub", chosenHub);
        model.addAttribute("languages", LANGUAGES);
        model.addAttribute("lang", language);
        return "portal/publications";
    }

    @GetMapping("/publications/{id:\\d+}")
    String show(@PathVariable long id, Model model) {
        Publication p = published(id);
        model.addAttribute("publication", p);
        model.addAttribute("authors", directory.organisations(p.getAuthorIds()));
        model.addAttribute("hub", p.getHubId() == null ? null : hubs.byId().get(p.getHubId()));
        Map<String, StoredFile> byLanguage = new LinkedHashMap<>();
        Map<Long, StoredFile> stored = new java.util.HashMap<>();
        files.files(List.copyOf(p.getFiles().values())).forEach(f -> stored.put(f.id(), f));
        for (String l : LANGUAGES) {
            Long fileId = p.getFiles().get(l);
            if (fileId != null && stored.containsKey(fileId)) {
                byLanguage.put(l, stored.get(fileId));
            }
        }
        model.addAttribute("files", byLanguage);
        return "portal/publication";
    }

    /** Only a published publication's files are public: a draft's file answers 404, as the draft does. */
    @GetMapping("/publications/{id:\\d+}/files/{language:sq|sr|en}")
    ResponseEntity<Resource> download(@PathVariable long id, @PathVariable String language) {
        Publication p = published(id);
        Long fileId = p.getFiles().get(language);
        if (fileId == null) {
            throw new NotFoundException("publication file", id + "/" + language);
        }
        return files.download(fileId, true);
    }

    private Publication published(long id) {
        return publications.findById(id).filter(Publication::isPublic)
                .orElseThrow(() -> new NotFoundException("publication", id));
    }
}
