package org.bashke.identity;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bashke.identity.account.Account;
import org.bashke.identity.account.AccountRepository;
import org.bashke.identity.roles.RoleAssignment;
import org.bashke.identity.roles.RoleAssignmentRepository;
import org.bashke.shared.security.Role;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

/** Accounts made directly in the database, mail reading and TOTP codes for the identity tests. */
class IdentityFixtures {

    static final String PASSWORD = "lantern orchard river stone";

    private final AccountRepository accounts;
    private final RoleAssignmentRepository roles;
    private final PasswordEncoder encoder;
    private final TransactionTemplate tx;
    private String hash;

    IdentityFixtures(AccountRepository accounts, RoleAssignmentRepository roles, PasswordEncoder encoder, TransactionTemplate tx) {
        this.accounts = accounts;
        this.roles = roles;
        this.encoder = encoder;
        this.tx = tx;
    }

    static String uniqueEmail(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    /** An active account with {@link #PASSWORD}, English, holding these roles (unscoped ones only). */
    Account activeAccount(String email, Role... held) {
        if (hash == null) {
            hash = encoder.encode(PASSWORD);
        }
        return tx.execute(s -> {
            Account a = accounts.save(Account.invited(email, "Test Person", hash, "en", Instant.now()));
            for (Role role : held) {
                roles.save(new RoleAssignment(a.getId(), role, role.scopeKind() == Role.ScopeKind.NONE ? null : 1L, "test", Instant.now()));
            }
            return a;
        });
    }

    Account reload(String email) {
        return accounts.findByEmail(email).orElseThrow();
    }

    static String currentCode(String secret) throws Exception {
        return new DefaultCodeGenerator().generate(secret, Instant.now().getEpochSecond() / 30);
    }

    /** The code of the next 30-second step: accepted (one step of clock drift) when the current one was used. */
    static String nextCode(String secret) throws Exception {
        return new DefaultCodeGenerator().generate(secret, Instant.now().getEpochSecond() / 30 + 1);
    }

    static String text(MimeMessage message) throws Exception {
        Object content = message.getContent();
        if (content instanceof String s) {
            return s;
        }
        if (content instanceof Multipart multipart) {
            StringBuilder all = new StringBuilder();
            for (int i = 0; i < multipart.getCount(); i++) {
                Object part = multipart.getBodyPart(i).getContent();
                all.append(part instanceof Multipart nested ? nested.getBodyPart(0).getContent() : part);
            }
            return all.toString();
        }
        return String.valueOf(content);
    }

    /** The first link in the mail whose path starts with {@code pathPrefix}, as a path with query. */
    static String link(List<MimeMessage> mails, String pathPrefix) throws Exception {
        Pattern p = Pattern.compile("https?://[^/\\s]+(" + Pattern.quote(pathPrefix) + "[^\\s]*)");
        for (MimeMessage m : mails) {
            Matcher matcher = p.matcher(text(m));
            if (matcher.find()) {
                return matcher.group(1);
            }
        }
        throw new AssertionError("no link to " + pathPrefix + " in " + mails.size() + " mail(s)");
    }

    static List<String> subjects(List<MimeMessage> mails) throws Exception {
        List<String> subjects = new java.util.ArrayList<>();
        for (MimeMessage m : mails) {
            subjects.add(m.getSubject());
        }
        return subjects;
    }
}
