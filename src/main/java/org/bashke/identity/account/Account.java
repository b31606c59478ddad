package org.bashke.identity.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Locale;

/**
 * A person's account. The e-mail address is the login name (kept lower-case). State changes are
 * methods here; use cases in this module call them and record the change in the audit log.
 */
@Entity
@Table(name = "identity_account")
public class Account {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false)
    private String email;
    @Column(name = "display_name", nullable = false)
    private String displayName;
    @Column(name = "password_hash")
    private String passwordHash;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AccountStatus status;
    @Column(name = "language_tag", nullable = false)
    private String languageTag = "sq";
    @Column(name = "public_profile", nullable = false)
    private boolean publicProfile;
    @Column(name = "public_bio")
    private String publicBio;
    private String phone;
    @Column(name = "totp_secret")
    private String totpSecret;
    @Column(name = "totp_enabled_at")
    private Instant totpEnabledAt;
    @Column(name = "totp_last_step")
    private Long totpLastStep;
    @Column(name = "email_verified_at")
    private Instant emailVerifiedAt;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Version
    private long version;

    protected Account() {
    }

    private Account(String email, String displayName, String passwordHash, AccountStatus status, String languageTag, Instant now) {
        this.email = normaliseEmail(email);
        this.displayName = displayName.strip();
        this.passwordHash = passwordHash;
        this.status = status;
        this.languageTag = languageTag;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Someone registered themselves: they must confirm their e-mail address before logging in. */
    public static Account registered(String email, String displayName, String passwordHash, String languageTag, Instant now) {
        return new Account(email, displayName, passwordHash, AccountStatus.PENDING_VERIFICATION, languageTag, now);
    }

    /** Someone accepted an invitation sent to this address: the address is proven by the act. */
    public static Account invited(String email, String displayName, String passwordHash, String languageTag, Instant now) {
        Account account = new Account(email, displayName, passwordHash, AccountStatus.ACTIVE, languageTag, now);
        account.emailVerifiedAt = now;
        return account;
    }

    public static String normaliseEmail(String email) {
        return email == null ? null : email.strip().toLowerCase(Locale.ROOT);
    }

    public void verifyEmail(Instant now) {
        if (status == AccountStatus.PENDING_VERIFICATION) {
            status = AccountStatus.ACTIVE;
        }
        emailVerifiedAt = now;
        touch(now);
    }

    public void changePassword(String newHash, Instant now) {
        this.passwordHash = newHash;
        touch(now);
    }

    public void changeEmail(String newEmail, Instant now) {
        this.email = normaliseEmail(newEmail);
        this.emailVerifiedAt = now;
        touch(now);
    }

    public void updateProfile(String displayName, boolean publicProfile, String publicBio, String phone, Instant now) {
        this.displayName = displayName.strip();
        this.publicProfile = publicProfile;
        this.publicBio = publicBio == null || publicBio.isBlank() ? null : publicBio.strip();
        this.phone = phone == null || phone.isBlank() ? null : phone.strip();
        touch(now);
    }

    public void chooseLanguage(String languageTag, Instant now) {
        this.languageTag = languageTag;
        touch(now);
    }

    public void enableTotp(String secret, Instant now) {
        this.totpSecret = secret;
        this.totpEnabledAt = now;
        touch(now);
    }

    /**
     * Accepts a code of the given 30-second time step only once: a code seen on the wire (or over a
     * shoulder) cannot be replayed within its validity window.
     *
     * @return false when a code of this step or a later one was already used
     */
    public boolean useTotpStep(long step) {
        if (totpLastStep != null && step <= totpLastStep) {
            return false;
        }
        totpLastStep = step;
        return true;
    }

    public void disableTotp(Instant now) {
        this.totpSecret = null;
        this.totpEnabledAt = null;
        this.totpLastStep = null;
        touch(now);
    }

    public void disable(Instant now) {
        this.status = AccountStatus.DISABLED;
        touch(now);
    }

    public void enable(Instant now) {
        this.status = emailVerifiedAt == null ? AccountStatus.PENDING_VERIFICATION : AccountStatus.ACTIVE;
        touch(now);
    }

    public boolean canLogIn() {
        return status == AccountStatus.ACTIVE && passwordHash != null;
    }

    public boolean hasTotp() {
        return totpEnabledAt != null && totpSecret != null;
    }

    private void touch(Instant now) {
        this.updatedAt = now;
    }

    public Long getId() { return id; }
    public String getEmail() { return email; }
    public String getDisplayName() { return displayName; }
    public String getPasswordHash() { return passwordHash; }
    public AccountStatus getStatus() { return status; }
    public String getLanguageTag() { return languageTag; }
    public boolean isPublicProfile() { return publicProfile; }
    public String getPublicBio() { return publicBio; }
    public String getPhone() { return phone; }
    public String getTotpSecret() { return totpSecret; }
    public Instant getTotpEnabledAt() { return totpEnabledAt; }
    public Instant getEmailVerifiedAt() { return emailVerifiedAt; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
}
