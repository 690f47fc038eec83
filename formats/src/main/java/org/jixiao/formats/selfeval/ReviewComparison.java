package org.jixiao.formats.selfeval;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.jixiao.core.number.ChineseNumbers;
import org.jixiao.core.selfeval.ShadowReview;

/**
 * 自评 beside 复核 as export tables (the workbook's sheets, the Word document's tables): one row per table, one row per value
 * the reviewer recorded with its reason, and the difference statistics per unit (档差). Figures as printed (2 decimals).
 *
 * @param units the unit of each table, in the order of {@code tables}
 */
public record ReviewComparison(List<ShadowReview.Table> tables, List<String> units) {
    public static final String TABLES_SHEET = "自评与复核";
    public static final String ROWS_SHEET = "复核得分明细";
    public static final String UNITS_SHEET = "单位差异统计";

    public ReviewComparison {
        tables = List.copyOf(tables);
        units = List.copyOf(units);
        if (tables.size() != units.size()) {
            throw new IllegalArgumentException("每张自评表须有所属单位");
        }
    }

    /** 序号, 单位, 项目名称, 自评得分, 自评等级, 复核得分, 复核等级, 差异, 档差, 复核行数. */
    public List<List<String>> tableRows() {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("序号", "单位", "项目名称", "自评得分", "自评等级", "复核得分", "复核等级", "差异（复核−自评）", "档差", "复核改分行数"));
        for (int i = 0; i < tables.size(); i++) {
            ShadowReview.Table t = tables.get(i);
            rows.add(List.of(String.valueOf(i + 1), units.get(i), t.score().table().project(), ChineseNumbers.fixed2(t.selfTotal()), t.selfGrade(),
                    ChineseNumbers.fixed2(t.reviewTotal()), t.reviewGrade(), signed(t.difference()), steps(t.gradeSteps()),
                    String.valueOf(t.reviewed())));
        }
        return rows;
    }

    /** Every value the reviewer recorded: 序号, 项目名称, 行, 指标, 分值, 自评得分, 复核得分, 差异, 复核理由. */
    public List<List<String>> reviewerRows() {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("序号", "项目名称", "行", "指标", "分值", "自评得分", "复核得分", "差异（复核−自评）", "复核理由"));
        for (int i = 0; i < tables.size(); i++) {
            ShadowReview.Table t = tables.get(i);
            for (ShadowReview.Row r : t.rows()) {
                if (r.byReviewer()) {
                    rows.add(List.of(String.valueOf(i + 1), t.score().table().project(), String.valueOf(r.row()), r.name(),
                            r.weight() == null ? "" : ChineseNumbers.plain(r.weight()), ChineseNumbers.fixed2(r.self()), ChineseNumbers.fixed2(r.review()),
                            signed(r.difference()), r.reason()));
                }
            }
        }
        return rows;
    }

    /** 单位, 自评表数, 复核改分表数, 自评平均分, 复核平均分, 平均差异, 最大差异, 等级变化, 其中降档, 最大档差. */
    public List<List<String>> unitRows() {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("单位", "自评表数", "复核改分表数", "自评平均分", "复核平均分", "平均差异", "最大差异", "等级变化（张）", "其中降档（张）", "最大档差"));
        for (ShadowReview.UnitStatistics s : statistics()) {
            rows.add(List.of(s.unit(), String.valueOf(s.tables()), String.valueOf(s.reviewedTables()), ChineseNumbers.fixed2(s.selfAverage()),
                    ChineseNumbers.fixed2(s.reviewAverage()), signed(s.meanDifference()), signed(s.maxDifference()), String.valueOf(s.gradeChanged()),
                    String.valueOf(s.lowered()), steps(s.maxGradeSteps())));
        }
        return rows;
    }

    public List<ShadowReview.UnitStatistics> statistics() {
        return tables.isEmpty() ? List.of() : ShadowReview.byUnit(units, tables);
    }

    /** +1.50, −2.00, 0.00. */
    public static String signed(BigDecimal value) {
        String text = ChineseNumbers.fixed2(value.abs());
        return value.signum() > 0 ? "+" + text : value.signum() < 0 ? "−" + text : text;
    }

    /** 档差 in words: 0, 降 1 档, 升 1 档. */
    public static String steps(int steps) {
        return steps == 0 ? "0" : steps > 0 ? "降 " + steps + " 档" : "升 " + (-steps) + " 档";
    }

    /** The three sheets, as text cells (figures as printed). */
    void write(SelfEvalWorkbookWriter writer) throws java.io.IOException {
        writer.rows(TABLES_SHEET, objects(tableRows()), 6, 28, 36, 10, 8, 10, 8, 14, 10, 12);
        writer.rows(ROWS_SHEET, objects(reviewerRows()), 6, 36, 6, 30, 8, 10, 10, 14, 60);
        writer.rows(UNITS_SHEET, objects(unitRows()), 30, 10, 12, 12, 12, 10, 10, 12, 12, 10);
    }

    private static List<List<Object>> objects(List<List<String>> rows) {
        return rows.stream().map(r -> List.<Object>copyOf(r)).toList();
    }
}
