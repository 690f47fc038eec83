package org.jixiao.core.review;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.jixiao.core.review.RecoveredReport.DataTable;
import org.jixiao.core.review.RecoveredReport.Row;
import org.jixiao.core.review.RecoveredReport.Unread;

/**
 * Checks a table that is not a score table (项目支出预决算表, 收支变动表 …): every 合计 row against the rows above it,
 * and every rate column against the columns it is computed from. The formula of a rate column is not written in the
 * table, so it is inferred: of the candidate formulas (a ÷ b, (a − b) ÷ b over the amount columns, and the growth of a
 * column from the row above), the one that reproduces most rows is taken, and the rows it does not reproduce are the
 * findings. A table whose numbers cannot be checked this way is listed as unchecked, never passed silently.
 */
final class TableChecks {
    private enum Kind { RATIO, CHANGE, GROWTH }

    private record Formula(Kind kind, int a, int b) {}

    private record Evaluation(Formula formula, int evaluated, int matched) {}

    private final String document;
    private final DataTable table;
    private final List<Finding> findings;
    private final List<Unread> unread;
    private final List<String> headers = new ArrayList<>();
    private final List<Row> rows;
    private final int width;

    private TableChecks(String document, DataTable table, List<Finding> findings, List<Unread> unread) {
        this.document = document;
        this.table = table;
        this.findings = findings;
        this.unread = unread;
        this.rows = table.rows();
        int columns = 0;
        for (Row row : rows) {
            columns = Math.max(columns, row.cells().size());
        }
        for (List<String> header : table.header()) {
            columns = Math.max(columns, header.size());
        }
        this.width = columns;
        for (int column = 0; column < width; column++) {
            StringBuilder text = new StringBuilder();
            for (List<String> header : table.header()) {
                if (column < header.size()) {
                    text.append(header.get(column).replaceAll("\\s+", ""));
                }
            }
            headers.add(text.toString());
        }
    }

    static void check(String document, DataTable table, List<Finding> findings, List<Unread> unread) {
        new TableChecks(document, table, findings, unread).run();
    }

    private void run() {
        List<Integer> amounts = new ArrayList<>();
        List<Integer> rates = new ArrayList<>();
        for (int column = 0; column < width; column++) {
            if (!isNumeric(column)) {
                continue;
            }
            if (isRate(column)) {
                rates.add(column);
            } else {
                amounts.add(column);
            }
        }
        boolean hasTotals = rows.stream().anyMatch(this::isTotal);
        if (amounts.isEmpty() && rates.isEmpty()) {
            unread.add(new Unread(table.captionQuote(), caption() + "：没有可复算的数字列（文字或目标值表格），未核对"));
            return;
        }
        if (!hasTotals && rates.isEmpty()) {
            unread.add(new Unread(table.captionQuote(), caption() + "：没有合计行或比率列，未核对"));
            return;
        }
        checkTotals(amounts);
        for (int rate : rates) {
            checkRateColumn(rate, amounts, rates);
        }
    }

    private String caption() {
        return table.caption() == null || table.caption().isBlank() ? "表格" : table.caption();
    }

    private boolean isNumeric(int column) {
        String header = headers.get(column);
        if (column == 0 || header.matches("^(序号|年度|年份|月份|编号|职责序号).*")) {
            return false;
        }
        int filled = 0;
        int numbers = 0;
        for (Row row : rows) {
            String cell = cell(row, column);
            if (PrintedNumbers.isEmpty(cell)) {
                continue;
            }
            filled++;
            if (PrintedNumbers.parse(cell) != null) {
                numbers++;
            }
        }
        return numbers > 0 && numbers * 10 >= filled * 6;
    }

    private boolean isRate(int column) {
        String header = headers.get(column);
        if (header.contains("率") || header.contains("占比") || header.contains("%") || header.contains("进度")) {
            return true;
        }
        int numbers = 0;
        int percents = 0;
        for (Row row : rows) {
            String cell = cell(row, column);
            if (PrintedNumbers.parse(cell) != null) {
                numbers++;
                if (PrintedNumbers.isPercent(cell)) {
                    percents++;
                }
            }
        }
        return percents * 10 >= numbers * 6;
    }

    private boolean isTotal(Row row) {
        for (int column = 0; column < Math.min(2, row.cells().size()); column++) {
            String cell = row.cells().get(column).replaceAll("\\s+", "");
            if (cell.contains("合计") || cell.contains("总计")) {
                return true;
            }
        }
        return false;
    }

