package org.bashke.network.internship;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.bashke.directory.Directory;
import org.bashke.identity.AccountSummary;
import org.bashke.identity.Accounts;
import org.bashke.shared.NotFoundException;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The certificate of a completed placement, as a PDF in the language the intern chooses (sq, sr or en). The
 * font is embedded (DejaVu Sans: ë, ç and Serbian letters) so it reads the same everywhere.
 */
@Component
public class InternshipCertificate {

    private static final String FONT = "/fonts/DejaVuSans.ttf";

    private final KeepPlacement placements;
    private final Accounts accounts;
    private final Directory directory;
    private final ITemplateEngine templates;

    InternshipCertificate(KeepPlacement placements, Accounts accounts, Directory directory, ITemplateEngine templates) {
        this.placements = placements;
        this.accounts = accounts;
        this.directory = directory;
        this.templates = templates;
    }

    /** For the intern only, once the mentor and the intern have both evaluated. */
    public byte[] render(long placementId, Locale locale) {
        KeepPlacement.Seen seen = placements.see(placementId);
        if (seen.role() != InternshipPlacement.Role.INTERN) {
            throw new NotFoundException("internship-certificate", placementId);
        }
        InternshipPlacement p = seen.placement();
        if (!p.certificateReady()) {
            throw new InternshipRuleBroken("network.internship.rule.certificateNotReady");
        }
        Map<String, Object> model = new HashMap<>();
        model.put("intern", accounts.account(p.getInternAccountId()).map(AccountSummary::displayName).orElse(""));
        model.put("mentor", accounts.account(p.getMentorAccountId()).map(AccountSummary::displayName).orElse(""));
        model.put("host", p.getHostOrganisationId() == null ? null
                : directory.organisation(p.getHostOrganisationId()).map(o -> o.name().display(locale)).orElse(""));
        model.put("topic", seen.call().getTopic().display(locale));
        model.put("placement", p);
        model.put("number", "CK-INT-" + p.getId());
        String html = templates.process("network/internship/certificate-pdf", new Context(locale, model));
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(() -> InternshipCertificate.class.getResourceAsStream(FONT), "DejaVu Sans");
            builder.withHtmlContent(html, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
