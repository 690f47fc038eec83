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
 */
public record RecoveredReport(String document, List<RecoveredNode> roots, List<TableTotal> tableTotals, List<StatedTotal> totals,
                              StatedBands bands, List<FormulaLine> formulaLines, List<StatedRatio> ratios, List<DataTable> tables,
                              List<Unread> unread) {
    public RecoveredReport {
        roots = List.copyOf(roots);
        tableTotals = List.copyOf(tableTotals);
        totals = List.copyOf(totals);
        formulaLines = List.copyOf(formulaLines);
        ratios = List.copyOf(ratios);
        tables = List.copyOf(tables);
        unread = List.copyOf(unread);
    }

    /** A 合计 row of a score table: for one 一级 indicator ({@code scope}), or for the whole tree when scope is null. */
    public record TableTotal(String scope, BigDecimal weight, BigDecimal score, BigDecimal rate, Quote quote) {}

    /** A printed overall result: the total score and/or the grade. */
    public record StatedTotal(BigDecimal score, String grade, Quote quote) {}

    /** The grade bands a document states, e.g. "综合得分90分（含）—100分为“优”；…". */
    public record StatedBands(List<GradeBand> bands, Quote quote) {
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
    public record DataTable(String caption, Quote captionQuote, List<List<String>> header, List<Row> rows) {
        public DataTable {
            header = header.stream().map(List::copyOf).toList();
            rows = List.copyOf(rows);
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
