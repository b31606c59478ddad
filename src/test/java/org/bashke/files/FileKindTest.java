package org.bashke.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.bashke.files.store.FileKind;
import org.junit.jupiter.api.Test;

class FileKindTest {

    @Test
    void a_pdf_is_recognised_by_its_bytes_whatever_its_name() {
        byte[] pdf = "%PDF-1.7\n...".getBytes(StandardCharsets.US_ASCII);
        assertThat(FileKind.detect(pdf, "minutes.docx")).contains("application/pdf");
    }

    @Test
    void an_executable_named_pdf_is_refused() {
        byte[] exe = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0};
        assertThat(FileKind.detect(exe, "report.pdf")).isEmpty();
    }

    @Test
    void an_office_document_is_told_apart_from_any_zip() throws IOException {
        assertThat(FileKind.detect(zip("[Content_Types].xml"), "paper.docx"))
                .contains("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(FileKind.detect(zip("evil.exe"), "paper.docx")).isEmpty();
    }

    @Test
    void text_must_be_utf8_without_control_characters() {
        assertThat(FileKind.detect("Prishtinë;Приштина\n".getBytes(StandardCharsets.UTF_8), "list.csv")).contains("text/csv");
        assertThat(FileKind.detect(new byte[] {'a', 0, 'b'}, "list.txt")).isEmpty();
        assertThat(FileKind.detect("plain".getBytes(StandardCharsets.UTF_8), "script.js")).isEmpty();
    }

    @Test
    void a_name_loses_its_path_and_control_characters() {
        assertThat(FileKind.cleanName("C:\\Users\\x\\..\\raport\"\r\n.pdf")).isEqualTo("raport.pdf");
        assertThat(FileKind.cleanName("../../etc/passwd")).isEqualTo("passwd");
        assertThat(FileKind.cleanName("")).isEqualTo("file");
    }

    private static byte[] zip(String entry) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(entry));
            zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return out.toByteArray();
    }
}
