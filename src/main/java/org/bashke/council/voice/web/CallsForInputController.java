package org.bashke.council.voice.web;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.bashke.council.voice.CallForInput;
import org.bashke.council.voice.CallForInputRepository;
import org.bashke.council.voice.CallForInputViews;
import org.bashke.council.voice.CsoInput;
import org.bashke.council.voice.SubmitInput;
import org.bashke.council.voice.VoiceAccess;
import org.bashke.council.voice.VoiceRuleBroken;
import org.bashke.directory.Directory;
import org.bashke.directory.OrganisationSummary;
import org.bashke.files.FileRejected;
import org.bashke.files.FileStore;
import org.bashke.shared.NotFoundException;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The public side of the CSO voice: calls for input, the inputs one may read, positions and report-backs. */
@Controller
@RequestMapping("/council/calls")
class CallsForInputController {

    private final CallForInputRepository calls;
    private final CallForInputViews views;
    private final SubmitInput submitInput;
    private final VoiceAccess access;
    private final Directory directory;
    private final FileStore files;

    CallsForInputController(CallForInputRepository calls, CallForInputViews views, SubmitInput submitInput, VoiceAccess access, Directory directory,
                   FileStore files) {
        this.calls = calls;
        this.views = views;
        this.submitInput = submitInput;
        this.access = access;
        this.directory = directory;
        this.files = files;
    }

    @InitBinder("inputForm")
    void allowedFields(WebDataBinder binder) {
        binder.setAllowedFields("callItemId", "organisationId", "body", "publicInput", "files");
    }

    @GetMapping
    String list(Locale locale, Model model) {
        List<CallForInput> all = calls.findAllByOrderByDeadlineDesc();
        List<CallForInputViews.Row> rows = views.rows(all, locale);
        model.addAttribute("open", rows.stream().filter(CallForInputViews.Row::open)
                .sorted(java.util.Comparator.comparing(CallForInputViews.Row::deadline)).toList());
        model.addAttribute("closed", rows.stream().filter(r -> !r.open()).toList());
        return "council/voice/list";
    }

    @GetMapping("/{id}")
    String show(@PathVariable("id") long id, Locale locale, Model model) {
        return page(id, new InputForm(), locale, model);
    }

    @PostMapping("/{id}/inputs")
    String submit(@PathVariable("id") long id, @ModelAttribute("inputForm") InputForm form, BindingResult errors,
                  Locale locale, Model model, RedirectAttributes redirect) {
        if (form.getCallItemId() == null) {
            errors.rejectValue("callItemId", "council-voice.input.item.required");
        }
        if (form.getOrganisationId() == null) {
            errors.rejectValue("organisationId", "council-voice.input.organisation.required");
        }
        if (form.getBody() == null || form.getBody().isBlank()) {
            errors.rejectValue("body", "council-voice.input.body.required");
        } else if (form.getBody().length() > CsoInput.BODY_MAX) {
            errors.rejectValue("body", "council-voice.input.body.tooLong");
        }
        if (!errors.hasErrors()) {
            try {
                long inputId = submitInput.submit(new SubmitInput.InputValues(id, form.getCallItemId(), form.getOrganisationId(),
                        form.getBody(), form.isPublicInput(), form.getFiles(), locale.toLanguageTag()));
                redirect.addFlashAttribute("flash", "council-voice.input.flash.sent");
                return "redirect:/council/calls/" + id + "#input-" + inputId;
            } catch (FileRejected e) {
                errors.rejectValue("files", e.messageKey());
            } catch (VoiceRuleBroken e) {
                errors.reject(e.messageKey());
            }
        }
        return page(id, form, locale, model);
    }

    private String page(long id, InputForm form, Locale locale, Model model) {
        CallForInput call = calls.findById(id).orElseThrow(() -> new NotFoundException("call", id));
        model.addAttribute("call", views.view(id, locale, false));
        model.addAttribute("inputForm", form);
        List<Long> mine = access.organisationsFor(call);
        model.addAttribute("myOrganisations", directory.organisations(mine).stream()
                .collect(Collectors.toMap(OrganisationSummary::id, o -> o.name().display(locale), (a, b) -> a, java.util.TreeMap::new)));
        model.addAttribute("mayStewardBody", access.mayStewardBody(call.getBodyId()));
        return "council/voice/show";
    }

    @GetMapping("/{id}/inputs/{inputId}/files/{fileId}")
    ResponseEntity<Resource> file(@PathVariable("id") long id, @PathVariable("inputId") long inputId,
                                  @PathVariable("fileId") long fileId) {
        if (!views.mayDownload(id, inputId, fileId)) {
            throw new NotFoundException("file", fileId);
        }
        return files.download(fileId, false);
    }

}
