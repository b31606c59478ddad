package org.bashke.directory.geography;

import org.springframework.data.jpa.repository.JpaRepository;

interface Municipalities extends JpaRepository<Municipality, String> {
}
