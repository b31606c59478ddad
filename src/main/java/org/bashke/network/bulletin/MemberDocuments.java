package org.bashke.network.bulletin;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bashke.audit.AuditLog;
import org.bashke.files.FileStore;
import org.bashke.files.StoredFile;
import org.bashke.network.position.MemberAccess;
import org.bashke.shared.NotFoundException;
import org.bashke.shared.text.LocalizedText;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/** Documents for members only: the secretariat uploads them; signed-in people of member organisations read them. */
@Service
public class MemberDocuments {

    /** A document with its file, for the list. */
    public record Listed(MemberDocument document, StoredFile file) {
    }

    private final NetworkMemberDocumentRepository documents;
    private final FileStore files;
    private final MemberAccess access;
    private final AuditLog audit;
    private final Clock clock;

    MemberDocuments(NetworkMemberDocumentRepository documents, FileStore files, MemberAccess access, AuditLog audit,
                    Optional<Clock> clock) {
        this.documents = documents;
        this.files = files;
        this.access = access;
        this.audit = audit;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @Transactional
    public MemberDocument upload(LocalizedText title, MultipartFile upload) {
        access.mustBeSecretariat();
        if (title == null || title.isEmpty()) {
            throw new BulletinRuleBroken("network.document.rule.titleRequired");
        }
        if (upload == null || upload.isEmpty()) {
            throw new BulletinRuleBroken("network.document.rule.fileRequired");
        }
        StoredFile file = files.store("network", upload);
        MemberDocument d = documents.save(new MemberDocument(title, file.id(), access.accountId(), clock.instant()));
        audit.record("network.document.uploaded", "network-member-document", d.getId(), null,
                Map.of("file", file.id(), "filename", file.filename()));
        return d;
    }

    @Transactional(readOnly = true)
    public List<Listed> list() {
        access.mustBeMember();
        List<MemberDocument> all = documents.findAllByOrderByCreatedAtDesc();
        Map<Long, StoredFile> byId = files.files(all.stream().map(MemberDocument::getFileId).toList()).stream()
                .collect(java.util.stream.Collectors.toMap(StoredFile::id, f -> f, (a, b) -> a));
        return all.stream().filter(d -> byId.containsKey(d.getFileId())).map(d -> new Listed(d, byId.get(d.getFileId()))).toList();
    }

    @Transactional(readOnly = true)
    public ResponseEntity<Resource> download(long documentId) {
        access.mustBeMember();
        MemberDocument d = documents.findById(documentId).orElseThrow(() -> new NotFoundException("document", documentId));
        return files.download(d.getFileId(), false);
    }
}
