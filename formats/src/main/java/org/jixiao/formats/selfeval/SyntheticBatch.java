package org.jixiao.formats.selfeval;

import java.io.IOException;
import java.io.OutputStream;
import java.io.BufferedOutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.jixiao.core.number.ChineseNumbers;
import org.jixiao.core.number.Decimals;
import org.jixiao.core.selfeval.BudgetBlock;
import org.jixiao.core.selfeval.FundRow;
import org.jixiao.core.selfeval.IndicatorRow;
import org.jixiao.core.selfeval.SelfEvalTable;
import org.jixiao.core.selfeval.Source;
import org.jixiao.core.targets.Operator;
import org.jixiao.core.targets.QualitativeResult;
import org.jixiao.core.targets.Target;

/**
 * Generates a synthetic batch of self-evaluation workbooks with known injected errors, for tests and benchmarks. A
 * clean table triggers no finding; each injected table carries exactly one defect, recorded in {@code manifest.tsv}
 * (workbook, sheet, rule code). Bad input goes into its own small workbook: a cell that cannot be checked (text in a
 * number cell, A = 0, a blank actual value) leaves its table imported with a "not checkable" note; a duplicated project
 * or a missing column in 批量录入 is refused.
 */
public final class SyntheticBatch {
    public static final String MANIFEST = "manifest.tsv";

    /** The review defects a table can carry (rule codes of {@link org.jixiao.core.selfeval.SelfEvalReview}). */
    static final List<String> TABLE_DEFECTS = List.of("SE_TOTAL", "SE_EXEC_SCORE", "SE_EXEC_RATE", "SE_UNMET_FULL", "SE_SCORE_RANGE",
            "SE_SCORE_RULE", "SE_LOW_EXEC_FULL", "SE_CONSERVATIVE", "SE_NO_COST", "SE_NO_SATISFACTION", "SE_QUALITATIVE_ONLY",
            "SE_WEIGHTS", "SE_UNIT", "SE_COST_OVER_BUDGET", "SE_FUND_SUM", "SE_BLANK_SCORE", "SE_BLANK_TOTAL", "SE_TOTAL_ABOVE_MAX");
    /** Bad input, each in its own workbook: three cells that cannot be checked (found as SE_UNCHECKED), two refusals. */
    static final List<String> FILE_DEFECTS = List.of("TEXT_IN_NUMBER", "ZERO_BUDGET", "BLANK_ACTUAL", "IMPORT_DUPLICATE", "IMPORT_COLUMN");

    /** One injected defect: where it is and which finding it must produce. */
    public record Injected(String workbook, String sheet, String code) {}

    /** What was generated. */
    public record Generated(List<Path> files, int tables, List<Injected> injected) {}

    private SyntheticBatch() {}

