package org.bashke.fund.budget;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bashke.audit.AuditLog;
import org.bashke.council.BodyKind;
import org.bashke.shared.NotFoundException;
import org.bashke.fund.rules.FundRuleBroken;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Budget lines and their live balance. */
@Component
public class BudgetBook {

    private final BudgetLines lines;
    private final JdbcTemplate jdbc;
    private final AuditLog audit;
    private final Clock clock;

    BudgetBook(BudgetLines lines, JdbcTemplate jdbc, AuditLog audit, Optional<Clock> clock) {
        this.lines = lines;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    public record LineValues(int year, String name, String donor, BigDecimal amount, Set<BodyKind> bodyKinds) {
    }

    @Transactional
    public BudgetLine create(LineValues v) {
        check(v);
        BudgetLine line = lines.save(new BudgetLine(v.year(), v.name().strip(), v.donor().strip(), v.amount(), v.bodyKinds(), clock.instant()));
        audit.record("support.budget.created", "budget-line", line.getId(), null, line.audit());
        return line;
    }

    /** An edit may not take the amount below what is already committed and spent. */
    @Transactional
    public BudgetLine edit(long id, LineValues v) {
        check(v);
        BudgetLine line = lines.lockById(id).orElseThrow(() -> new NotFoundException("budget line", id));
        BudgetBalance balance = balance(line);
        BigDecimal used = balance.committed().add(balance.spent());
        if (v.amount().compareTo(used) < 0) {
            throw new FundRuleBroken("support.rule.budget.belowUsed", used.toPlainString());
        }
        var before = line.audit();
        line.edit(v.year(), v.name().strip(), v.donor().strip(), v.amount(), v.bodyKinds(), clock.instant());
        audit.record("support.budget.edited", "budget-line", id, before, line.audit());
        return line;
    }

    private static void check(LineValues v) {
        if (v.bodyKinds() == null || v.bodyKinds().isEmpty()) {
            throw new FundRuleBroken("support.rule.budget.kinds");
        }
    }

    @Transactional(readOnly = true)
    public List<BudgetBalance> balances(int year) {
        return lines.findByYearOrderByName(year).stream().map(this::balance).toList();
    }

    public BudgetBalance balance(BudgetLine line) {
        BigDecimal committed = jdbc.queryForObject("SELECT COALESCE(SUM(approved_amount), 0) FROM support_claim "
                + "WHERE budget_line_id = ? AND status IN ('APPROVED', 'IN_BATCH')", BigDecimal.class, line.getId());
        BigDecimal paid = jdbc.queryForObject("SELECT COALESCE(SUM(p.amount), 0) FROM support_payment p "
                + "JOIN support_claim c ON c.id = p.claim_id WHERE c.budget_line_id = ?", BigDecimal.class, line.getId());
        BigDecimal adjusted = jdbc.queryForObject("SELECT COALESCE(SUM(a.amount), 0) FROM support_adjustment a "
                + "JOIN support_claim c ON c.id = a.claim_id WHERE c.budget_line_id = ?", BigDecimal.class, line.getId());
        return new BudgetBalance(line, committed, paid.add(adjusted));
    }
}
