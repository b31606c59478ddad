package org.bashke.consultation.web;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.bashke.calendar.WorkingDays;
import org.bashke.consultation.ConsultationStage;
import org.bashke.consultation.DraftType;
import org.bashke.consultation.draft.CommentOnDraft;
import org.bashke.consultation.draft.Consultation;
import org.bashke.consultation.draft.ConsultationRepository;
import org.bashke.consultation.draft.ConsultationRuleException;
import org.bashke.consultation.draft.InstitutionAccess;
import org.bashke.consultation.draft.ManageConsultations;
import org.bashke.consultation.draft.PublishDocumentFile;
import org.bashke.consultation.follow.FollowConsultations;
import org.bashke.consultation.plan.EditPlan;
import org.bashke.consultation.report.ConsultationView;
import org.bashke.consultation.report.CommentView;
import org.bashke.consultation.report.ConsultationViews;
import org.bashke.consultation.report.ReportPdf;
import org.bashke.directory.Directory;
import org.bashke.directory.OrganisationSummary;
import org.bashke.directory.OrganisationType;
import org.bashke.files.FileRejected;
import org.bashke.files.FileStore;
import org.bashke.shared.NotFoundException;
import org.springframework.core.io.Resource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The public side: list of consultations, a consultation with its draft and comments, the final report, plans. */
@Controller
@RequestMapping("/consultations")
class ConsultationController {

    static final int PAGE_SIZE = 20;

    private final ConsultationRepository consultations;
    private final ConsultationViews views;
    private final CommentOnDraft commentOnDraft;
    private final FollowConsultations follow;
    private final EditPlan plans;
    private final ReportPdf pdf;
    private final Directory directory;
    private final InstitutionNames institutionNames;
    private final WorkingDays workingDays;
    private final InstitutionAccess access;

    /** The newest comments the consultation page shows under each article; the rest are on the comments pages. */
    static final int COMMENTS_SHOWN_PER_ARTICLE = 5;
    static final int COMMENTS_PAGE_SIZE = 50;

    private final FileStore files;
    private final PublishDocumentFile documentFiles;

    ConsultationController(ConsultationRepository consultations, ConsultationViews views, CommentOnDraft commentOnDraft,
                           FollowConsultations follow, EditPlan plans, ReportPdf pdf, Directory directory, InstitutionNames institutionNames,
                           WorkingDays workingDays, InstitutionAccess access, FileStore files,
                           PublishDocumentFile documentFiles) {
        this.files = files;
        this.documentFiles = documentFiles;
        this.consultations = consultations;
        this.views = views;
        this.commentOnDraft = commentOnDraft;
        this.follow = follow;
        this.plans = plans;
        this.pdf = pdf;
        this.directory = directory;
        this.institutionNames = institutionNames;
        this.workingDays = workingDays;
        this.access = access;
    }

    @InitBinder("commentForm")
    void allowedFields(WebDataBinder binder) {
        binder.setAllowedFields("articleId", "organisationId", "body", "publicComment", "attachment");
    }

    @GetMapping
    String list(@RequestParam(name = "institution", required = false) Long institution,
                @RequestParam(name = "stage", required = false) ConsultationStage stage,
                @RequestParam(name = "type", required = false) DraftType type,
                @RequestParam(name = "page", defaultValue = "1") int page, Locale locale, Model model) {
        Page<Consultation> found = consultations.search(institution, stage, type, PageRequest.of(Math.max(0, page - 1), PAGE_SIZE));
        LocalDate today = LocalDate.now(ManageConsultations.KOSOVO);
        List<Row> rows = found.getContent().stream().map(c -> new Row(c.getId(), c.getTitle().display(locale), c.getInstitutionId(),
                c.getDraftType(), c.getStage(), c.getOpensOn(), c.getClosesOn(), c.isNonCompliant(),
                c.getStage() == ConsultationStage.WRITTEN && !today.isAfter(c.getClosesOn())
                        ? Math.max(0, workingDays.workingDaysBetween(today, c.getClosesOn())) : null)).toList();
        model.addAttribute("rows", rows);
        model.addAttribute("institutionNames", institutionNames.byName(locale));
        model.addAttribute("institution", institution);
        model.addAttribute("stage", stage);
        model.addAttribute("type", type);
        model.addAttribute("stages", ConsultationStage.values());
        model.addAttribute("types", DraftType.values());
        model.addAttribute("page", found.getNumber() + 1);
        model.addAttribute("pages", found.getTotalPages());
        model.addAttribute("query", "institution=" + (institution == null ? "" : institution) + "&stage=" + (stage == null ? "" : stage)
                + "&type=" + (type == null ? "" : type));
        return "consultation/list";
    }

