package org.bashke.council.voice.web.admin;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.bashke.council.Council;
import org.bashke.council.MeetingSummary;
import org.bashke.council.meeting.Agendas;
import org.bashke.council.voice.CallForInput;
import org.bashke.council.voice.CallForInputRepository;
import org.bashke.council.voice.CallForInputViews;
import org.bashke.council.voice.CloseCallEarly;
import org.bashke.council.voice.OpenCallForInput;
import org.bashke.council.voice.PositionOutcome;
import org.bashke.council.voice.ReportBack;
import org.bashke.council.voice.VoiceAccess;
import org.bashke.council.voice.VoiceRuleBroken;
import org.bashke.council.voice.WritePosition;
import org.bashke.shared.NotFoundException;
import org.bashke.shared.text.Language;
import org.bashke.shared.text.LocalizedText;
import org.springframework.security.access.AccessDeniedException;
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

/**
 * The back office of the CSO voice, for the secretariat and the bodies' CSO members: open a call, see every
 * input, close it early, consolidate positions, report back.
 */
@Controller
@RequestMapping("/admin/council/calls")
class CallsForInputAdminController {

    private final CallForInputRepository calls;
    private final CallForInputViews views;
    private final VoiceAccess access;
    private final Council council;
    private final Agendas agendas;
    private final OpenCallForInput openCall;
    private final CloseCallEarly closeCall;
    private final WritePosition writePosition;
    private final ReportBack reportBack;

    CallsForInputAdminController(CallForInputRepository calls, CallForInputViews views, VoiceAccess access, Council council, Agendas agendas,
                        OpenCallForInput openCall, CloseCallEarly closeCall, WritePosition writePosition, ReportBack reportBack) {
        this.calls = calls;
        this.views = views;
        this.access = access;
        this.council = council;
        this.agendas = agendas;
        this.openCall = openCall;
        this.closeCall = closeCall;
        this.writePosition = writePosition;
        this.reportBack = reportBack;
    }

    @InitBinder("callForm")
    void callFields(WebDataBinder binder) {
        binder.setAllowedFields("meetingId", "agendaItemIds", "titleSq", "titleSr", "titleEn", "descriptionSq",
                "descriptionSr", "descriptionEn", "audience", "deadlineDate", "deadlineTime");
    }

    @InitBinder("positionForm")
    void positionFields(WebDataBinder binder) {
        binder.setAllowedFields("textSq", "textSr", "textEn", "drawnOn");
    }

    @InitBinder("reportForm")
    void reportFields(WebDataBinder binder) {
        binder.setAllowedFields("textSq", "textSr", "textEn", "items[*].callItemId", "items[*].outcome",
                "items[*].textSq", "items[*].textSr", "items[*].textEn");
    }

    @GetMapping
    String list(Locale locale, Model model) {
        if (!access.mayStewardAny()) {
            throw new AccessDeniedException("no body whose CSO side this person speaks for");
        }
        List<CallForInput> mine = calls.findAllByOrderByDeadlineDesc().stream()
                .filter(c -> access.mayStewardBody(c.getBodyId())).toList();
        model.addAttribute("rows", views.rows(mine, locale));
        model.addAttribute("meetings", meetingChoices(locale));
        return "council/voice/admin/list";
    }

