package org.jixiao.formats.selfeval;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.jixiao.core.review.Finding;
import org.jixiao.core.selfeval.BudgetBlock;
import org.jixiao.core.selfeval.IndicatorRow;
import org.jixiao.core.selfeval.IndicatorScore;
import org.jixiao.core.selfeval.Sample;
import org.jixiao.core.selfeval.SelfEvalScore;
import org.jixiao.core.selfeval.SelfEvalScorer;
import org.jixiao.core.selfeval.SelfEvalTable;
import org.jixiao.core.selfeval.SummaryRow;

/** Export of scored tables (.xlsx): the tables as they should be published, the 汇总表, and the findings workbook. */
public final class SelfEvalExport {
    private SelfEvalExport() {}

    /**
     * The table as it should be published: the unit's own indicator scores (never replaced; blanks filled with the
     * computed score), and the arithmetic recomputed — 执行率, 执行率得分 and 总分.
     */
    public static SelfEvalTable published(SelfEvalScore score) {
        SelfEvalTable t = score.table();
        List<IndicatorRow> rows = new ArrayList<>();
        for (IndicatorScore s : score.indicators()) {
            IndicatorRow r = s.row();
            rows.add(new IndicatorRow(r.level1(), r.level2(), r.target(), r.targetText(), r.actualText(), r.actualUnit(), r.weight(),
                    s.effectiveRecorded(), r.deviation()));
        }
        BudgetBlock b = t.budget();
        BigDecimal total = score.executionPoints().add(score.recordedIndicatorPoints());
        return new SelfEvalTable(t.project(), t.department(), t.implementer(),
                new BudgetBlock(b.total(), b.fiscal(), b.carryOver(), b.other(), b.weight(), score.executionRate(), score.executionPoints()),
                t.goalExpected(), t.goalAchieved(), rows, total, t.explanation(), t.source());
    }

    /** The 汇总表 rows of the published tables: 序号, 项目名称, 自评得分, 自评等级. */
    public static List<SummaryRow> summary(List<SelfEvalScore> scores) {
        SelfEvalScorer scorer = SelfEvalScorer.standard();
        List<SummaryRow> rows = new ArrayList<>();
        int seq = 1;
        for (SelfEvalScore score : scores) {
            BigDecimal total = published(score).printedTotal();
            rows.add(new SummaryRow(seq++, score.table().project(), total, scorer.gradeOf(total), null, null, null, null));
        }
        return rows;
    }

    public static void workbook(OutputStream out, String title, String department, List<SelfEvalScore> scores) throws IOException {
        workbook(out, title, department, scores, null);
    }

    /** The same, with 自评 beside 复核 (three sheets after the 汇总表) when {@code comparison} is given. */
    public static void workbook(OutputStream out, String title, String department, List<SelfEvalScore> scores, ReviewComparison comparison)
            throws IOException {
        try (SelfEvalWorkbookWriter writer = new SelfEvalWorkbookWriter(out, true)) {
            writer.summary(title, department, summary(scores));
            if (comparison != null) {
                comparison.write(writer);
            }
            int seq = 1;
            for (SelfEvalScore score : scores) {
                writer.table(seq++ + "-" + score.table().project(), published(score));
            }
        }
    }

    /** The findings workbook: one row per finding with workbook, sheet, cell, printed and expected values and the rule. */
    public static void findings(OutputStream out, List<Finding> findings) throws IOException {
        List<List<Object>> rows = new ArrayList<>(findings.size() + 1);
        rows.add(List.of("序号", "严重程度", "规则代码", "工作簿", "工作表", "单元格", "填报值", "复核值", "规则", "说明"));
        int seq = 1;
        for (Finding f : findings) {
            List<Object> row = new ArrayList<>();
            row.add(seq++);
            row.add(f.severity().label());
            row.add(f.code());
            row.add(nz(f.location().document()));
            row.add(nz(f.location().part()));
            row.add(nz(f.location().item()));
            row.add(nz(f.printed()));
            row.add(nz(f.expected()));
            row.add(nz(f.rule()));
            row.add(f.message());
            rows.add(row);
        }
        try (SelfEvalWorkbookWriter writer = new SelfEvalWorkbookWriter(out, true)) {
            writer.rows("复核发现", rows, 6, 8, 20, 22, 14, 8, 14, 14, 40, 70);
        }
    }

    /** The sample workbook: drawing order, table, amount, execution rate, self-score, risk, risk rank and reason. */
    public static void sample(OutputStream out, Sample sample) throws IOException {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of("顺序", "工作簿 › 工作表", "项目名称", "金额(万元)", "执行率(%)", "自评得分", "风险分", "风险排序", "抽取理由"));
        for (Sample.Drawn d : sample.drawn()) {
            rows.add(List.of(d.order(), d.candidate().id(), d.candidate().project(), d.candidate().amount(),
                    d.candidate().executionRate() == null ? "—" : d.candidate().executionRate(), d.candidate().total(), d.risk(), d.riskRank(),
                    d.reason()));
        }
        try (SelfEvalWorkbookWriter writer = new SelfEvalWorkbookWriter(out, true)) {
            writer.rows("抽查样本", rows, 6, 24, 30, 12, 10, 10, 8, 8, 80);
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
