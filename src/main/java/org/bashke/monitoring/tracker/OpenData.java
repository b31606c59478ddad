package org.bashke.monitoring.tracker;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.bashke.monitoring.obligation.Obligation;
import org.bashke.monitoring.obligation.ObligationRepository;
import org.bashke.shared.text.Language;
import org.bashke.shared.text.LocalizedText;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The whole obligation tree with every update and assessment, as plain maps for the JSON open data. */
@Service("monitoringOpenData")
@Transactional(readOnly = true)
public class OpenData {

    private final ObligationRepository obligations;
    private final ObligationDetails details;

    OpenData(ObligationRepository obligations, ObligationDetails details) {
        this.obligations = obligations;
        this.details = details;
    }

    public List<Map<String, Object>> everything(String baseUrl) {
        List<Obligation> all = obligations.findAll(org.springframework.data.domain.Sort.by("id"));
        Map<Long, List<ObligationDetails.Entry>> timelines = details.timelines(all.stream().map(Obligation::getId).toList(), null);
        List<Map<String, Object>> out = new ArrayList<>();
        for (Obligation o : all) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", o.getId());
            m.put("source", Map.of("module", o.getSourceModule(), "type", o.getSourceType(),
                    "id", o.getSourceId() == null ? "" : o.getSourceId(), "url", o.getSourceUrl() == null ? "" : o.getSourceUrl()));
            m.put("code", o.getCode());
            m.put("strategyId", o.getStrategyId());
            m.put("objectiveId", o.getObjectiveId());
            m.put("measureId", o.getMeasureId());
            m.put("title", text(o.getTitle()));
            m.put("institutionId", o.getInstitutionId());
            m.put("supportingInstitutionIds", new TreeSet<>(o.getSupporters()));
            m.put("deadline", o.getDeadline());
            m.put("originalDeadline", o.getOriginalDeadline());
            m.put("status", o.getStatus());
            m.put("percent", o.getPercent());
            m.put("budgetEur", o.getBudgetEur());
            m.put("budgetSource", o.getBudgetSource());
            List<Map<String, Object>> history = new ArrayList<>();
            for (ObligationDetails.Entry e : timelines.getOrDefault(o.getId(), List.of())) {
                Map<String, Object> u = new LinkedHashMap<>();
                u.put("id", e.update().getId());
                u.put("filedAt", e.update().getCreatedAt());
                u.put("status", e.update().getStatus());
                u.put("percent", e.update().getPercent());
                u.put("narrative", text(e.update().getNarrative()));
                u.put("evidence", e.evidence().stream().map(ev -> ev.getUrl() != null ? ev.getUrl()
                        : baseUrl + "/monitoring/evidence/" + ev.getId()).toList());
                if (e.assessment() != null) {
                    u.put("csoAssessment", Map.of("verdict", e.assessment().getVerdict(), "narrative", text(e.assessment().getNarrative()),
                            "assessedAt", e.assessment().getCreatedAt()));
                }
                history.add(u);
            }
            m.put("updates", history);
            m.put("url", baseUrl + "/monitoring/obligations/" + o.getId());
            out.add(m);
        }
        return out;
    }

    private static Map<String, String> text(LocalizedText t) {
        Map<String, String> m = new LinkedHashMap<>();
        for (Language l : Language.values()) {
            if (t.get(l) != null) {
                m.put(l.name().toLowerCase(Locale.ROOT), t.get(l));
            }
        }
        return m;
    }
}
