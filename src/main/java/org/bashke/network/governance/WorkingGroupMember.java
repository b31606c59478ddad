package org.bashke.network.governance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A member organisation taking part in a working group. */
@Entity(name = "NetworkWorkingGroupMember")
@Table(name = "network_working_group_member")
public class WorkingGroupMember {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "group_id")
    private long groupId;
    @Column(name = "organisation_id")
    private long organisationId;
    @Column(name = "joined_at")
    private Instant joinedAt;

    protected WorkingGroupMember() {
    }

    public WorkingGroupMember(long groupId, long organisationId, Instant now) {
        this.groupId = groupId;
        this.organisationId = organisationId;
        this.joinedAt = now;
    }

    public Long getId() { return id; }
    public long getGroupId() { return groupId; }
    public long getOrganisationId() { return organisationId; }
}
