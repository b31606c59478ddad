package org.bashke.files.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bashke.audit.AuditLog;
import org.bashke.files.FileRejected;
import org.bashke.files.FileStore;
import org.bashke.files.StoredFile;
import org.bashke.identity.CurrentUser;
import org.bashke.shared.NotFoundException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.InputStreamResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.MultipartFile;

@Service
class StoredFiles implements FileStore {

    private final FileRecords records;
    private final BlobStorage blobs;
    private final AuditLog audit;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final long maxBytes;

    StoredFiles(FileRecords records, BlobStorage blobs, AuditLog audit, CurrentUser currentUser,
                Optional<Clock> clock, @Value("${bashke.files.max-size:20MB}") DataSize maxSize) {
        this.records = records;
        this.blobs = blobs;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock.orElse(Clock.systemUTC());
        this.maxBytes = maxSize.toBytes();
    }

    @Override
    @Transactional
    public StoredFile store(String module, MultipartFile upload) {
        if (upload == null || upload.isEmpty()) {
            throw new FileRejected("files.rejected.empty");
        }
        if (upload.getSize() > maxBytes) {
            throw new FileRejected("files.rejected.size");
        }
        try {
            return store(module, upload.getOriginalFilename(), upload.getBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    @Transactional
    public StoredFile store(String module, String filename, byte[] content) {
        if (content == null || content.length == 0) {
            throw new FileRejected("files.rejected.empty");
        }
        if (content.length > maxBytes) {
            throw new FileRejected("files.rejected.size");
        }
        String name = FileKind.cleanName(filename);
        String contentType = FileKind.detect(content, name).orElseThrow(() -> new FileRejected("files.rejected.type"));
        String digest = sha256(content);
        blobs.put(digest, content);
        FileRecord saved = records.save(new FileRecord(module, name, contentType, content.length, digest,
                clock.instant(), currentUser.accountId().orElse(null)));
        StoredFile file = saved.summary();
        audit.record("file.stored", "file", file.id(), null,
                Map.of("module", module, "filename", name, "contentType", contentType, "size", content.length,
                        "sha256", digest));
        return file;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<StoredFile> file(long id) {
        return records.findById(id).map(FileRecord::summary);
    }

    @Override
    @Transactional(readOnly = true)
    public List<StoredFile> files(List<Long> ids) {
        return records.findAllById(ids).stream().map(FileRecord::summary)
                .sorted(java.util.Comparator.comparingInt(f -> ids.indexOf(f.id()))).toList();
    }

    @Override
    @Transactional
    public void erase(long id, String actor) {
        records.findById(id).ifPresent(record -> {
            StoredFile file = record.summary();
            records.delete(record);
            records.flush();
            if (records.countBySha256(file.sha256()) == 0) {
                afterCommit(() -> blobs.delete(file.sha256()));
            }
            audit.recordAs(actor, "file.erased", "file", id, Map.of("module", file.module(), "sha256", file.sha256()), null);
        });
    }

    @Override
    public InputStream open(long id) {
        StoredFile file = file(id).orElseThrow(() -> new NotFoundException("file", id));
        return blobs.get(file.sha256());
    }

    @Override
    public ResponseEntity<Resource> download(long id, boolean inline) {
        StoredFile file = file(id).orElseThrow(() -> new NotFoundException("file", id));
        boolean showable = file.contentType().equals("application/pdf") || file.contentType().startsWith("image/");
        ContentDisposition disposition = (inline && showable ? ContentDisposition.inline() : ContentDisposition.attachment())
                .filename(file.filename(), StandardCharsets.UTF_8).build();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.contentType()))
                .contentLength(file.size())
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.ETAG, "\"" + file.sha256() + "\"")
                .body(new InputStreamResource(blobs.get(file.sha256())));
    }

    /** Bytes go only once the record's removal is committed: a rollback must not leave a record without its bytes. */
    private static void afterCommit(Runnable action) {
        if (org.springframework.transaction.support.TransactionSynchronizationManager.isSynchronizationActive()) {
            org.springframework.transaction.support.TransactionSynchronizationManager.registerSynchronization(
                    new org.springframework.transaction.support.TransactionSynchronization() {
                        @Override
                        public void afterCommit() {
                            action.run();
                        }
                    });
        } else {
            action.run();
        }
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
