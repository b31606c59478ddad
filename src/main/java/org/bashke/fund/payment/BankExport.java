package org.bashke.fund.payment;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.bashke.directory.Directory;
import org.bashke.directory.OrganisationSummary;
import org.bashke.fund.claim.Claim;
import org.bashke.fund.claim.Claims;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A batch as the bank wants it: one transfer per claim with the account holder, IBAN, bank, amount and the
 * claim's reference. Column names are the bank's, in English, the same in every language of the interface.
 */
@Component
public class BankExport {

    static final String[] HEADER = {"reference", "beneficiary", "organisation", "iban", "bank", "amount_eur", "batch"};

    private final Payouts payouts;
    private final Claims claims;
    private final BankDetails bank;
    private final Directory directory;

    BankExport(Payouts payouts, Claims claims, BankDetails bank, Directory directory) {
        this.payouts = payouts;
        this.claims = claims;
        this.bank = bank;
        this.directory = directory;
    }

    public record Transfer(String reference, String beneficiary, String organisation, String iban, String bank,
                           BigDecimal amount, String batch) {
        Object[] cells() {
            return new Object[] {reference, beneficiary, organisation, iban, bank, amount.toPlainString(), batch};
        }
    }

    @Transactional(readOnly = true)
    public List<Transfer> transfers(long batchId) {
        PaymentBatch batch = payouts.get(batchId);
        return claims.findByBatchIdOrderById(batchId).stream().map(c -> transfer(c, batch)).toList();
    }

    private Transfer transfer(Claim c, PaymentBatch batch) {
        String org = directory.organisation(c.getOrganisationId()).map(OrganisationSummary::name)
                .map(n -> n.display(Locale.forLanguageTag("sq"))).orElse("#" + c.getOrganisationId());
        // the account on file when exported: the history keeps any later change apart
        BankAccount account = bank.current(c.getOrganisationId()).orElse(null);
        return new Transfer(c.reference(), account == null ? "" : account.getAccountHolder(), org,
                account == null ? "" : account.getIban(), account == null ? "" : account.getBankName(),
                c.getApprovedAmount(), batch.getReference());
    }

    public byte[] csv(long batchId) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(HEADER).get())) {
            for (Transfer t : transfers(batchId)) {
                printer.printRecord(t.cells());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    public byte[] xlsx(long batchId) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("transfers");
            Row head = sheet.createRow(0);
            for (int i = 0; i < HEADER.length; i++) {
                head.createCell(i).setCellValue(HEADER[i]);
            }
            CellStyle money = book.createCellStyle();
            money.setDataFormat(book.createDataFormat().getFormat("0.00"));
            int r = 1;
            for (Transfer t : transfers(batchId)) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(t.reference());
                row.createCell(1).setCellValue(t.beneficiary());
                row.createCell(2).setCellValue(t.organisation());
                row.createCell(3).setCellValue(t.iban());
                row.createCell(4).setCellValue(t.bank());
                var cell = row.createCell(5);
                cell.setCellValue(t.amount().doubleValue());
                cell.setCellStyle(money);
                row.createCell(6).setCellValue(t.batch());
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
