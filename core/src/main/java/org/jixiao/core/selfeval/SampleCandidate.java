package org.jixiao.core.selfeval;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A project that may be drawn for a spot check (抽查复核): what the risk ranking needs and nothing more, so that a
 * province's hundreds of thousands of tables fit in memory.
 *
 * @param id            a stable identity (workbook › sheet)
 * @param amount        全年预算数 A, 万元
 * @param executionRate B ÷ A in percent; null when A or B was not given (then the highest execution risk)
 * @param total         the unit's own 总分 (recomputed when blank)
 * @param errors        review errors found on the table
 * @param warnings      review warnings found on the table
 */
public record SampleCandidate(String id, String project, BigDecimal amount, BigDecimal executionRate, BigDecimal total,
        int errors, int warnings) {
    public SampleCandidate {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(total, "total");
    }

    public static SampleCandidate of(SelfEvalScore score, int errors, int warnings) {
        SelfEvalTable table = score.table();
        BigDecimal total = score.recordedTotal() != null ? score.recordedTotal() : score.total();
        return new SampleCandidate(table.source().describe().isEmpty() ? table.key() : table.source().describe(),
                table.project(), table.budget().annual() == null ? BigDecimal.ZERO : table.budget().annual(), score.executionRate(), total,
                errors, warnings);
    }
}
