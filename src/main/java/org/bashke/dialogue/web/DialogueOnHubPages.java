package org.bashke.dialogue.web;

import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.bashke.consultation.ConsultationStage;
import org.bashke.consultation.ConsultationSummary;
import org.bashke.consultation.Consultations;
import org.bashke.directory.HubSection;
import org.bashke.directory.MunicipalitySummary;
import org.bashke.dialogue.process.DialogueProcess;
import org.bashke.dialogue.process.DialogueProcessRepository;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a hub's page shows of dialogue in its area: the processes run by the hub or in its municipalities,
 * and the consultations of its municipalities (open ones first, closing soonest).
 */
@Configuration(proxyBeanMethods = false)
class DialogueOnHubPages {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    @Bean
    HubSection hubDialogueProcesses(DialogueProcessRepository processes, MessageSource messages) {
        return new Processes(processes, messages);
    }

    @Bean
    HubSection hubMunicipalConsultations(ObjectProvider<Consultations> consultations, MessageSource messages) {
        return new MunicipalConsultations(consultations, messages);
    }

    static class Processes implements HubSection {
        private final DialogueProcessRepository processes;
        private final MessageSource messages;

        Processes(DialogueProcessRepository processes, MessageSource messages) {
            this.processes = processes;
            this.messages = messages;
        }

        @Override
        public String headingKey() {
            return "dialogue.hub.processes";
        }

        @Override
        public String listLinkKey() {
            return "dialogue.hub.allProcesses";
        }

        @Override
        public String listUrl(HubArea area) {
            return "/dialogue?hub=" + area.hub().code();
        }

        @Override
        public int order() {
            return 30;
        }

        @Override
        @Transactional(readOnly = true)
        public List<Item> items(HubArea area, Locale locale) {
            List<String> served = area.municipalities().stream().map(MunicipalitySummary::code).toList();
            return processes.findByHubCodeOrMunicipalityCodeIn(area.hub().code(), served.isEmpty() ? List.of("") : served).stream()
                    .sorted(Comparator.comparing(DialogueProcess::getStartedOn, Comparator.nullsLast(Comparator.reverseOrder()))
                            .thenComparing(DialogueProcess::getId, Comparator.reverseOrder()))
                    .limit(5)
                    .map(p -> new Item(p.getTitle(), "/dialogue/" + p.getId(),
                            messages.getMessage("dialogue.type." + p.getType(), null, locale) + " · "
                                    + messages.getMessage("dialogue.status." + p.getStatus(), null, locale)))
                    .toList();
        }
    }

    static class MunicipalConsultations implements HubSection {
        private final ObjectProvider<Consultations> consultations;
        private final MessageSource messages;

        MunicipalConsultations(ObjectProvider<Consultations> consultations, MessageSource messages) {
            this.consultations = consultations;
            this.messages = messages;
        }

        @Override
        public String headingKey() {
            return "dialogue.hub.consultations";
        }

        @Override
        public String listLinkKey() {
            return "dialogue.hub.allMunicipalities";
        }

        @Override
        public String listUrl(HubArea area) {
            return "/dialogue/municipalities";
        }

        @Override
        public int order() {
            return 40;
        }

        @Override
        public List<Item> items(HubArea area, Locale locale) {
            Consultations held = consultations.getIfAvailable();
            if (held == null) {
                return List.of();
            }
            record Held(ConsultationSummary consultation, MunicipalitySummary municipality) {
                boolean open() {
                    return consultation.stage() == ConsultationStage.EARLY || consultation.stage() == ConsultationStage.WRITTEN;
                }
            }
            Map<Long, MunicipalitySummary> byOrganisation = area.municipalities().stream().filter(m -> m.organisationId() != null)
                    .collect(Collectors.toMap(MunicipalitySummary::organisationId, m -> m, (a, b) -> a));
            return held.ofInstitutions(byOrganisation.keySet()).stream()
                    .map(c -> new Held(c, byOrganisation.get(c.institutionId())))
                    .sorted(Comparator.comparing((Held h) -> !h.open())
                            .thenComparing(h -> h.open() ? h.consultation().closesOn() : null, Comparator.nullsLast(Comparator.<java.time.LocalDate>naturalOrder()))
                            .thenComparing(h -> h.consultation().opensOn(), Comparator.nullsLast(Comparator.<java.time.LocalDate>reverseOrder())))
                    .limit(5)
                    .map(h -> new Item(h.consultation().title(), "/consultations/" + h.consultation().id(),
                            messages.getMessage(h.open() ? "dialogue.hub.consultation.open" : "dialogue.hub.consultation.closed",
                                    new Object[] {h.municipality().name().display(locale),
                                            h.consultation().closesOn() == null ? "" : DAY.format(h.consultation().closesOn())}, locale)))
                    .toList();
        }
    }
}