    private String label(Row row) {
        StringBuilder label = new StringBuilder();
        for (int column = 0; column < row.cells().size() && column < 2; column++) {
            String cell = row.cells().get(column).strip();
            if (!cell.isEmpty()) {
                label.append(label.length() > 0 ? " " : "").append(cell);
            }
        }
        return label.toString().replaceAll("\\s+", " ");
    }

    private static String cell(Row row, int column) {
        return column < row.cells().size() ? row.cells().get(column) : "";
    }

    private static BigDecimal value(Row row, int column) {
        return PrintedNumbers.parse(cell(row, column));
    }

    // ---- 合计 rows ----

    private static final java.util.regex.Pattern CODE = java.util.regex.Pattern.compile("^(\\d{3}(?:\\d{2}){0,3})(?:\\s.*|[^\\d.,%].*)?$");

    /** The 功能分类/经济分类 code of a row (201, 20101, 2010101), from its first two cells; null when it has none. */
    private static String code(Row row) {
        for (int column = 0; column < Math.min(2, row.cells().size()); column++) {
            java.util.regex.Matcher matcher = CODE.matcher(row.cells().get(column).strip());
            if (matcher.matches()) {
                return matcher.group(1);
            }
        }
        return null;
    }

    /**
     * A table of coded rows (类 201 › 款 20101 › 项 2010101): 合计 = Σ 类 wherever the 合计 row stands, and every 类 and 款
     * = Σ of the rows one level below it. Adding every row would count each amount two or three times.
     */
    private boolean checkCodedTotals(List<Integer> amounts) {
        List<String> codes = new ArrayList<>();
        int coded = 0;
        for (Row row : rows) {
            String code = code(row);
            codes.add(code);
            if (code != null) {
                coded++;
            }
        }
        if (coded < 3) {
            return false;
        }
        int top = codes.stream().filter(code -> code != null).mapToInt(String::length).min().orElse(3);
        List<Row> first = new ArrayList<>();
        List<Row> leaves = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            if (codes.get(i) != null && codes.get(i).length() == top) {
                first.add(rows.get(i));
            }
            if (codes.get(i) != null && below(codes, i, 2).isEmpty()) {
                leaves.add(rows.get(i));
            }
        }
        for (Row row : rows) {
            if (isTotal(row)) {
                compareSum(row, first, leaves, amounts, "合计 = 各" + level(top) + "之和（" + first.size() + " 行）");
            }
        }
        for (int i = 0; i < rows.size(); i++) {
            String code = codes.get(i);
            List<Integer> children = below(codes, i, 2);
            if (code == null || children.isEmpty()) {
                continue;
            }
            List<Row> direct = children.stream().map(rows::get).toList();
            List<Row> lowest = new ArrayList<>();
            for (int j : below(codes, i, 0)) {
                if (below(codes, j, 2).isEmpty()) {
                    lowest.add(rows.get(j));
                }
            }
            compareSum(rows.get(i), direct, lowest, amounts, level(code.length()) + " = 所属各" + level(code.length() + 2) + "之和（" + direct.size() + " 行）");
        }
        return true;
    }

    /** Rows under row {@code index} by code: {@code step} 2 for its children, 0 for all its descendants. */
    private static List<Integer> below(List<String> codes, int index, int step) {
        String code = codes.get(index);
        List<Integer> found = new ArrayList<>();
        if (code == null) {
            return found;
        }
        for (int j = index + 1; j < codes.size(); j++) {
            String next = codes.get(j);
            if (next == null) {
                continue;
            }
            if (!next.startsWith(code) || next.length() <= code.length()) {
                break;
            }
            if (step == 0 || next.length() == code.length() + step) {
                found.add(j);
            }
        }
        return found;
    }

    private static String level(int length) {
        return switch (length) {
            case 3 -> "类";
            case 5 -> "款";
            case 7 -> "项";
            default -> "目";
        };
    }

    /** Reported only when the row disagrees with the rows one level below and with the lowest rows: one misprint, one finding. */
    private void compareSum(Row row, List<Row> parts, List<Row> lowest, List<Integer> amounts, String rule) {
        for (int column : amounts) {
            BigDecimal printed = value(row, column);
            BigDecimal sum = sum(parts, column);
            BigDecimal deep = sum(lowest, column);
            if (printed == null || sum == null) {
                continue;
            }
            if (deep != null && Tolerance.compare(printed, deep) == Tolerance.Match.EQUAL) {
                continue;
            }
            Location location = new Location(document, caption(), label(row) + " › " + headers.get(column), row.quote().where());
            ReportReview.add(findings, "TABLE_SUM", printed, sum, location, row.quote(), rule,
                    caption() + "“" + label(row) + "”行“" + headers.get(column) + "”列不等于所属各行之和");
        }
    }

    private void checkTotals(List<Integer> amounts) {
        if (checkCodedTotals(amounts)) {
            return;
        }
        int start = 0;
        for (int index = 0; index < rows.size(); index++) {
            Row row = rows.get(index);
            if (!isTotal(row)) {
                continue;
            }
            List<Row> parts = rows.subList(start, index).stream().filter(part -> !isTotal(part)).toList();
            start = index + 1;
            if (parts.isEmpty()) {
                continue;
            }
            if (includesItsOwnSubtotals(row, parts, amounts)) {
                unread.add(new Unread(row.quote(), caption() + "：各行之和是“" + label(row)
                        + "”行的两倍以上，表中各行可能含有未标明的小计或上级行，合计未核对"));
                continue;
            }
            List<Row> counted = parts;
            boolean plainSumHolds = amounts.stream().allMatch(column -> {
                BigDecimal printed = value(row, column);
                BigDecimal sum = sum(parts, column);
                return printed == null || sum == null || Tolerance.compare(printed, sum) != Tolerance.Match.MISMATCH;
            });
            if (!plainSumHolds) {
                List<Row> withoutSubtotals = withoutSubtotals(parts, amounts);
                if (withoutSubtotals.size() < parts.size()) {
                    counted = withoutSubtotals;
                }
            }
            if (table.inferred()) {
                final List<Row> summed = counted;
                long failing = amounts.stream().filter(column -> {
                    BigDecimal printed = value(row, column);
                    BigDecimal sum = sum(summed, column);
                    return printed != null && sum != null && Tolerance.compare(printed, sum) == Tolerance.Match.MISMATCH;
                }).count();
                if (failing >= 2) {
                    // one misprint breaks one column; several at once, in cells placed by how text lines up, is a row
                    // misplaced by the reading
                    unread.add(new Unread(row.quote(), caption() + "：“" + label(row) + "”行有 " + failing
                            + " 列不等于各行之和，表格由纯文本的对齐位置推断，可能错行，合计未核对"));
                    continue;
                }
            }
            for (int column : amounts) {
                BigDecimal printed = value(row, column);
                BigDecimal sum = sum(counted, column);
                if (printed == null || sum == null) {
                    continue;
                }
                Location location = new Location(document, caption(), label(row) + " › " + headers.get(column), row.quote().where());
                ReportReview.add(findings, "TABLE_SUM", printed, sum, location, row.quote(),
                        "合计 = 各行之和（" + counted.size() + " 行）", caption() + "“" + headers.get(column) + "”列的合计不等于各行之和");
            }
        }
    }

    /**
     * Rows whose sum is close to twice their 合计 or more, none negative: rows of several levels (a parent and its parts,
     * not marked as 小计), not one misprint. Adding them would report the table's structure as an error.
     */
    private boolean includesItsOwnSubtotals(Row total, List<Row> parts, List<Integer> amounts) {
        for (int column : amounts) {
            BigDecimal printed = value(total, column);
            BigDecimal sum = sum(parts, column);
            if (printed == null || sum == null || printed.signum() <= 0) {
                continue;
            }
            boolean negative = parts.stream().map(part -> value(part, column)).anyMatch(value -> value != null && value.signum() < 0);
            if (!negative && sum.compareTo(printed.multiply(new BigDecimal("1.8"))) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static BigDecimal sum(List<Row> parts, int column) {
        BigDecimal total = BigDecimal.ZERO;
        for (Row part : parts) {
            String cell = cell(part, column);
            if (PrintedNumbers.isEmpty(cell)) {
                continue;
            }
            BigDecimal value = PrintedNumbers.parse(cell);
            if (value == null) {
                return null;
            }
            total = total.add(value);
        }
        return total;
    }

    /** Drops subtotal rows: a row that equals, in every amount column, the sum of the rows right below it. */
    private static List<Row> withoutSubtotals(List<Row> parts, List<Integer> amounts) {
        List<Row> kept = new ArrayList<>();
        for (int index = 0; index < parts.size(); index++) {
            if (!isSubtotal(parts, index, amounts)) {
                kept.add(parts.get(index));
            }
        }
        return kept;
    }

    private static boolean isSubtotal(List<Row> parts, int index, List<Integer> amounts) {
        for (int end = index + 3; end <= parts.size(); end++) {
            List<Row> below = parts.subList(index + 1, end);
            boolean all = true;
            int compared = 0;
            for (int column : amounts) {
                BigDecimal value = value(parts.get(index), column);
                BigDecimal sum = sum(below, column);
                if (value == null || sum == null) {
                    continue;
                }
                compared++;
                if (value.compareTo(sum) != 0) {
                    all = false;
                    break;
                }
            }
            if (all && compared > 0) {
                return true;
            }
        }
        return false;
    }

    // ---- rate columns ----

    private void checkRateColumn(int rate, List<Integer> amounts, List<Integer> rates) {
        int previousRate = rates.stream().filter(column -> column < rate).mapToInt(Integer::intValue).max().orElse(-1);
        List<Integer> inputs = amounts.stream().filter(column -> column < rate && column > previousRate).toList();
        if (inputs.isEmpty()) {
            inputs = amounts.stream().filter(column -> column < rate).toList();
        }
        List<Formula> candidates = new ArrayList<>();
        for (int a : inputs) {
            candidates.add(new Formula(Kind.GROWTH, a, a));
            for (int b : inputs) {
                if (a != b) {
                    candidates.add(new Formula(Kind.RATIO, a, b));
                    candidates.add(new Formula(Kind.CHANGE, a, b));
                }
            }
        }
        Evaluation best = null;
        for (Formula formula : candidates) {
            Evaluation evaluation = evaluate(formula, rate);
            if (best == null || evaluation.matched() > best.matched()) {
                best = evaluation;
            }
        }
        if (best == null || best.matched() < 2 || best.matched() * 10 < best.evaluated() * 6) {
            Quote quote = table.captionQuote();
            unread.add(new Unread(quote, caption() + "：比率列“" + headers.get(rate) + "”无法由本表其他列复算，未核对"));
            return;
        }
        String rule = describe(best.formula(), rate);
        for (int index = 0; index < rows.size(); index++) {
            Row row = rows.get(index);
            BigDecimal printed = value(row, rate);
            BigDecimal recomputed = compute(best.formula(), index);
            if (printed == null || recomputed == null) {
                continue;
            }
            Location location = new Location(document, caption(), label(row) + " › " + headers.get(rate), row.quote().where());
            ReportReview.add(findings, "ROW_RATE", printed, recomputed, location, row.quote(), rule,
                    caption() + "“" + label(row) + "”的" + headers.get(rate) + "与本行数据不符（" + rule + "）");
        }
    }

    private Evaluation evaluate(Formula formula, int rate) {
        int evaluated = 0;
        int matched = 0;
        for (int index = 0; index < rows.size(); index++) {
            BigDecimal printed = value(rows.get(index), rate);
            BigDecimal recomputed = compute(formula, index);
            if (printed == null || recomputed == null) {
                continue;
            }
            evaluated++;
            if (Tolerance.compare(printed, recomputed) != Tolerance.Match.MISMATCH) {
                matched++;
            }
        }
        return new Evaluation(formula, evaluated, matched);
    }

    private BigDecimal compute(Formula formula, int index) {
        Row row = rows.get(index);
        BigDecimal a = value(row, formula.a());
        BigDecimal b;
        if (formula.kind() == Kind.GROWTH) {
            if (index == 0 || isTotal(row) || isTotal(rows.get(index - 1))) {
                return null;
            }
            b = value(rows.get(index - 1), formula.a());
        } else {
            b = value(row, formula.b());
        }
        if (a == null || b == null || b.signum() == 0) {
            return null;
        }
        return switch (formula.kind()) {
            case RATIO -> ReportReview.percentExact(a, b);
            case CHANGE, GROWTH -> ReportReview.percentExact(a.subtract(b), b);
        };
    }

    private String describe(Formula formula, int rate) {
        String a = headers.get(formula.a());
        String b = headers.get(formula.b());
        String target = headers.get(rate);
        return switch (formula.kind()) {
            case RATIO -> target + " = " + a + " ÷ " + b + " × 100%";
            case CHANGE -> target + " = (" + a + " − " + b + ") ÷ " + b + " × 100%";
            case GROWTH -> target + " = (本行" + a + " − 上一行" + a + ") ÷ 上一行" + a + " × 100%";
        };
    }
}
