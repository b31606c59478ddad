package org.bashke.consultation.draft;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bashke.audit.AuditLog;
import org.bashke.files.FileStore;
import org.bashke.files.StoredFile;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * The institution publishes a file with its consultation (the draft as written, the explanatory memo). Files are
 * public like the consultation; they can be added until the final report is published, never removed (the
 * record of what was put to consultation stays whole).
 */
@Service
public class PublishDocumentFile {

    /** A published file with what the files module knows of it. */
    public record Published(DocumentFile document, StoredFile file) {
    }

    private final ManageConsultations manage;
    private final DocumentFileRepository documents;
    private final FileStore files;
    private final AuditLog audit;

    PublishDocumentFile(ManageConsultations manage, DocumentFileRepository documents, FileStore files, AuditLog audit) {
        this.manage = manage;
        this.documents = documents;
        this.files = files;
        this.audit = audit;
    }

    /** @throws org.bashke.files.FileRejected when the file is empty, too large or not an accepted kind */
    @Transactional
    public long publish(long consultationId, DocumentFile.Kind kind, String title, MultipartFile upload) {
        Consultation c = manage.findToManage(consultationId);
        if (c.getStage() == org.bashke.consultation.ConsultationStage.REPORT_PUBLISHED) {
            throw new ConsultationRuleException("consultation.rule.stage.notAllowed");
        }
        if (kind == null) {
            throw new ConsultationRuleException("consultation.document.rule.kind");
        }
        StoredFile file = files.store("consultation", upload);
        String name = title == null || title.isBlank() ? file.filename() : title.strip();
        DocumentFile document = documents.save(new DocumentFile(c.getId(), kind, name.length() > 300 ? name.substring(0, 300) : name,
                file.id(), Instant.now()));
        audit.record("consultation.document.published", "consultation", consultationId, null,
                Map.of("document", document.getId(), "kind", kind, "title", document.getTitle(), "file", file.id()));
        return document.getId();
    }

    @Transactional(readOnly = true)
    public List<Published> published(long consultationId) {
        List<DocumentFile> list = documents.findByConsultationIdOrderByIdAsc(consultationId);
        Map<Long, StoredFile> stored = files.files(list.stream().map(DocumentFile::getFileId).toList()).stream()
                .collect(java.util.stream.Collectors.toMap(StoredFile::id, f -> f));
        return list.stream().filter(d -> stored.containsKey(d.getFileId()))
                .map(d -> new Published(d, stored.get(d.getFileId()))).toList();
    }

    /** The file id of one of the consultation's documents. */
    @Transactional(readOnly = true)
    public Optional<Long> fileOf(long consultationId, long documentId) {
        return documents.findById(documentId).filter(d -> d.getConsultationId() == consultationId).map(DocumentFile::getFileId);
    }
}