    /**
     * @param count        tables in the regular workbooks
     * @param defectShare  share of those tables given one review defect (0–1)
     * @param badFiles     extra one-table workbooks with bad input (cycling through the import defects)
     * @param perFile      tables per regular workbook
     * @param styled       merged cells and borders as in the template (slower to write)
     */
    public static Generated generate(Path dir, int count, long seed, double defectShare, int badFiles, int perFile, boolean styled)
            throws IOException {
        Files.createDirectories(dir);
        SplittableRandom random = new SplittableRandom(seed);
        List<Path> files = new ArrayList<>();
        List<Injected> injected = new ArrayList<>();
        int fileCount = (count + perFile - 1) / perFile;
        int n = 0;
        for (int f = 0; f < fileCount; f++) {
            String name = String.format("part-%05d.xlsx", f + 1);
            Path file = dir.resolve(name);
            files.add(file);
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
                    SelfEvalWorkbookWriter writer = new SelfEvalWorkbookWriter(out, styled)) {
                for (int i = 0; i < perFile && n < count; i++, n++) {
                    String sheet = String.format("P%06d", n + 1);
                    String defect = random.nextDouble() < defectShare ? TABLE_DEFECTS.get(random.nextInt(TABLE_DEFECTS.size())) : null;
                    writer.table(sheet, table(n, random, defect));
                    if (defect != null) {
                        injected.add(new Injected(name, sheet, defect));
                    }
                }
            }
        }
        for (int b = 0; b < badFiles; b++) {
            String defect = FILE_DEFECTS.get(b % FILE_DEFECTS.size());
            String name = String.format("zbad-%05d.xlsx", b + 1);
            Path file = dir.resolve(name);
            files.add(file);
            int id = count + b;
            try (OutputStream out = Files.newOutputStream(file); SelfEvalWorkbookWriter writer = new SelfEvalWorkbookWriter(out, styled)) {
                String sheet = String.format("B%06d", b + 1);
                Map<int[], Object> overrides = new HashMap<>();
                SelfEvalTable table = table(id, random, null);
                switch (defect) {
                    case "TEXT_IN_NUMBER" -> overrides.put(new int[] {Layout.ROW_FUND_TOTAL, 5}, "约" + table.budget().executed().toPlainString());
                    case "ZERO_BUDGET" -> {
                        overrides.put(new int[] {Layout.ROW_FUND_TOTAL, 4}, BigDecimal.ZERO);
                        overrides.put(new int[] {Layout.ROW_FUND_TOTAL + 1, 4}, BigDecimal.ZERO);
                    }
                    case "BLANK_ACTUAL" -> overrides.put(new int[] {Layout.FIRST_INDICATOR_ROW + 2, 4}, null);
                    case "IMPORT_DUPLICATE" -> table = table(random.nextInt(Math.max(1, count)), new SplittableRandom(seed), null);
                    default -> { }
                }
                if (defect.equals("IMPORT_COLUMN")) {
                    sheet = Layout.FLAT_SHEET;
                    writer.flatRows(table);
                    writer.flatHeader(Layout.FLAT_COLUMNS.indexOf(Layout.F_EXECUTED), "执行数");
                } else {
                    writer.table(sheet, table, overrides);
                }
                if (defect.equals("IMPORT_DUPLICATE") && count == 0) {
                    continue;
                }
                injected.add(new Injected(name, sheet, defect.startsWith("IMPORT_") ? defect : "SE_UNCHECKED"));
            }
        }
        writeManifest(dir.resolve(MANIFEST), injected);
        return new Generated(files, count + badFiles, injected);
    }

    /** Reads a manifest written by {@link #generate}. */
    public static List<Injected> readManifest(Path file) throws IOException {
        List<Injected> result = new ArrayList<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            String[] parts = line.split("\t");
            if (parts.length == 3) {
                result.add(new Injected(parts[0], parts[1], parts[2]));
            }
        }
        return result;
    }

    private static void writeManifest(Path file, List<Injected> injected) throws IOException {
        StringBuilder text = new StringBuilder("工作簿\t工作表\t规则代码\n");
        for (Injected i : injected) {
            text.append(i.workbook()).append('\t').append(i.sheet()).append('\t').append(i.code()).append('\n');
        }
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    /**
     * Table number {@code n}: a clean table (no finding) or one with the given defect. Its project name and 实施单位
     * depend on n only, so table(n, …) drawn again is a duplicate of table n.
     */
    static SelfEvalTable table(int n, SplittableRandom random, String defect) {
        BigDecimal annual = money(5 + random.nextDouble() * 1995);
        double share = "SE_LOW_EXEC_FULL".equals(defect) ? 0.05 + random.nextDouble() * 0.5 : 0.62 + random.nextDouble() * 0.38;
        BigDecimal executed = Decimals.round2(annual.multiply(BigDecimal.valueOf(share)));
        int firms = 20 + random.nextInt(280);
        int firmsDone = (int) Math.round(firms * (1 + random.nextDouble() * 0.4));
        int unitCost = 400 + random.nextInt(199);
        BigDecimal quality = BigDecimal.valueOf(95 + random.nextInt(6));
        BigDecimal onTime = BigDecimal.valueOf(90 + random.nextInt(11));
        BigDecimal invest = money(50 + random.nextDouble() * 500);
        BigDecimal investDone = Decimals.round2(invest.multiply(BigDecimal.valueOf(1 + random.nextDouble() * 0.3)));
        BigDecimal satisfaction = BigDecimal.valueOf(90 + random.nextInt(11));
        BigDecimal ceiling = Decimals.round2(annual.multiply(new BigDecimal("0.95")));
        if ("SE_COST_OVER_BUDGET".equals(defect)) {
            ceiling = Decimals.round2(annual.multiply(new BigDecimal("1.5")));
        }
        BigDecimal costDone = Decimals.round2(executed.multiply(new BigDecimal("0.9")));
        String firmsActual = firmsDone + "家";
        if ("SE_UNMET_FULL".equals(defect)) {
            firmsActual = (firms * 8 / 10) + "家";
        } else if ("SE_CONSERVATIVE".equals(defect)) {
            firmsActual = (int) Math.round(firms * 1.6 + firms * random.nextDouble() * 1.4) + "家";
        } else if ("SE_UNIT".equals(defect)) {
            firmsActual = String.valueOf(firmsDone);
        }

        List<IndicatorRow> rows = new ArrayList<>();
        rows.add(quantitative("成本指标", "经济成本指标", "项目成本控制", Operator.AT_MOST, ceiling, "万元", costDone, "万元", 10));
        rows.add(quantitative("成本指标", "经济成本指标", "单位服务成本", Operator.AT_MOST, BigDecimal.valueOf(600), "元/个",
                BigDecimal.valueOf(unitCost), "元/个", 10));
        if ("SE_QUALITATIVE_ONLY".equals(defect)) {
            rows.add(qualitative("产出指标", "数量指标", "服务企业覆盖", "全覆盖", 10));
            rows.add(qualitative("产出指标", "质量指标", "验收质量", "达标", 10));
            rows.add(qualitative("产出指标", "时效指标", "完成时限", "及时", 10));
        } else {
            rows.add(new IndicatorRow("产出指标", "数量指标", Target.quantitative("服务企业数量", "服务企业数量", Operator.AT_LEAST,
                    BigDecimal.valueOf(firms), "家", CellValues.quantity(firmsActual).number()), "≥" + firms + "家", firmsActual,
                    CellValues.quantity(firmsActual).unit(), BigDecimal.TEN, BigDecimal.TEN, ""));
            rows.add(quantitative("产出指标", "质量指标", "验收合格率", Operator.AT_LEAST, BigDecimal.valueOf(95), "%", quality, "%", 10));
            rows.add(quantitative("产出指标", "时效指标", "按时完成率", Operator.AT_LEAST, BigDecimal.valueOf(90), "%", onTime, "%", 10));
        }
        rows.add(qualitative("效益指标", "社会效益指标", "服务保障水平", "有效", 10));
        rows.add(quantitative("效益指标", "经济效益指标", "带动社会投资", Operator.AT_LEAST, invest, "万元", investDone, "万元", 10));
        rows.add(qualitative("效益指标", "可持续发展影响指标", "长效机制建设", "有效", 10));
        rows.add(quantitative("满意度指标", "服务对象满意度指标", "服务对象满意度", Operator.AT_LEAST, BigDecimal.valueOf(90), "%",
                satisfaction, "%", 10));
        BigDecimal extra = BigDecimal.ZERO; // recorded points beyond the weights, kept in the printed total
        switch (defect == null ? "" : defect) {
            case "SE_NO_COST" -> {
                rows.remove(1);
                rows.remove(0);
                rows.set(0, reweigh(rows.get(0), 20));
                rows.set(3, reweigh(rows.get(3), 20));
            }
            case "SE_NO_SATISFACTION" -> {
                rows.remove(rows.size() - 1);
                rows.set(2, reweigh(rows.get(2), 20));
            }
            case "SE_SCORE_RANGE" -> {
                rows.set(5, rescore(rows.get(5), new BigDecimal("12")));
                extra = BigDecimal.valueOf(2);
            }
            case "SE_SCORE_RULE" -> {
                rows.set(3, rescore(rows.get(3), new BigDecimal("8")));
                extra = BigDecimal.valueOf(-2);
            }
            case "SE_WEIGHTS" -> rows.set(5, reweigh(rows.get(5), 15));
            case "SE_BLANK_SCORE" -> rows.set(4, rows.get(4).withRecordedScore(null));
            default -> { }
        }
        BigDecimal recorded = BigDecimal.ZERO;
        for (IndicatorRow row : rows) {
            recorded = recorded.add(row.recordedScore() != null ? row.recordedScore() : row.weight());
        }
        BigDecimal rate = Decimals.percent(executed, annual);
        BigDecimal execPoints = Decimals.round2(BigDecimal.TEN.multiply(Decimals.min(Decimals.divide(executed, annual), BigDecimal.ONE)));
        BigDecimal printedExec = "SE_EXEC_SCORE".equals(defect) ? execPoints.add(BigDecimal.ONE) : execPoints;
        BigDecimal printedRate = "SE_EXEC_RATE".equals(defect) ? rate.add(BigDecimal.valueOf(5)) : rate;
        BigDecimal total = execPoints.add(recorded);
        if ("SE_TOTAL".equals(defect)) {
            total = total.subtract(new BigDecimal("1.50"));
        }
        if (extra.signum() != 0) {
            total = execPoints.add(recorded); // the printed total adds the recorded scores as they are
        }
        if ("SE_BLANK_TOTAL".equals(defect)) {
            total = null;
        } else if ("SE_TOTAL_ABOVE_MAX".equals(defect)) {
            total = BigDecimal.valueOf(102);
        }
        FundRow all = new FundRow(annual, annual, executed);
        FundRow fiscal = "SE_FUND_SUM".equals(defect) ? new FundRow(annual, annual.add(BigDecimal.TEN), executed) : all;
        return new SelfEvalTable("合成项目" + (n + 1), "合成主管部门" + (n % 50 + 1), "合成实施单位" + (n % 997 + 1),
                new BudgetBlock(all, fiscal, FundRow.ZERO, FundRow.ZERO, BudgetBlock.STANDARD_WEIGHT, printedRate, printedExec),
                "完成年度工作任务", "已完成", rows, total, "", Source.NONE);
    }

    private static BigDecimal money(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
    }

    private static IndicatorRow quantitative(String level1, String level2, String name, Operator operator, BigDecimal value, String unit,
            BigDecimal actual, String actualUnit, int weight) {
        String symbol = operator == Operator.EQUAL ? "=" : operator.symbol();
        String targetText = symbol + ChineseNumbers.plain(value) + unit;
        String actualText = ChineseNumbers.plain(actual) + actualUnit;
        // the numbers as a reader gets them back from the texts
        return new IndicatorRow(level1, level2, Target.quantitative(name, name, operator, CellValues.quantity(targetText).number(), unit,
                CellValues.quantity(actualText).number()), targetText, actualText, actualUnit,
                BigDecimal.valueOf(weight), BigDecimal.valueOf(weight), "");
    }

    private static IndicatorRow qualitative(String level1, String level2, String name, String target, int weight) {
        return new IndicatorRow(level1, level2, Target.qualitative(name, name, target, QualitativeResult.DONE), target, "完成", "",
                BigDecimal.valueOf(weight), BigDecimal.valueOf(weight), "");
    }

    private static IndicatorRow reweigh(IndicatorRow row, int weight) {
        return new IndicatorRow(row.level1(), row.level2(), row.target(), row.targetText(), row.actualText(), row.actualUnit(),
                BigDecimal.valueOf(weight), BigDecimal.valueOf(weight), row.deviation());
    }

    private static IndicatorRow rescore(IndicatorRow row, BigDecimal score) {
        return new IndicatorRow(row.level1(), row.level2(), row.target(), row.targetText(), row.actualText(), row.actualUnit(),
                row.weight(), score, row.deviation());
    }
}
