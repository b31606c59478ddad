package org.bashke.network.governance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** One of the four internal working groups (one per strategic objective), with its elected coordinator. */
@Entity(name = "NetworkWorkingGroup")
@Table(name = "network_working_group")
public class WorkingGroup {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private int objective;
    @Column(name = "coordinator_org_id")
    private Long coordinatorOrganisationId;
    @Column(name = "coordinator_name")
    private String coordinatorName;
    @Column(name = "coordinator_elected_on")
    private LocalDate coordinatorElectedOn;
    @Column(name = "coordinator_decision")
    private String coordinatorDecision;
    @Column(name = "updated_at")
    private Instant updatedAt;

    protected WorkingGroup() {
    }

    public void electCoordinator(long organisationId, String name, LocalDate electedOn, String decision, Instant now) {
        this.coordinatorOrganisationId = organisationId;
        this.coordinatorName = name.strip();
        this.coordinatorElectedOn = electedOn;
        this.coordinatorDecision = decision.strip();
        this.updatedAt = now;
    }

    public Map<String, Object> audit() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("objective", objective);
        m.put("coordinatorOrganisationId", coordinatorOrganisationId);
        m.put("coordinatorName", coordinatorName);
        m.put("electedOn", coordinatorElectedOn == null ? null : coordinatorElectedOn.toString());
        m.put("decision", coordinatorDecision);
        return m;
    }

    public Long getId() { return id; }
    public int getObjective() { return objective; }
    public Long getCoordinatorOrganisationId() { return coordinatorOrganisationId; }
    public String getCoordinatorName() { return coordinatorName; }
    public LocalDate getCoordinatorElectedOn() { return coordinatorElectedOn; }
    public String getCoordinatorDecision() { return coordinatorDecision; }
}
