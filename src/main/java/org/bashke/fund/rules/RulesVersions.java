package org.bashke.fund.rules;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RulesVersions extends JpaRepository<RulesVersion, Long> {

    List<RulesVersion> findByYearOrderByNumberDesc(int year);

    List<RulesVersion> findAllByOrderByYearDescNumberDesc();

    Optional<RulesVersion> findFirstByYearOrderByNumberDesc(int year);
}
