package org.bashke.fund.claim;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.bashke.identity.Accounts;
import org.bashke.mail.Mailer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Tells the representative who made a claim what became of it, at every step, in their own language. The
 * mail leaves only if the step commits (the mailer queues it in the caller's transaction).
 */
@Component
public class ClaimMail {

    private final Mailer mailer;
    private final Accounts accounts;
    private final String baseUrl;

    private final MessageSource messages;

    ClaimMail(Mailer mailer, Accounts accounts, MessageSource messages, @Value("${bashke.base-url}") String baseUrl) {
        this.mailer = mailer;
        this.messages = messages;
        this.accounts = accounts;
        this.baseUrl = baseUrl;
    }

    /** One line the secretariat approved for less than the rules allowed, and why. */
    public record ReducedLine(int position, String kind, String allowed, String approved, String reason) {
    }

    /**
     * @param step submitted, review, changes, approved, rejected, batched or paid: the template
     *             {@code mail/support/claim-<step>.txt}
     */
    public void send(Claim claim, String step) {
        accounts.account(claim.getCreatedBy()).ifPresent(a -> {
            Locale locale = a.languageTag() == null ? Locale.forLanguageTag("sq") : Locale.forLanguageTag(a.languageTag());
            Map<String, Object> model = new HashMap<>();
            model.put("name", a.displayName());
            model.put("reference", claim.reference());
            model.put("title", claim.getMeetingTitle());
            model.put("claimed", euro(claim.getClaimedAmount()));
            model.put("approved", euro(claim.getApprovedAmount()));
            model.put("changeRequest", claim.getChangeRequest() == null ? "" : claim.getChangeRequest());
            model.put("reason", claim.getDecisionReason() == null ? "" : claim.getDecisionReason());
            model.put("paidOn", claim.getPaidOn() == null ? "" : claim.getPaidOn().toString());
            model.put("paymentReference", claim.getPaymentReference() == null ? "" : claim.getPaymentReference());
            model.put("reduced", claim.getLines().stream().filter(ClaimLine::isReduced)
                    .map(l -> new ReducedLine(l.getPosition(),
                            messages.getMessage("support.kind." + l.getKind().name(), null, locale),
                            euro(l.getAllowedAmount()), euro(l.getApprovedAmount()),
                            l.getReductionReason() == null ? "" : l.getReductionReason()))
                    .toList());
            model.put("link", baseUrl + "/support/claims/" + claim.getId());
            model.put("subjectArgs", new Object[] {claim.reference()});
            mailer.send(a.email(), locale, "support/claim-" + step, model);
        });
    }

    private static String euro(BigDecimal amount) {
        return amount == null ? "" : amount.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString() + " €";
    }
}
