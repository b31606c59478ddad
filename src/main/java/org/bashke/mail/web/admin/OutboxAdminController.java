package org.bashke.mail.web.admin;

import java.time.ZoneId;
import java.util.List;
import org.bashke.mail.outbox.OutboxMails;
import org.bashke.shared.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** What the platform wrote to people: kept mail (no SMTP) and the sending state of the rest. */
@Controller
@RequestMapping("/admin/outbox")
class OutboxAdminController {

    static final int PAGE_SIZE = 50;
    /** Times are shown in Kosovo's time. */
    static final ZoneId ZONE = ZoneId.of("Europe/Belgrade");

    private final OutboxMails outbox;

    OutboxAdminController(OutboxMails outbox) {
        this.outbox = outbox;
    }

    @GetMapping
    String list(@RequestParam(name = "page", defaultValue = "0") int page, Model model) {
        int number = Math.max(0, page);
        List<OutboxMails.OutboxMail> found = outbox.newestFirst(number * PAGE_SIZE, PAGE_SIZE + 1);
        model.addAttribute("mails", found.stream().limit(PAGE_SIZE).toList());
        model.addAttribute("page", number);
        model.addAttribute("hasNext", found.size() > PAGE_SIZE);
        model.addAttribute("zone", ZONE);
        return "mail/outbox";
    }

    @GetMapping("/{id}")
    String detail(@PathVariable("id") long id, Model model) {
        OutboxMails.OutboxMail mail = outbox.find(id).orElseThrow(() -> new NotFoundException("mail", id));
        model.addAttribute("mail", mail);
        model.addAttribute("attachments", outbox.attachments(id));
        model.addAttribute("bodyParts", BodyText.of(mail.body()));
        model.addAttribute("zone", ZONE);
        return "mail/outbox-detail";
    }
}
