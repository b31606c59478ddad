package org.bashke.network.governance;

import org.springframework.data.jpa.repository.JpaRepository;

public interface GoverningRulesRepository extends JpaRepository<GoverningRules, String> {
}
