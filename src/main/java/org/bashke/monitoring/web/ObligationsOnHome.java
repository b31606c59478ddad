package org.bashke.monitoring.web;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.bashke.monitoring.ObligationStatus;
import org.bashke.monitoring.Obligations;
import org.bashke.monitoring.obligation.ObligationRepository;
import org.bashke.portal.HomeSection;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** "Obligations: overdue and recently completed" on the home page — the government's record at a glance. */
@Component("monitoringObligationsOnHome")
class ObligationsOnHome implements HomeSection {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final Obligations obligations;
    private final ObligationRepository repository;
    private final MessageSource messages;

    ObligationsOnHome(Obligations obligations, ObligationRepository repository, MessageSource messages) {
        this.obligations = obligations;
        this.repository = repository;
        this.messages = messages;
    }

    @Override
    public String headingKey() {
        return "monitoring.home.heading";
    }

    @Override
    public String listUrl() {
        return "/monitoring";
    }

    @Override
    public String listLinkKey() {
        return "monitoring.home.all";
    }

    @Override
    public int order() {
        return 70;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Item> items(Locale locale) {
        List<Item> items = new ArrayList<>();
        obligations.overdue().stream()
                .sorted((a, b) -> Integer.compare(b.overdueDays(), a.overdueDays()))
                .limit(3)
                .forEach(o -> items.add(new Item(o.title(), o.url(),
                        messages.getMessage("monitoring.overdue.days", new Object[] {o.overdueDays()}, locale))));
        repository.findTop5ByStatusOrderByStatusChangedAtDesc(ObligationStatus.COMPLETED).stream()
                .limit(5 - items.size())
                .forEach(o -> items.add(new Item(o.getTitle(), "/monitoring/obligations/" + o.getId(),
                        o.getCompletedOn() == null ? messages.getMessage(ObligationStatus.COMPLETED.labelKey(), null, locale)
                                : messages.getMessage("monitoring.home.completedOn", new Object[] {DATE.format(o.getCompletedOn())}, locale))));
        return items;
    }

}
