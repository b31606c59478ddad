/**
 * Files people upload (meeting papers, evidence, receipts, publications): one storage interface for
 * every module. The content is checked by its bytes, not by the name or the browser's word, hashed, and
 * kept on the local disk by default ({@code bashke.files.dir}); the record of it lives in PostgreSQL.
 * Who may download a file is the owning module's business: it serves the file through its own route
 * after its own access check, with {@link org.bashke.files.FileStore#download}.
 * API: {@link org.bashke.files.FileStore}, {@link org.bashke.files.StoredFile}, {@link org.bashke.files.FileRejected}.
 */
@org.springframework.modulith.ApplicationModule
package org.bashke.files;
