package org.jixiao.core.review;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

import org.jixiao.core.grade.GradeBand;
import org.jixiao.core.ratio.RatioId;

/**
 * What a reader recovered from an existing evaluation report (a .docx or text nobody entered into Jixiao), as plain
 * data. The review checks ({@link ReportReview}) work on this alone, so they are independent of the file format.
 *
 * @param document   the file name, for locations
 * @param roots      the 一级 indicators with their sub-trees (score tables joined across pages)
 * @param tableTotals the 合计 / 综合得分 rows of score tables
 * @param totals     every statement of the overall result (综合得分 row, "得分为86.78分，…级别为“良”")
 * @param bands      the grade bands the document states (评价标准), empty when it states none
 * @param formulaLines the formulaic lines "该指标分值 X 分，评价得分 Y 分，得分率 Z%" attached to their indicator
 * @param ratios     stated standard ratios with the inputs printed beside them
 * @param tables     other tables with numbers (合计 rows, rate columns)
 * @param unread     what could not be read or checked: silence is never a clean bill
 * @param looseRows  rows of score tables whose levels could not be read with certainty: each is checked on its own
 *                   (得分率, range), never added up
 * @param gradedRows rows that print a score and a grade (a project table's 等级 column, an 一级 summary with grades)
 * @param counts     stated counts of graded items ("2个优、1个良、3个中") with the table they speak of
 * @param copies     the same figure printed twice (摘要 and body, body and 附件) — compared, never added
 * @param otherTrees further indicator trees (a report scoring several projects on one framework prints one score table per
 *                   project): each checked on its own; the report's stated total is compared with {@code roots} only
 *                   when there is no other tree
 * @param arithmetic written-out calculations, each to be redone
 * @param surveys    satisfaction survey tables, one item per question
 * @param rootsListedTogether true when the 一级 indicators were read from one table that lists them all; false when they
 *                   were gathered from one table per 一级 (then a missing one is a reading gap, not a wrong weight total)
 */
