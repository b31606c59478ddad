package org.bashke.identity.roles;

import java.util.List;
import org.bashke.shared.security.Role;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RoleAssignmentRepository extends JpaRepository<RoleAssignment, Long> {

    List<RoleAssignment> findByAccountIdAndRevokedAtIsNull(Long accountId);

    List<RoleAssignment> findByAccountIdOrderByGrantedAtDesc(Long accountId);

    List<RoleAssignment> findByRoleAndScopeIdAndRevokedAtIsNull(Role role, Long scopeId);
}
