package org.bashke.files;

import java.time.Instant;

/**
 * A file kept by the platform.
 *
 * @param filename    the name the uploader gave it, cleaned of any path
 * @param contentType what its bytes say it is (never what the browser claimed)
 * @param sha256      hex digest of the content, shown so anyone can check a download
 */
public record StoredFile(long id, String module, String filename, String contentType, long size, String sha256,
                         Instant storedAt) {

    /** A size for people: "1.2 MB". */
    public String displaySize() {
        if (size < 1024) {
            return size + " B";
        }
        if (size < 1024 * 1024) {
            return String.format(java.util.Locale.ROOT, "%.1f KB", size / 1024.0);
        }
        return String.format(java.util.Locale.ROOT, "%.1f MB", size / (1024.0 * 1024.0));
    }
}