public record RecoveredReport(String document, List<RecoveredNode> roots, List<TableTotal> tableTotals, List<StatedTotal> totals,
                              StatedBands bands, List<FormulaLine> formulaLines, List<StatedRatio> ratios, List<DataTable> tables,
                              List<Unread> unread, List<RecoveredNode> looseRows, List<GradedRow> gradedRows, List<StatedCount> counts,
                              List<Copy> copies, List<List<RecoveredNode>> otherTrees, List<Arithmetic> arithmetic, List<SurveyItem> surveys,
                              boolean rootsListedTogether) {
    public RecoveredReport {
        roots = List.copyOf(roots);
        tableTotals = List.copyOf(tableTotals);
        totals = List.copyOf(totals);
        formulaLines = List.copyOf(formulaLines);
        ratios = List.copyOf(ratios);
        tables = List.copyOf(tables);
        unread = List.copyOf(unread);
        looseRows = List.copyOf(looseRows);
        gradedRows = List.copyOf(gradedRows);
        counts = List.copyOf(counts);
        copies = List.copyOf(copies);
        otherTrees = otherTrees.stream().map(List::copyOf).toList();
        arithmetic = List.copyOf(arithmetic);
        surveys = List.copyOf(surveys);
    }

    /**
     * One question of a satisfaction survey as a table prints it: the count for each answer, the number of valid responses
     * (null when not printed), each answer's share in percent where printed, and the question's 满意度 in percent.
     *
     * @param weights the score the report gives each answer ("非常满意、满意、基本满意、不满意分别赋值100、80、60、0"), empty when
     *                it states none
     */
    public record SurveyItem(String table, String question, List<String> answers, List<BigDecimal> counts, BigDecimal total,
                             List<BigDecimal> shares, BigDecimal satisfaction, java.util.Map<String, BigDecimal> weights, Quote quote) {
        public SurveyItem {
            answers = List.copyOf(answers);
            counts = List.copyOf(counts);
            shares = shares.stream().map(share -> share == null ? BigDecimal.valueOf(-1) : share).toList();
            weights = java.util.Map.copyOf(weights);
        }

        /** The printed share of answer {@code i}, null when not printed. */
        public BigDecimal share(int i) {
            BigDecimal share = i < shares.size() ? shares.get(i) : null;
            return share == null || share.signum() < 0 ? null : share;
        }
    }

    /**
     * Arithmetic written out in the text ("9,738.4 ÷ 10,039.31 × 100% = 97.00%"): the expression's exact value against
     * the printed result.
     */
    public record Arithmetic(String code, String expression, BigDecimal value, BigDecimal printed, String printedText, Quote quote, int scale) {
        /**
         * @param code  the rule it is reported under (ARITHMETIC for a written-out calculation, COUNT for a stated number
         *              of listed names …)
         * @param scale the precision to compare at: the finest operand's for sums and differences, the result's otherwise
         */
        public Arithmetic {
            scale = Math.max(scale, printed.scale());
        }

        public Arithmetic(String expression, BigDecimal value, BigDecimal printed, String printedText, Quote quote, int scale) {
            this("ARITHMETIC", expression, value, printed, printedText, quote, scale);
        }
    }

    /**
     * A 合计 (or 小计) row of a score table and the nodes it adds up.
     *
     * @param scope the name of what it totals (an 一级 indicator, or null for the whole tree)
     * @param over  the nodes whose sum it must equal (recomputed from their leaves)
     */
    public record TableTotal(String scope, BigDecimal weight, BigDecimal score, BigDecimal rate, Quote quote, List<RecoveredNode> over) {
        public TableTotal {
            over = List.copyOf(over);
        }
    }

    /** A row that prints a score and a grade: the grade must be the one the score falls in. */
    public record GradedRow(String table, String name, BigDecimal score, String grade, Quote quote) {}

    /**
     * A stated count of graded items, e.g. "评价的6个项目中，2个优、1个良、3个中".
     *
     * @param table   the label of the table whose graded rows it counts
     * @param byGrade grade → stated count
     * @param total   the stated number of items, null when not stated
     */
    public record StatedCount(String table, java.util.Map<String, Integer> byGrade, Integer total, Quote quote) {
        public StatedCount {
            byGrade = java.util.Map.copyOf(byGrade);
        }
    }

    /** One figure printed in two places, which must agree (what names the figure: "管理效率 › 得分"). */
    public record Copy(String what, BigDecimal first, Quote firstQuote, BigDecimal second, Quote secondQuote) {}

    /**
     * A printed result: a score and/or a grade stated together.
     *
     * @param overall true when it is the whole evaluation's result (综合得分, 总分, a score table's 等级 row), false for a
     *                score and grade stated together about something not named ("得分为82.5分，等级为良")
     */
    public record StatedTotal(BigDecimal score, String grade, Quote quote, boolean overall) {
        public StatedTotal(BigDecimal score, String grade, Quote quote) {
            this(score, grade, quote, true);
        }
    }

    /**
     * The grade bands a document states, e.g. "综合得分90分（含）—100分为“优”；…".
     *
     * @param boundariesCertain false when the text leaves open whether a boundary score belongs to the upper or the
     *                          lower band ("80-90分为良", "90分以上为优"): a score exactly on a boundary is then not judged
     */
    public record StatedBands(List<GradeBand> bands, Quote quote, boolean boundariesCertain) {
        public StatedBands {
            bands = List.copyOf(bands);
        }
    }

    /** "该指标分值 X 分，评价得分 Y 分，得分率 Z%", with the path of the indicator its heading names. */
    public record FormulaLine(List<String> path, BigDecimal weight, BigDecimal score, BigDecimal rate, Quote quote) {
        public FormulaLine {
            path = List.copyOf(path);
        }
    }

    /** A stated standard ratio and the inputs printed beside it, by role (numerator, denominator …). */
    public record StatedRatio(RatioId id, BigDecimal printedPercent, String printed, List<Input> inputs, Quote quote) {
        public StatedRatio {
            inputs = List.copyOf(inputs);
        }

        public BigDecimal input(String role) {
            return inputs.stream().filter(input -> input.role().equals(role)).map(Input::value).findFirst().orElse(null);
        }
    }

    /** One input of a stated ratio: its role in the formula, its label in the text, its value. */
    public record Input(String role, String label, BigDecimal value) {}

    /** A table with numbers that is not a score table: amounts, rates, 合计 rows. Cells are kept as printed. */
    /** @param inferred the cells were placed by how plain text lines up, not marked by the source (rows may be misplaced) */
    public record DataTable(String caption, Quote captionQuote, List<List<String>> header, List<Row> rows, boolean inferred) {
        public DataTable {
            header = header.stream().map(List::copyOf).toList();
            rows = List.copyOf(rows);
        }

        public DataTable(String caption, Quote captionQuote, List<List<String>> header, List<Row> rows) {
            this(caption, captionQuote, header, rows, false);
        }
    }

    public record Row(List<String> cells, Quote quote) {
        public Row {
            cells = List.copyOf(cells);
        }
    }

    /** Something the reader could not read or the review could not check. */
    public record Unread(Quote quote, String reason) {
        public Unread {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
