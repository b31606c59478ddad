package org.bashke.dialogue.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.bashke.dialogue.process.DialogueProcess;
import org.bashke.dialogue.process.DialogueProcessRepository;
import org.bashke.dialogue.process.ProcessStatus;
import org.bashke.portal.HomeSection;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** "Dialogue with institutions" on the home page: the processes running now, latest first, with their organiser. */
@Component
class DialogueOnHome implements HomeSection {

    private final DialogueProcessRepository processes;
    private final DialogueNames names;
    private final MessageSource messages;

    DialogueOnHome(DialogueProcessRepository processes, DialogueNames names, MessageSource messages) {
        this.processes = processes;
        this.names = names;
        this.messages = messages;
    }

    @Override
    public String headingKey() {
        return "dialogue.home.heading";
    }

    @Override
    public String listUrl() {
        return "/dialogue";
    }

    @Override
    public String listLinkKey() {
        return "dialogue.home.all";
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Item> items(Locale locale) {
        List<DialogueProcess> running = processes.findByStatusInOrderByStartedOnDesc(List.of(ProcessStatus.ONGOING, ProcessStatus.PLANNED))
                .stream().limit(5).toList();
        Map<Long, String> organisers = names.organisations(running.stream().map(DialogueProcess::getOrganisationId)
                .collect(Collectors.toSet()), locale);
        return running.stream().map(p -> new Item(p.getTitle(), "/dialogue/" + p.getId(),
                messages.getMessage("dialogue.type." + p.getType(), null, locale) + " · " + organisers.getOrDefault(p.getOrganisationId(), "")))
                .toList();
    }
}