    /** Upcoming meetings of bodies the person stewards: id → title with date. */
    private Map<Long, String> meetingChoices(Locale locale) {
        Map<Long, String> choices = new java.util.LinkedHashMap<>();
        for (MeetingSummary m : council.upcomingMeetings(100)) {
            if (access.mayStewardBody(m.bodyId())) {
                choices.put(m.id(), m.title().display(locale) + (m.startsAt() == null ? ""
                        : " (" + m.startsAt().atZoneSameInstant(java.time.ZoneId.of("Europe/Belgrade"))
                        .format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm")) + ")"));
            }
        }
        return choices;
    }

    @GetMapping("/new")
    String newCall(@RequestParam(name = "meeting", required = false) Long meetingId, Locale locale, Model model) {
        CallForm form = new CallForm();
        form.setMeetingId(meetingId);
        return form(form, locale, model);
    }

    private String form(CallForm form, Locale locale, Model model) {
        if (!access.mayStewardAny()) {
            throw new AccessDeniedException("no body whose CSO side this person speaks for");
        }
        model.addAttribute("callForm", form);
        model.addAttribute("meetings", meetingChoices(locale));
        MeetingSummary meeting = form.getMeetingId() == null ? null : agendas.meeting(form.getMeetingId()).orElse(null);
        model.addAttribute("meeting", meeting);
        model.addAttribute("agenda", meeting == null ? List.of() : agendas.agenda(meeting.id()).stream()
                .map(i -> new AgendaChoice(i.id(), i.position(), i.title().display(locale))).toList());
        model.addAttribute("audiences", org.bashke.council.voice.Audience.values());
        return "council/voice/admin/form";
    }

    record AgendaChoice(long id, int position, String title) {
    }

    @PostMapping
    String create(@ModelAttribute("callForm") CallForm form, BindingResult errors, Locale locale, Model model,
                  RedirectAttributes redirect) {
        if (form.getMeetingId() == null) {
            errors.rejectValue("meetingId", "council-voice.call.meeting.required");
            return form(form, locale, model);
        }
        LocalizedText title = text(locale, form.getTitleSq(), form.getTitleSr(), form.getTitleEn());
        if (title.isEmpty()) {
            errors.rejectValue("titleSq", "council-voice.call.title.required");
        }
        if (form.getAgendaItemIds() == null || form.getAgendaItemIds().isEmpty()) {
            errors.rejectValue("agendaItemIds", "council-voice.call.items.required");
        }
        if (form.getDeadlineDate() == null || form.getDeadlineTime() == null) {
            errors.rejectValue("deadlineDate", "council-voice.call.deadline.required");
        }
        if (form.getAudience() == null) {
            errors.rejectValue("audience", "council-voice.call.audience.required");
        }
        if (!errors.hasErrors()) {
            Instant deadline = ZonedDateTime.of(form.getDeadlineDate(), form.getDeadlineTime(), java.time.ZoneId.of("Europe/Belgrade"))
                    .toInstant();
            try {
                long id = openCall.open(new OpenCallForInput.CallValues(form.getMeetingId(), form.getAgendaItemIds(), title,
                        text(locale, form.getDescriptionSq(), form.getDescriptionSr(), form.getDescriptionEn()),
                        form.getAudience(), deadline));
                redirect.addFlashAttribute("flash", "council-voice.call.flash.opened");
                return "redirect:/admin/council/calls/" + id;
            } catch (VoiceRuleBroken e) {
                errors.reject(e.messageKey());
            }
        }
        return form(form, locale, model);
    }

    @GetMapping("/{id}")
    String show(@PathVariable("id") long id, Locale locale, Model model) {
        CallForInput call = stewarded(id);
        model.addAttribute("call", views.view(call.getId(), locale, true));
        model.addAttribute("acceptsInput", call.acceptsInput(access.clock().instant()));
        return "council/voice/admin/show";
    }

    @PostMapping("/{id}/close")
    String close(@PathVariable("id") long id, RedirectAttributes redirect) {
        stewarded(id);
        try {
            closeCall.close(id);
            redirect.addFlashAttribute("flash", "council-voice.call.flash.closed");
        } catch (VoiceRuleBroken e) {
            redirect.addFlashAttribute("flash", e.messageKey());
        }
        return "redirect:/admin/council/calls/" + id;
    }

    @GetMapping("/{id}/items/{itemId}/position")
    String position(@PathVariable("id") long id, @PathVariable("itemId") long itemId, Locale locale, Model model) {
        CallForInput call = stewarded(id);
        var item = call.item(itemId).orElseThrow(() -> new NotFoundException("call item", itemId));
        PositionForm form = new PositionForm();
        form.setTextSq(item.getPosition().get(Language.SQ));
        form.setTextSr(item.getPosition().get(Language.SR));
        form.setTextEn(item.getPosition().get(Language.EN));
        form.getDrawnOn().addAll(item.getSources());
        return positionPage(id, itemId, form, locale, model);
    }

    private String positionPage(long id, long itemId, PositionForm form, Locale locale, Model model) {
        CallForInputViews.CallView view = views.view(id, locale, true);
        model.addAttribute("call", view);
        model.addAttribute("item", view.items().stream().filter(i -> i.id() == itemId).findFirst()
                .orElseThrow(() -> new NotFoundException("call item", itemId)));
        model.addAttribute("positionForm", form);
        return "council/voice/admin/position";
    }

    @PostMapping("/{id}/items/{itemId}/position")
    String savePosition(@PathVariable("id") long id, @PathVariable("itemId") long itemId,
                        @RequestParam(name = "publish", defaultValue = "false") boolean publish,
                        @ModelAttribute("positionForm") PositionForm form, BindingResult errors, Locale locale, Model model,
                        RedirectAttributes redirect) {
        stewarded(id);
        LocalizedText text = text(locale, form.getTextSq(), form.getTextSr(), form.getTextEn());
        if (text.isEmpty()) {
            errors.rejectValue("textSq", "council-voice.position.text.required");
        }
        if (!errors.hasErrors()) {
            try {
                writePosition.write(new WritePosition.PositionValues(id, itemId, text, form.getDrawnOn(), publish));
                redirect.addFlashAttribute("flash", publish ? "council-voice.position.flash.published" : "council-voice.position.flash.saved");
                return "redirect:/admin/council/calls/" + id;
            } catch (VoiceRuleBroken e) {
                errors.reject(e.messageKey());
            }
        }
        return positionPage(id, itemId, form, locale, model);
    }

    @GetMapping("/{id}/report")
    String report(@PathVariable("id") long id, Locale locale, Model model) {
        CallForInput call = stewarded(id);
        ReportForm form = new ReportForm();
        form.setTextSq(call.getReport().get(Language.SQ));
        form.setTextSr(call.getReport().get(Language.SR));
        form.setTextEn(call.getReport().get(Language.EN));
        for (var item : call.getItems()) {
            ReportForm.ItemOutcome o = new ReportForm.ItemOutcome();
            o.setCallItemId(item.getId());
            o.setOutcome(item.getOutcome());
            o.setTextSq(item.getFared().get(Language.SQ));
            o.setTextSr(item.getFared().get(Language.SR));
            o.setTextEn(item.getFared().get(Language.EN));
            form.getItems().add(o);
        }
        return reportPage(id, form, locale, model);
    }

    private String reportPage(long id, ReportForm form, Locale locale, Model model) {
        CallForInputViews.CallView view = views.view(id, locale, true);
        // one form row per item of the call, in its order, whatever the request held
        Map<Long, ReportForm.ItemOutcome> given = new HashMap<>();
        form.getItems().stream().filter(o -> o.getCallItemId() != null).forEach(o -> given.putIfAbsent(o.getCallItemId(), o));
        form.setItems(view.items().stream().map(i -> {
            ReportForm.ItemOutcome o = given.getOrDefault(i.id(), new ReportForm.ItemOutcome());
            o.setCallItemId(i.id());
            return o;
        }).collect(java.util.stream.Collectors.toCollection(java.util.ArrayList::new)));
        model.addAttribute("call", view);
        model.addAttribute("reportForm", form);
        model.addAttribute("outcomes", PositionOutcome.values());
        return "council/voice/admin/report";
    }

    @PostMapping("/{id}/report")
    String saveReport(@PathVariable("id") long id, @RequestParam(name = "publish", defaultValue = "false") boolean publish,
                      @ModelAttribute("reportForm") ReportForm form, BindingResult errors, Locale locale, Model model,
                      RedirectAttributes redirect) {
        stewarded(id);
        Map<Long, CallForInput.ItemOutcome> outcomes = new HashMap<>();
        for (ReportForm.ItemOutcome o : form.getItems()) {
            if (o.getCallItemId() != null) {
                outcomes.put(o.getCallItemId(), new CallForInput.ItemOutcome(o.getOutcome(),
                        text(locale, o.getTextSq(), o.getTextSr(), o.getTextEn())));
            }
        }
        try {
            reportBack.save(new ReportBack.ReportValues(id, text(locale, form.getTextSq(), form.getTextSr(), form.getTextEn()),
                    outcomes));
            if (publish) {
                reportBack.publish(id);
            }
            redirect.addFlashAttribute("flash", publish ? "council-voice.report.flash.published" : "council-voice.report.flash.saved");
            return "redirect:/admin/council/calls/" + id;
        } catch (VoiceRuleBroken e) {
            errors.reject(e.messageKey());
        }
        return reportPage(id, form, locale, model);
    }

    private CallForInput stewarded(long id) {
        // the coarse check first, so that a stranger learns nothing, not even whether the call exists
        if (!access.mayStewardAny()) {
            throw new AccessDeniedException("no body whose CSO side this person speaks for");
        }
        CallForInput call = calls.findById(id).orElseThrow(() -> new NotFoundException("call", id));
        if (!access.mayStewardBody(call.getBodyId())) {
            throw new AccessDeniedException("not a CSO member of this body");
        }
        return call;
    }

    /** Content in three languages; the reader's own language is the one they wrote in (authoritative). */
    static LocalizedText text(Locale locale, String sq, String sr, String en) {
        Language original = Language.of(locale);
        String inOriginal = switch (original) {
            case SQ -> sq;
            case SR -> sr;
            case EN -> en;
        };
        if (inOriginal == null || inOriginal.isBlank()) {
            original = sq != null && !sq.isBlank() ? Language.SQ : sr != null && !sr.isBlank() ? Language.SR : Language.EN;
        }
        return LocalizedText.of(original, sq, sr, en);
    }
}
