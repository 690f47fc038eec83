package org.jixiao.core.disclosure;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.jixiao.core.review.Finding;
import org.jixiao.core.review.Location;
import org.jixiao.core.review.Quote;
import org.jixiao.core.review.RecoveredReport;
import org.jixiao.core.review.Severity;
import org.jixiao.core.review.Where;

/**
 * Evaluates "result = Σ ± terms" between printed cells and turns each failure into a finding. What is not printed is
 * never made up:
 * <ul>
 *   <li>a blank result, or a relation whose terms are all blank, is not checked;</li>
 *   <li>a blank term counts as 0 only in a table that prints its zeros as blanks (it prints no 0 anywhere); elsewhere a
 *       difference that a blank term could hold is a note, not an error;</li>
 *   <li>a difference within what rounding each printed figure to its last digit can produce (half a unit per figure) is a
 *       rounding note (尾差), never an error.</li>
 * </ul>
 */
final class Relations {
    /** A cell of a printed table: a row (null when the table has no such row) and a column. */
    record Ref(PrintedTable table, PrintedRow row, ColumnKey column) {
        boolean exists() {
            return row != null && table.hasColumn(column);
        }

        Figure figure() {
            return row == null ? null : row.figure(column);
        }

        /** {@code 2060101 行政运行 · 基本支出} */
        String label() {
            return (row == null ? "" : row.label()) + " · " + table.columnLabel(column);
        }

        Where where() {
            Figure figure = figure();
            return figure != null ? figure.where() : row != null ? row.where() : table.where();
        }
    }

    record Term(Ref ref, int sign) {
        static Term plus(Ref ref) {
            return new Term(ref, 1);
        }

        static Term minus(Ref ref) {
            return new Term(ref, -1);
        }
    }

    private final String document;
    private final List<Finding> findings = new ArrayList<>();
    private final List<RecoveredReport.Unread> unread = new ArrayList<>();
    private final Set<String> unreadKeys = new LinkedHashSet<>();

    Relations(String document) {
        this.document = document;
    }

    List<Finding> findings() {
        return findings;
    }

    List<RecoveredReport.Unread> unread() {
        return unread;
    }

    void finding(Finding finding) {
        findings.add(finding);
    }

    /** Something that could not be checked, once per key. */
    void unchecked(String key, Where where, String quote, String reason) {
        if (unreadKeys.add(key)) {
            unread.add(new RecoveredReport.Unread(new Quote(where, quote), reason));
        }
    }

    /** result = Σ sign × term, checked as far as the printed cells allow. */
    void check(String code, String rule, Ref result, List<Term> terms) {
        if (!result.exists()) {
            return;
        }
        Figure printed = result.figure();
        if (printed == null) {
            return;
        }
        List<Term> present = terms.stream().filter(term -> term.ref().exists()).toList();
        if (present.isEmpty()) {
            return;
        }
        List<Term> given = present.stream().filter(term -> term.ref().figure() != null).toList();
        List<Term> blank = present.stream().filter(term -> term.ref().figure() == null).toList();
        if (given.isEmpty()) {
            if (printed.value().signum() != 0) {
                unchecked(code + "|" + result.table().name() + "|" + result.label(), result.where(), result.label() + " " + printed.printed(),
                        "“" + rule + "”的各组成部分均未填列，未核对");
            }
            return;
        }
        Unit resultUnit = result.table().unit();
        BigDecimal expectedYuan = BigDecimal.ZERO;
        BigDecimal unit = Amounts.lastDigitYuan(printed, resultUnit);
        int scale = Math.max(printed.value().scale(), 0);
        for (Term term : given) {
            Figure figure = term.ref().figure();
            Unit termUnit = term.ref().table().unit();
            expectedYuan = expectedYuan.add(Amounts.yuan(figure, termUnit).multiply(BigDecimal.valueOf(term.sign())));
            BigDecimal digit = Amounts.lastDigitYuan(figure, termUnit);
            if (digit.compareTo(unit) > 0) {
                unit = digit;
            }
            if (termUnit == resultUnit) {
                scale = Math.max(scale, Math.max(figure.value().scale(), 0));
            }
        }
        BigDecimal difference = Amounts.yuan(printed, resultUnit).subtract(expectedYuan);
        BigDecimal half = unit.divide(BigDecimal.valueOf(2));
        if (difference.abs().compareTo(half) <= 0) {
            return;
        }
        BigDecimal rounding = half.multiply(BigDecimal.valueOf(given.size() + 1L)).max(unit);
        BigDecimal expected = expectedYuan.divide(resultUnit.inYuan());
        String expectedText = Amounts.format(expected, scale);
        String differenceText = Amounts.format(difference.divide(resultUnit.inYuan()), scale);
        String head = result.label() + " 印为 " + printed.printed() + "，按“" + rule + "”应为 " + expectedText + "（相差 " + differenceText + "）";
        Severity severity;
        String message;
        if (difference.abs().compareTo(rounding) <= 0) {
            severity = Severity.INFO;
            message = head + "，在各数四舍五入到末位的尾差以内";
        } else if (!blank.isEmpty() && !blanksAreZeros(blank) && couldHold(blank, difference)) {
            severity = Severity.WARNING;
            message = head + "；" + blankNames(blank) + "未填列，若空白处另有数字则可能相符，请核实";
        } else {
            severity = Severity.ERROR;
            message = head + (blank.isEmpty() ? "" : "（" + blankNames(blank) + "空白，按 0 计）");
        }
        findings.add(new Finding(code, severity, new Location(document, result.table().name(), result.label(), result.where()),
                printed.printed(), expectedText, rule, message, quotation(result)));
    }

    /** a = b between two cells (the same figure printed in two places). */
    void same(String code, String rule, Ref result, Ref other) {
        check(code, rule, result, List.of(Term.plus(other)));
    }

    private static boolean blanksAreZeros(List<Term> blank) {
        return blank.stream().allMatch(term -> term.ref().table().blankMeansZero());
    }

    /** True when a blank term, had it a figure of the right sign, could make up the difference. */
    private static boolean couldHold(List<Term> blank, BigDecimal difference) {
        return blank.stream().anyMatch(term -> term.sign() * difference.signum() > 0);
    }

    private static String blankNames(List<Term> blank) {
        List<String> names = new ArrayList<>();
        for (Term term : blank) {
            names.add(term.ref().label().strip());
        }
        return String.join("、", names);
    }

    /** The row as printed: its label and figures. */
    static String quotation(Ref ref) {
        if (ref.row() == null) {
            return null;
        }
        StringBuilder text = new StringBuilder(ref.row().label());
        for (Figure figure : ref.row().figures().values()) {
            text.append(' ').append(figure.printed());
        }
        return text.toString();
    }
}
