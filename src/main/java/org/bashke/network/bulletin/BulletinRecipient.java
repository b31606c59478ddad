package org.bashke.network.bulletin;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One person a bulletin was mailed to, with the outbox mail that carries it (for the progress). */
@Entity(name = "NetworkBulletinRecipient")
@Table(name = "network_bulletin_recipient")
public class BulletinRecipient {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "bulletin_id")
    private long bulletinId;
    @Column(name = "account_id")
    private long accountId;
    private String email;
    private String language;
    @Column(name = "mail_id")
    private long mailId;

    protected BulletinRecipient() {
    }

    BulletinRecipient(long bulletinId, long accountId, String email, String language, long mailId) {
        this.bulletinId = bulletinId;
        this.accountId = accountId;
        this.email = email;
        this.language = language;
        this.mailId = mailId;
    }

    public long getMailId() {
        return mailId;
    }

    public String getEmail() {
        return email;
    }
}