    /** One row of the list; {@code daysLeft} in working days, only while the consultation is open. */
    record Row(long id, String title, long institutionId, DraftType draftType, ConsultationStage stage, LocalDate opensOn,
               LocalDate closesOn, boolean nonCompliant, Integer daysLeft) {
    }

    @GetMapping("/{id}")
    String show(@PathVariable("id") long id, @RequestParam(name = "article", required = false) Long article,
                Locale locale, Model model) {
        CommentForm form = new CommentForm();
        form.setArticleId(article);
        return page(id, form, locale, model);
    }

    @PostMapping("/{id}/comments")
    String comment(@PathVariable("id") long id, @ModelAttribute("commentForm") CommentForm form, BindingResult errors,
                   Locale locale, Model model, RedirectAttributes redirect) {
        if (form.getBody() == null || form.getBody().isBlank()) {
            errors.rejectValue("body", "consultation.comment.body.required");
        } else if (form.getBody().length() > CommentForm.BODY_MAX) {
            errors.rejectValue("body", "consultation.comment.body.tooLong");
        }
        if (!errors.hasErrors()) {
            try {
                commentOnDraft.comment(new CommentOnDraft.CommentValues(id, form.getArticleId(), form.getOrganisationId(),
                        form.getBody(), form.isPublicComment(), locale.toLanguageTag(), form.getAttachment()));
                redirect.addFlashAttribute("flash", "consultation.comment.flash.sent");
                return "redirect:/consultations/" + id + (form.getArticleId() == null ? "" : "#article-" + form.getArticleId());
            } catch (ConsultationRuleException e) {
                errors.reject(e.messageKey());
            } catch (FileRejected e) {
                errors.rejectValue("attachment", e.messageKey());
            }
        }
        return page(id, form, locale, model);
    }

    /**
     * Every comment on one article (or, without {@code article}, on the whole draft), a page at a time;
     * with {@code comment} and no page, the page that holds that comment (the one search links there).
     */
    @GetMapping("/{id}/comments")
    String comments(@PathVariable("id") long id, @RequestParam(name = "article", required = false) Long article,
                    @RequestParam(name = "page", required = false) Integer page,
                    @RequestParam(name = "comment", required = false) Long comment, Locale locale, Model model) {
        Consultation c = consultations.findById(id).orElseThrow(() -> new NotFoundException("consultation", id));
        boolean forInstitution = access.mayActFor(c.getInstitutionId());
        int index = page != null ? page - 1
                : comment == null ? 0 : views.pageOfComment(id, article, comment, COMMENTS_PAGE_SIZE);
        Page<CommentView> found = views.commentPage(id, article, index, COMMENTS_PAGE_SIZE, locale, forInstitution);
        model.addAttribute("c", c);
        model.addAttribute("consultationId", c.getId());
        model.addAttribute("title", c.getTitle().display(locale));
        model.addAttribute("articleHeading", article == null ? null : views.articleHeading(id, article)
                .orElseThrow(() -> new NotFoundException("article", article)));
        model.addAttribute("article", article);
        model.addAttribute("comments", found.getContent());
        model.addAttribute("page", found.getNumber() + 1);
        model.addAttribute("pages", found.getTotalPages());
        model.addAttribute("total", found.getTotalElements());
        return "consultation/comments-page";
    }

    /** A file published with the consultation: as public as the consultation itself. */
    @GetMapping("/{id}/documents/{documentId}")
    ResponseEntity<Resource> document(@PathVariable("id") long id, @PathVariable("documentId") long documentId) {
        long fileId = documentFiles.fileOf(id, documentId).orElseThrow(() -> new NotFoundException("document", documentId));
        return files.download(fileId, true);
    }

    /** A comment's attachment, to whoever may read the comment's text (never for a hidden comment). */
    @GetMapping("/{id}/comments/{commentId}/attachment")
    ResponseEntity<Resource> attachment(@PathVariable("id") long id, @PathVariable("commentId") long commentId) {
        Consultation c = consultations.findById(id).orElseThrow(() -> new NotFoundException("consultation", id));
        long fileId = views.readableAttachment(id, commentId, access.mayActFor(c.getInstitutionId()))
                .orElseThrow(() -> new NotFoundException("attachment", commentId));
        return files.download(fileId, false);
    }

