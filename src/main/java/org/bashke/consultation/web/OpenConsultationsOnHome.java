package org.bashke.consultation.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.bashke.calendar.WorkingDays;
import org.bashke.consultation.ConsultationStage;
import org.bashke.consultation.Consultations;
import org.bashke.portal.HomeSection;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** "Consultations open now" on the portal's home page, closing soonest first, with working days left. */
@Component
class OpenConsultationsOnHome implements HomeSection {

    private static final ZoneId KOSOVO = ZoneId.of("Europe/Belgrade");

    private final Consultations consultations;
    private final WorkingDays workingDays;
    private final MessageSource messages;
    private final Clock clock;

    OpenConsultationsOnHome(Consultations consultations, WorkingDays workingDays, MessageSource messages, ObjectProvider<Clock> clock) {
        this.consultations = consultations;
        this.workingDays = workingDays;
        this.messages = messages;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    @Override
    public String headingKey() {
        return "consultation.home.heading";
    }

    @Override
    public String listUrl() {
        return "/consultations";
    }

    @Override
    public String listLinkKey() {
        return "consultation.home.all";
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public List<Item> items(Locale locale) {
        LocalDate today = LocalDate.now(clock.withZone(KOSOVO));
        return consultations.openConsultations().stream()
                .filter(c -> c.stage() == ConsultationStage.WRITTEN || c.stage() == ConsultationStage.EARLY)
                .sorted(Comparator.comparing(c -> c.closesOn()))
                .limit(5)
                .map(c -> new Item(c.title(), "/consultations/" + c.id(), messages.getMessage("consultation.daysLeft",
                        new Object[] {Math.max(0, workingDays.workingDaysBetween(today, c.closesOn()))}, locale)))
                .toList();
    }
}
