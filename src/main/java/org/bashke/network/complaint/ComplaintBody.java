package org.bashke.network.complaint;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import org.bashke.shared.text.LocalizedText;

/** A body that handles complaints (e.g. the ethics committee), with its handlers as named accounts. */
@Entity(name = "ComplaintBody")
@Table(name = "network_complaint_body")
public class ComplaintBody {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "sq", column = @Column(name = "name_sq")),
            @AttributeOverride(name = "sr", column = @Column(name = "name_sr")),
            @AttributeOverride(name = "en", column = @Column(name = "name_en")),
            @AttributeOverride(name = "sqStatus", column = @Column(name = "name_sq_status")),
            @AttributeOverride(name = "srStatus", column = @Column(name = "name_sr_status")),
            @AttributeOverride(name = "enStatus", column = @Column(name = "name_en_status"))})
    private LocalizedText name;
    private boolean active;
    @Column(name = "created_at")
    private Instant createdAt;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "network_complaint_handler", joinColumns = @JoinColumn(name = "body_id"))
    @Column(name = "account_id")
    private Set<Long> handlers = new LinkedHashSet<>();

    protected ComplaintBody() {
    }

    public ComplaintBody(LocalizedText name, Instant now) {
        this.name = name;
        this.active = true;
        this.createdAt = now;
    }

    public void addHandler(long accountId) {
        handlers.add(accountId);
    }

    public void removeHandler(long accountId) {
        handlers.remove(accountId);
    }

    public Long getId() { return id; }
    public LocalizedText getName() { return name; }
    public boolean isActive() { return active; }
    public Set<Long> getHandlers() { return Set.copyOf(handlers); }
}
