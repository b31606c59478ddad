package org.bashke.fund.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.bashke.council.Council;
import org.bashke.directory.Directory;
import org.bashke.directory.MunicipalitySummary;
import org.bashke.directory.OrganisationSummary;
import org.bashke.files.FileStore;
import org.bashke.files.StoredFile;
import org.bashke.identity.AccountSummary;
import org.bashke.identity.Accounts;
import org.bashke.fund.claim.Claim;
import org.bashke.fund.claim.ClaimLine;
import org.bashke.fund.rules.RulesVersion;
import org.bashke.fund.rules.RulesVersions;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** What the claim pages of both sides show about a claim: names, receipts, the rules it is judged by. */
@Component
public class ClaimViews {

    private final Directory directory;
    private final Accounts accounts;
    private final Council council;
    private final FileStore files;
    private final RulesVersions rules;

    ClaimViews(Directory directory, Accounts accounts, Council council, FileStore files, RulesVersions rules) {
        this.directory = directory;
        this.accounts = accounts;
        this.council = council;
        this.files = files;
        this.rules = rules;
    }

    public void claim(Claim c, Locale locale, Model model) {
        model.addAttribute("claim", c);
        model.addAttribute("organisation", directory.organisation(c.getOrganisationId()).map(o -> o.name().display(locale)).orElse(""));
        model.addAttribute("person", accounts.account(c.getAccountId()).map(AccountSummary::displayName).orElse(""));
        model.addAttribute("meetingTitle", council.meeting(c.getMeetingId()).map(m -> m.title().display(locale)).orElse(c.getMeetingTitle()));
        model.addAttribute("meetingUrl", council.meeting(c.getMeetingId()).map(m -> m.url()).orElse(null));
        model.addAttribute("bodyName", council.body(c.getBodyId()).map(b -> b.name().display(locale)).orElse(""));
        Map<String, String> municipalities = municipalityNames(locale);
        model.addAttribute("origin", c.getOriginCode() == null ? null : municipalities.get(c.getOriginCode()));
        model.addAttribute("venue", c.getVenueCode() == null ? null : municipalities.get(c.getVenueCode()));
        RulesVersion version = rules.findById(c.getRulesId()).orElse(null);
        model.addAttribute("rules", version);
        List<Long> receiptIds = c.getLines().stream().map(ClaimLine::getReceiptFileId).filter(Objects::nonNull).toList();
        model.addAttribute("receipts", files.files(receiptIds).stream().collect(Collectors.toMap(StoredFile::id, Function.identity())));
    }

    public Map<String, String> municipalityNames(Locale locale) {
        return directory.municipalities().stream().collect(Collectors.toMap(MunicipalitySummary::code, m -> m.name().display(locale)));
    }

    public Map<Long, String> organisationNames(java.util.Collection<Long> ids, Locale locale) {
        return directory.organisations(ids).stream().collect(Collectors.toMap(OrganisationSummary::id, o -> o.name().display(locale)));
    }
}
