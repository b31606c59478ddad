package org.bashke.files.store;

import org.springframework.data.jpa.repository.JpaRepository;

interface FileRecords extends JpaRepository<FileRecord, Long> {

    long countBySha256(String sha256);
}
