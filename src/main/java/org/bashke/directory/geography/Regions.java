package org.bashke.directory.geography;

import org.springframework.data.jpa.repository.JpaRepository;

interface Regions extends JpaRepository<Region, String> {
}
