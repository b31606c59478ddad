package org.bashke.directory.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class ImportFileReaderTest {

    @Test
    void a_csv_with_commas_is_read_with_spreadsheet_row_numbers_and_blank_lines_skipped() throws Exception {
        String csv = "\uFEFFname_sq,type,registration_number,colour\r\nShoqata A,CSO,1\r\n,,\r\n\"Shoqata, B\",CSO,2\r\n";
        ImportFile file = ImportFileReader.read("list.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(file.rows()).hasSize(2);
        assertThat(file.rows().get(0).number()).isEqualTo(2);
        assertThat(file.rows().get(1).number()).isEqualTo(4);
        assertThat(file.rows().get(1).get(ImportColumn.NAME_SQ)).isEqualTo("Shoqata, B");
        assertThat(file.unknownHeaders()).containsExactly("colour");
    }

    @Test
    void a_csv_saved_by_a_european_excel_uses_semicolons_and_windows_1250() throws Exception {
        String csv = "Name_SQ;Type\r\nShoqata e Grave të Deçanit;CSO\r\n";
        ImportFile file = ImportFileReader.read("list.csv", csv.getBytes(Charset.forName("windows-1250")));
        assertThat(file.rows().get(0).get(ImportColumn.NAME_SQ)).isEqualTo("Shoqata e Grave të Deçanit");
    }

    @Test
    void a_file_without_the_required_columns_is_refused_as_a_whole() {
        assertThatThrownBy(() -> ImportFileReader.read("list.csv", "name,kind\nA,CSO\n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(ImportFile.Unreadable.class, e -> {
                    assertThat(e.key()).isEqualTo("directory.import.file.missingColumns");
                    assertThat(e.args()).containsExactly("type, name_sq");
                });
        assertThatThrownBy(() -> ImportFileReader.read("list.csv", new byte[0]))
                .isInstanceOfSatisfying(ImportFile.Unreadable.class, e -> assertThat(e.key()).isEqualTo("directory.import.file.empty"));
        assertThatThrownBy(() -> ImportFileReader.read("list.pdf", "%PDF".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(ImportFile.Unreadable.class, e -> assertThat(e.key()).isEqualTo("directory.import.file.format"));
    }

    @Test
    void an_excel_sheet_keeps_long_numbers_as_written() throws IOException, ImportFile.Unreadable {
        byte[] xlsx;
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = workbook.createSheet();
            sheet.createRow(0).createCell(0).setCellValue("name_sq");
            sheet.getRow(0).createCell(1).setCellValue("type");
            sheet.getRow(0).createCell(2).setCellValue("registration_number");
            sheet.createRow(1).createCell(0).setCellValue("Shoqata");
            sheet.getRow(1).createCell(1).setCellValue("CSO");
            sheet.getRow(1).createCell(2).setCellValue(70012345d);
            workbook.write(out);
            xlsx = out.toByteArray();
        }
        ImportFile file = ImportFileReader.read("list.xlsx", xlsx);
        assertThat(file.rows()).singleElement().satisfies(r -> {
            assertThat(r.number()).isEqualTo(2);
            assertThat(r.get(ImportColumn.REGISTRATION_NUMBER)).isEqualTo("70012345");
        });
    }

    @Test
    void the_rows_kept_for_a_later_decision_read_back_the_same() throws Exception {
        String csv = "name_sq,type,email\nA \"quoted\",CSO,a@b.org\nB,DONOR,\n";
        ImportFile file = ImportFileReader.read("x.csv", csv.getBytes(StandardCharsets.UTF_8));
        ImportFile back = ImportOrganisations.fromCsv(ImportOrganisations.toCsv(file));
        assertThat(back.columns()).isEqualTo(file.columns());
        assertThat(back.rows()).isEqualTo(file.rows());
    }
}
