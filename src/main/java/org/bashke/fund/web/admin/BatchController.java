package org.bashke.fund.web.admin;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.bashke.fund.claim.Claim;
import org.bashke.fund.claim.ClaimStatus;
import org.bashke.fund.claim.Claims;
import org.bashke.fund.payment.BankDetails;
import org.bashke.fund.payment.BankExport;
import org.bashke.fund.payment.PaymentBatch;
import org.bashke.fund.payment.Payouts;
import org.bashke.fund.rules.FundRuleBroken;
import org.bashke.fund.web.ClaimViews;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Payment batches: group approved claims, export them for the bank, record the bank's confirmation. */
@Controller
@RequestMapping("/admin/support/batches")
class BatchController {

    private final Payouts payouts;
    private final Claims claims;
    private final BankExport export;
    private final BankDetails bank;
    private final ClaimViews views;

    BatchController(Payouts payouts, Claims claims, BankExport export, BankDetails bank, ClaimViews views) {
        this.payouts = payouts;
        this.claims = claims;
        this.export = export;
        this.bank = bank;
        this.views = views;
    }

    @GetMapping
    String list(Locale locale, Model model) {
        return listPage(locale, model, null);
    }

    private String listPage(Locale locale, Model model, FundRuleBroken problem) {
        List<Claim> approved = claims.findByStatusInOrderBySubmittedAtAscIdAsc(List.of(ClaimStatus.APPROVED));
        model.addAttribute("approved", approved);
        model.addAttribute("organisations", views.organisationNames(approved.stream().map(Claim::getOrganisationId).distinct().toList(), locale));
        model.addAttribute("banked", approved.stream().map(Claim::getOrganisationId).distinct()
                .filter(o -> bank.current(o).isPresent()).toList());
        model.addAttribute("batches", payouts.all());
        model.addAttribute("problem", problem);
        return "support/admin/batches";
    }

    @PostMapping
    String create(@RequestParam(name = "claimId", required = false) List<Long> claimIds, Locale locale, Model model,
                  RedirectAttributes redirect) {
        try {
            PaymentBatch batch = payouts.batch(claimIds);
            redirect.addFlashAttribute("flash", "support.batch.flash.created");
            return "redirect:/admin/support/batches/" + batch.getId();
        } catch (FundRuleBroken e) {
            return listPage(locale, model, e);
        }
    }

    @GetMapping("/{id}")
    String show(@PathVariable("id") long id, Model model) {
        return page(id, null, model);
    }

    private String page(long id, FundRuleBroken problem, Model model) {
        model.addAttribute("batch", payouts.get(id));
        model.addAttribute("transfers", export.transfers(id));
        model.addAttribute("claims", claims.findByBatchIdOrderById(id));
        model.addAttribute("problem", problem);
        model.addAttribute("today", LocalDate.now(org.bashke.fund.claim.StartClaim.KOSOVO));
        return "support/admin/batch";
    }

    @GetMapping("/{id}/transfers.csv")
    ResponseEntity<byte[]> csv(@PathVariable("id") long id) {
        PaymentBatch batch = payouts.get(id);
        return file(export.csv(id), new MediaType("text", "csv", StandardCharsets.UTF_8), batch.getReference() + ".csv");
    }

    @GetMapping("/{id}/transfers.xlsx")
    ResponseEntity<byte[]> xlsx(@PathVariable("id") long id) {
        PaymentBatch batch = payouts.get(id);
        return file(export.xlsx(id), MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
                batch.getReference() + ".xlsx");
    }

    private static ResponseEntity<byte[]> file(byte[] body, MediaType type, String name) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(body);
    }

    @PostMapping("/{id}/paid")
    String paid(@PathVariable("id") long id, @RequestParam(name = "paidOn", required = false)
                @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate paidOn,
                @RequestParam(name = "bankReference", required = false) String bankReference, Model model, RedirectAttributes redirect) {
        try {
            int paid = payouts.markPaid(id, paidOn, bankReference == null ? null : bankReference.length() > 100
                    ? bankReference.substring(0, 100) : bankReference);
            redirect.addFlashAttribute("flash", paid == 0 ? "support.batch.flash.alreadyPaid" : "support.batch.flash.paid");
            return "redirect:/admin/support/batches/" + id;
        } catch (FundRuleBroken e) {
            return page(id, e, model);
        }
    }

    @PostMapping("/{id}/claims/{claimId}/remove")
    String remove(@PathVariable("id") long id, @PathVariable("claimId") long claimId, Model model, RedirectAttributes redirect) {
        try {
            payouts.removeFromBatch(id, claimId);
            redirect.addFlashAttribute("flash", "support.batch.flash.removed");
            return "redirect:/admin/support/batches/" + id;
        } catch (FundRuleBroken e) {
            return page(id, e, model);
        }
    }
}