    private String page(long id, CommentForm form, Locale locale, Model model) {
        Consultation c = consultations.findById(id).orElseThrow(() -> new NotFoundException("consultation", id));
        boolean forInstitution = access.mayActFor(c.getInstitutionId());
        ConsultationView view = views.pageView(id, locale, forInstitution, COMMENTS_SHOWN_PER_ARTICLE);
        model.addAttribute("view", view);
        model.addAttribute("c", c);
        model.addAttribute("consultationId", c.getId());
        model.addAttribute("documentFiles", documentFiles.published(id));
        model.addAttribute("hasAdopted", !c.acceptsComments() && views.hasAdopted(id));
        model.addAttribute("commentForm", form);
        model.addAttribute("mayComment", commentOnDraft.mayComment() && c.acceptsComments());
        model.addAttribute("forInstitution", forInstitution);
        model.addAttribute("myOrganisations", directory.organisations(commentOnDraft.organisationsOfCurrentUser()).stream()
                .collect(Collectors.toMap(OrganisationSummary::id, o -> o.name().display(locale))));
        model.addAttribute("followsConsultation", follow.followsConsultation(id));
        model.addAttribute("followsInstitution", follow.followsInstitution(c.getInstitutionId()));
        LocalDate today = LocalDate.now(ManageConsultations.KOSOVO);
        model.addAttribute("daysLeft", c.getStage() == ConsultationStage.WRITTEN && !today.isAfter(c.getClosesOn())
                ? workingDays.workingDaysBetween(today, c.getClosesOn()) : null);
        return "consultation/show";
    }

    @PostMapping("/{id}/follow")
    String followConsultation(@PathVariable("id") long id, Locale locale, RedirectAttributes redirect) {
        consultations.findById(id).orElseThrow(() -> new NotFoundException("consultation", id));
        follow.toggle(null, id, locale.toLanguageTag());
        redirect.addFlashAttribute("flash", "consultation.follow.flash.changed");
        return "redirect:/consultations/" + id;
    }

    @PostMapping("/institutions/{institutionId}/follow")
    String followInstitution(@PathVariable("institutionId") long institutionId,
                             @RequestParam(name = "back", required = false) Long back, Locale locale, RedirectAttributes redirect) {
        OrganisationSummary org = directory.organisation(institutionId).orElseThrow(() -> new NotFoundException("organisation", institutionId));
        if (org.type() != OrganisationType.PUBLIC_INSTITUTION && org.type() != OrganisationType.MUNICIPALITY) {
            throw new NotFoundException("institution", institutionId);
        }
        follow.toggle(institutionId, null, locale.toLanguageTag());
        redirect.addFlashAttribute("flash", "consultation.follow.flash.changed");
        return back == null ? "redirect:/consultations?institution=" + institutionId : "redirect:/consultations/" + back;
    }

    @GetMapping("/{id}/changes")
    String changes(@PathVariable("id") long id, Locale locale, Model model) {
        model.addAttribute("changes", views.changes(id, locale).orElseThrow(() -> new NotFoundException("adopted text", id)));
        return "consultation/changes";
    }

    @GetMapping("/{id}/report")
    String report(@PathVariable("id") long id, Locale locale, Model model) {
        model.addAttribute("report", publishedReport(id, locale));
        return "consultation/report";
    }

    @GetMapping("/{id}/report.pdf")
    ResponseEntity<byte[]> reportPdf(@PathVariable("id") long id, Locale locale) {
        byte[] body = pdf.render(publishedReport(id, locale), locale);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename("consultation-" + id + "-report-" + locale.toLanguageTag() + ".pdf").build().toString())
                .body(body);
    }

    /** The report is public once published; before that there is none to show. */
    private ConsultationView publishedReport(long id, Locale locale) {
        Consultation c = consultations.findById(id).orElseThrow(() -> new NotFoundException("consultation", id));
        if (c.getStage() != ConsultationStage.REPORT_PUBLISHED) {
            throw new NotFoundException("consultation report", id);
        }
        return views.reportView(id, locale);
    }

    @GetMapping("/plans")
    String plans(@RequestParam(name = "institution", required = false) Long institution,
                 @RequestParam(name = "year", required = false) Integer year, Locale locale, Model model) {
        int shown = year == null ? Year.now(ManageConsultations.KOSOVO).getValue() : Math.max(2000, Math.min(2100, year));
        model.addAttribute("year", shown);
        model.addAttribute("institution", institution);
        model.addAttribute("institutionNames", institutionNames.byName(locale));
        List<org.bashke.consultation.plan.PlanItem> items = institution == null ? List.of() : plans.plan(institution, shown);
        model.addAttribute("items", items);
        model.addAttribute("consultationTitles", consultations.findAllById(items.stream()
                        .map(org.bashke.consultation.plan.PlanItem::getConsultationId).filter(java.util.Objects::nonNull).toList())
                .stream().collect(Collectors.toMap(Consultation::getId, c -> c.getTitle().display(locale))));
        return "consultation/plans";
    }

}
