package org.bashke.council.voice.web;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.bashke.council.voice.CallForInputRepository;
import org.bashke.council.voice.VoiceAccess;
import org.bashke.portal.HomeSection;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The home page block of calls for input open now, closing soonest first. */
@Component
class OpenCallsOnHome implements HomeSection {

    private final CallForInputRepository calls;
    private final VoiceAccess access;
    private final MessageSource messages;

    OpenCallsOnHome(CallForInputRepository calls, VoiceAccess access, MessageSource messages) {
        this.calls = calls;
        this.access = access;
        this.messages = messages;
    }

    @Override
    public String headingKey() {
        return "council-voice.home.heading";
    }

    @Override
    public String listUrl() {
        return "/council/calls";
    }

    @Override
    public String listLinkKey() {
        return "council-voice.home.all";
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public List<Item> items(Locale locale) {
        DateTimeFormatter format = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");
        return calls.openAt(access.clock().instant()).stream().limit(5)
                .map(c -> new Item(c.getTitle(), "/council/calls/" + c.getId(), messages.getMessage("council-voice.home.until",
                        new Object[] {c.getDeadline().atZone(java.time.ZoneId.of("Europe/Belgrade")).format(format)}, locale)))
                .toList();
    }
}
