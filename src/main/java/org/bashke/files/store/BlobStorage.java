package org.bashke.files.store;

import java.io.InputStream;

/**
 * Where the bytes live, addressed by their SHA-256. The local disk by default; an S3-compatible store
 * is another implementation of this interface (not written yet).
 */
public interface BlobStorage {

    /** Keeps the content under its digest; keeping the same content twice is harmless. */
    void put(String sha256, byte[] content);

    InputStream get(String sha256);

    /** Removes the content kept under this digest; removing what is not there is harmless. */
    void delete(String sha256);
}
