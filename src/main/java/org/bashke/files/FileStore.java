package org.bashke.files;

import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.multipart.MultipartFile;

/** Keeps and returns uploaded files for every module. */
public interface FileStore {

    /**
     * Keeps an upload. Accepted: PDF, PNG, JPEG, WebP, GIF, Office Open XML (DOCX, XLSX, PPTX), OpenDocument
     * (ODT, ODS), plain text and CSV — recognised by their bytes; at most {@code bashke.files.max-size}.
     * Audited as the current user. Call it inside the use case's transaction: if that rolls back, the record
     * goes with it (the bytes stay on disk, unreferenced, and are shared with any identical upload).
     *
     * @param module the owning module, e.g. {@code council}
     * @throws FileRejected when the file is empty, too large or of a kind not accepted
     */
    StoredFile store(String module, MultipartFile upload);

    /** The same for bytes the platform made itself (a generated report). */
    StoredFile store(String module, String filename, byte[] content);

    Optional<StoredFile> file(long id);

    List<StoredFile> files(List<Long> ids);

    /**
     * Erases a file for good (data that must not be kept, e.g. when a retention period ends): its record goes,
     * and its bytes too unless another record shares them. Audited as {@code actor}. Unknown ids are ignored.
     */
    void erase(long id, String actor);

    /** The content; the caller closes the stream. */
    InputStream open(long id);

    /**
     * A response that sends the file: as an attachment (or inline for PDF and images when {@code inline}),
     * with its real type, length, a safe UTF-8 file name and {@code nosniff}. Call it only after the owning
     * module has checked the reader may see the file.
     *
     * @throws org.bashke.shared.NotFoundException when there is no such file
     */
    ResponseEntity<Resource> download(long id, boolean inline);
}
