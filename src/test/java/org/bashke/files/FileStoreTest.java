package org.bashke.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.bashke.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;

@IntegrationTest
class FileStoreTest {

    @Autowired
    FileStore files;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_kept_file_comes_back_byte_for_byte_with_a_safe_download() throws Exception {
        byte[] content = ("%PDF-1.4\nprocesverbali " + System.nanoTime()).getBytes(StandardCharsets.UTF_8);
        StoredFile stored = files.store("test", new MockMultipartFile("file", "../Procesverbali ë.pdf",
                "application/octet-stream", content));

        assertThat(stored.filename()).isEqualTo("Procesverbali ë.pdf");
        assertThat(stored.contentType()).isEqualTo("application/pdf");
        assertThat(stored.size()).isEqualTo(content.length);
        try (InputStream in = files.open(stored.id())) {
            assertThat(in.readAllBytes()).isEqualTo(content);
        }
        ResponseEntity<Resource> download = files.download(stored.id(), false);
        assertThat(download.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
                .startsWith("attachment").contains("filename*=UTF-8''Procesverbali%20%C3%AB.pdf");
        assertThat(download.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'file.stored' and record_id = ?",
                Long.class, String.valueOf(stored.id()))).isEqualTo(1L);
    }

    @Test
    void a_refused_upload_leaves_no_record() {
        Long before = jdbc.queryForObject("select count(*) from files_object", Long.class);
        assertThatThrownBy(() -> files.store("test", new MockMultipartFile("file", "x.pdf", "application/pdf",
                new byte[] {'M', 'Z', 1, 2})))
                .isInstanceOfSatisfying(FileRejected.class, e -> assertThat(e.messageKey()).isEqualTo("files.rejected.type"));
        assertThatThrownBy(() -> files.store("test", new MockMultipartFile("file", "x.pdf", "application/pdf", new byte[0])))
                .isInstanceOfSatisfying(FileRejected.class, e -> assertThat(e.messageKey()).isEqualTo("files.rejected.empty"));
        assertThat(jdbc.queryForObject("select count(*) from files_object", Long.class)).isEqualTo(before);
    }
}
