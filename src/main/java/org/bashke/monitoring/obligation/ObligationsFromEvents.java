package org.bashke.monitoring.obligation;

import java.util.Map;
import org.bashke.audit.AuditLog;
import org.bashke.council.DecisionAdopted;
import org.bashke.dialogue.CommitmentMade;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Council decisions and dialogue commitments become obligations here, remembering their source. The
 * listeners run after the publisher commits (with the event publication registry: a crash loses none) and
 * are idempotent, so a re-delivered event does not make a second obligation.
 */
@Component("monitoringObligationsFromEvents")
public class ObligationsFromEvents {

    private final ObligationRepository obligations;
    private final AuditLog audit;
    private final MonitoringClock clock;
    private final PublishObligation publish;

    ObligationsFromEvents(ObligationRepository obligations, AuditLog audit, MonitoringClock clock, PublishObligation publish) {
        this.obligations = obligations;
        this.audit = audit;
        this.clock = clock;
        this.publish = publish;
    }

    @ApplicationModuleListener
    public void on(DecisionAdopted event) {
        if (obligations.findBySourceModuleAndSourceTypeAndSourceId("council", "decision", event.decisionId()).isPresent()) {
            return;
        }
        Obligation o = obligations.save(Obligation.fromSource("council", "decision", event.decisionId(), event.url(),
                event.text(), event.responsibleOrganisationId(), event.responsible(), event.deadline(), clock.now()));
        audit.recordAs("system:monitoring", "monitoring.obligation.created", "monitoring-obligation", o.getId(), null,
                Map.of("source", "council/decision/" + event.decisionId(), "number", String.valueOf(event.number())));
        publish.changed(o);
    }

    @ApplicationModuleListener
    public void on(CommitmentMade event) {
        if (obligations.findBySourceModuleAndSourceTypeAndSourceId("dialogue", "commitment", event.commitmentId()).isPresent()) {
            return;
        }
        Obligation o = obligations.save(Obligation.fromSource("dialogue", "commitment", event.commitmentId(), event.url(),
                event.text(), event.responsibleOrganisationId(), null, event.deadline(), clock.now()));
        audit.recordAs("system:monitoring", "monitoring.obligation.created", "monitoring-obligation", o.getId(), null,
                Map.of("source", "dialogue/commitment/" + event.commitmentId()));
        publish.changed(o);
    }
}
