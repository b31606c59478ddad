package org.bashke.fund.rules;

import org.springframework.data.jpa.repository.JpaRepository;

public interface DistanceRepository extends JpaRepository<Distance, Distance.Pair> {
}
