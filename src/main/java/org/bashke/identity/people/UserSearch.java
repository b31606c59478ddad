package org.bashke.identity.people;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.bashke.identity.account.Account;
import org.bashke.identity.account.AccountStatus;
import org.bashke.shared.security.Role;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds accounts for the user list and for the public list of people. The query is put together from
 * the filters given, so an empty filter adds no condition (PostgreSQL cannot type a bare null parameter).
 */
@Component
public class UserSearch {

    private final EntityManager em;

    UserSearch(EntityManager em) {
        this.em = em;
    }

    /** @param text part of the name or e-mail address; {@code role} and {@code status} null for any */
    @Transactional(readOnly = true)
    public Page<Account> find(String text, Role role, AccountStatus status, Pageable page) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (text != null && !text.isBlank()) {
            where.append(" and (lower(a.email) like :text or lower(a.displayName) like :text)");
            params.put("text", like(text));
        }
        if (role != null) {
            where.append(" and exists (select r.id from RoleAssignment r where r.accountId = a.id and r.role = :role and r.revokedAt is null)");
            params.put("role", role);
        }
        if (status != null) {
            where.append(" and a.status = :status");
            params.put("status", status);
        }
        return page("select a from Account a" + where + " order by lower(a.displayName), a.id",
                "select count(a) from Account a" + where, params, page);
    }

    /** People who chose a public profile, with an active account. */
    @Transactional(readOnly = true)
    public Page<Account> findPublic(String name, Pageable page) {
        StringBuilder where = new StringBuilder(" where a.publicProfile = true and a.status = :active");
        Map<String, Object> params = new HashMap<>();
        params.put("active", AccountStatus.ACTIVE);
        if (name != null && !name.isBlank()) {
            where.append(" and lower(a.displayName) like :name");
            params.put("name", like(name));
        }
        return page("select a from Account a" + where + " order by lower(a.displayName), a.id",
                "select count(a) from Account a" + where, params, page);
    }

    private Page<Account> page(String select, String count, Map<String, Object> params, Pageable page) {
        TypedQuery<Account> query = em.createQuery(select, Account.class);
        TypedQuery<Long> total = em.createQuery(count, Long.class);
        params.forEach((k, v) -> {
            query.setParameter(k, v);
            total.setParameter(k, v);
        });
        query.setFirstResult((int) page.getOffset());
        query.setMaxResults(page.getPageSize());
        List<Account> content = query.getResultList();
        return new PageImpl<>(content, page, total.getSingleResult());
    }

    /** A LIKE pattern for text typed by a person: their % and _ are literal characters, not wildcards. */
    static String like(String text) {
        String escaped = text.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
