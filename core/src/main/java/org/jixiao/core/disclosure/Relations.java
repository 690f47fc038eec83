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

        boolean unreadable() {
            return row != null && row.isUnreadable(column);
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

    /** A relation as checked: its cells, the difference result − Σ terms in 元, and the finding it gives alone (or none). */
    private record Check(String code, String rule, Ref result, List<Term> given, BigDecimal difference, Finding finding) {}

    /** A cell of a printed table, for telling which relations share it. */
    private record Place(PrintedTable table, PrintedRow row, ColumnKey column) {
        static Place of(Ref ref) {
            return new Place(ref.table(), ref.row(), ref.column());
        }
    }

    private final String document;
    private final List<Check> checks = new ArrayList<>();
    private final List<Finding> findings = new ArrayList<>();
    private final List<RecoveredReport.Unread> unread = new ArrayList<>();
    private final Set<String> unreadKeys = new LinkedHashSet<>();
    private final Set<PrintedTable> misread = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    private final PrintedForms forms = new PrintedForms();

    Relations(String document) {
        this.document = document;
    }

    /** The findings: the other findings in order, then each relation that failed, its misprint located where it can be. */
    List<Finding> findings() {
        List<Finding> out = new ArrayList<>(findings);
        List<Check> kept = new ArrayList<>();
        for (Check check : checks) {
            if (!touchesMisread(check)) {
                kept.add(check);
            }
        }
        out.addAll(locate(kept));
        return out;
    }

    /**
     * Judges the reading of each table by its own identities, once they are all checked: a table most of whose identities
     * fail has been misread (a column taken for another, figures shifted a row), it is not misprinted in so many places.
     * Its failures are then not errors: the table is listed as not checked, with the count, and nothing is compared with
     * its figures — neither the relations between tables nor the sentences of the 情况说明 ({@link #isMisread}). A table
     * inferred from the alignment of plain text is held to more: two misprints that no single cell explains are already
     * more likely a shifted row or column than two misprints.
     */
    void judgeReadings() {
        // per table, and per table and kind of identity (合计 = Σ类, 类 = Σ款, a row's 合计 = its parts …): failed, held
        java.util.Map<PrintedTable, int[]> tally = new java.util.IdentityHashMap<>();
        java.util.Map<PrintedTable, java.util.Map<String, int[]>> byCode = new java.util.IdentityHashMap<>();
        for (Check check : checks) {
            PrintedTable table = check.result().table();
            if (check.difference() == null || check.given().stream().anyMatch(term -> term.ref().table() != table)) {
                continue; // nothing compared, or a relation between two tables
            }
            int[] counts = tally.computeIfAbsent(table, k -> new int[2]);
            int[] kind = byCode.computeIfAbsent(table, k -> new java.util.HashMap<>()).computeIfAbsent(check.code(), k -> new int[2]);
            if (isError(check)) {
                counts[0]++;
                kind[0]++;
            } else if (check.finding() == null || check.finding().severity() == Severity.INFO) {
                counts[1]++;
                kind[1]++;
            }
        }
        // a misprinted cell breaks every relation it is in: the errors counted are those left once each is located
        List<Finding> located = tally.values().stream().anyMatch(c -> c[0] >= 2) ? locate(checks) : List.of();
        for (java.util.Map.Entry<PrintedTable, int[]> entry : tally.entrySet()) {
            PrintedTable table = entry.getKey();
            int failed = entry.getValue()[0];
            int held = entry.getValue()[1];
            int least = table.aligned() ? 2 : 3;
            // one kind of identity failing in most of its places: a column taken for another, figures one row off
            boolean kindFails = byCode.get(table).values().stream().anyMatch(c -> c[0] >= least && c[0] > c[1]);
            long errors = located.stream().filter(f -> f.isError() && f.location().part().equals(table.name())).count();
            boolean mostlyFail = errors >= least && (failed > held || kindFails);
            boolean shifted = table.aligned() && failed >= 2 && errors >= 2;
            if (mostlyFail || shifted) {
                misread.add(table);
                unchecked("misread|" + System.identityHashCode(table), table.where(), table.name(),
                        table.name() + "读不准，未核对：本表自身的 " + (failed + held) + " 处勾稽关系中有 " + failed + " 处不成立"
                                + (table.aligned() ? "（这张表是由文字对齐推断出的，数字可能错行、错列）" : "")
                                + "，多半是行列读错而不是印错；与本表有关的不符都没有作为错误报告，请对照原件人工核对");
            }
        }
    }

    /** Whether a cell's figure is written unlike the other figures of its table read from text: not sure enough to judge. */
    boolean doubtful(Ref ref) {
        return forms.doubtful(ref.table(), ref.figure());
    }

    boolean doubtful(PrintedTable table, Figure figure) {
        return forms.doubtful(table, figure);
    }

    /** Whether the table was judged misread: its figures are not compared with anything. */
    boolean isMisread(PrintedTable table) {
        return table != null && misread.contains(table);
    }

    private boolean touchesMisread(Check check) {
        return isMisread(check.result().table()) || check.given().stream().anyMatch(term -> isMisread(term.ref().table()));
    }

    private static boolean isError(Check check) {
        return check.finding() != null && check.finding().severity() == Severity.ERROR;
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
        if (printed == null || result.unreadable() || terms.stream().anyMatch(term -> term.ref().unreadable())) {
            return; // a cell that could not be read is neither a figure nor a blank: nothing is checked on it
        }
        List<Term> present = terms.stream().filter(term -> term.ref().exists()).toList();
        if (present.isEmpty()) {
            return;
        }
        List<Term> given = present.stream().filter(term -> term.ref().figure() != null).toList();
        List<Term> blank = present.stream().filter(term -> term.ref().figure() == null).toList();
        if (given.isEmpty()) {
            checks.add(new Check(code, rule, result, given, null, null));
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
            checks.add(new Check(code, rule, result, given, BigDecimal.ZERO, null));
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
            Ref odd = doubtful(result) ? result : given.stream().map(Term::ref).filter(this::doubtful).findFirst().orElse(null);
            if (odd != null) {
                unchecked(code + "|doubtful|" + result.table().name() + "|" + result.label(), result.where(), head,
                        "“" + rule + "”不相符，但" + odd.label().strip() + "印作“" + odd.figure().printed()
                                + "”，与这张由文字对齐推断的表格中其他数字的写法不同（可能是行次、栏次或相邻一格的数字），读不准，未作为错误报告");
                checks.add(new Check(code, rule, result, given, null, null));
                return;
            }
            severity = Severity.ERROR;
            message = head + (blank.isEmpty() ? "" : "（" + blankNames(blank) + "空白，按 0 计）");
        }
        Finding finding = new Finding(code, severity, new Location(document, result.table().name(), result.label(), result.where()),
                printed.printed(), expectedText, rule, message, quotation(result));
        checks.add(new Check(code, rule, result, given, severity == Severity.ERROR ? difference : BigDecimal.ZERO, finding));
    }

    /**
     * One misprinted cell breaks every relation it is in: its 类's sum, its own row, the same figure in another table. A cell
     * that, corrected by one amount, makes several failed relations hold, and that is in no relation that holds, is the
     * misprint: it is reported once, at its own place, instead of once per relation at each relation's result. Failures
     * no cell explains are reported as they are.
     */
    private List<Finding> locate(List<Check> checks) {
        List<Check> failed = new ArrayList<>();
        java.util.Set<Place> holding = new java.util.HashSet<>();
        for (Check check : checks) {
            boolean error = check.finding() != null && check.finding().severity() == Severity.ERROR;
            if (error) {
                failed.add(check);
            } else if (check.difference() != null && (check.finding() == null || check.finding().severity() == Severity.INFO)) {
                holding.add(Place.of(check.result()));
                check.given().forEach(term -> holding.add(Place.of(term.ref())));
            }
        }
        List<Finding> out = new ArrayList<>();
        while (true) {
            java.util.Map<Place, List<Check>> explained = new java.util.LinkedHashMap<>();
            java.util.Map<Place, BigDecimal> correction = new java.util.LinkedHashMap<>();
            java.util.Map<Place, Ref> refs = new java.util.LinkedHashMap<>();
            java.util.Set<Place> inconsistent = new java.util.HashSet<>();
            for (Check check : failed) {
                suggest(check, check.result(), check.difference().negate(), explained, correction, refs, inconsistent);
                for (Term term : check.given()) {
                    suggest(check, term.ref(), check.difference().multiply(BigDecimal.valueOf(term.sign())), explained, correction, refs,
                            inconsistent);
                }
            }
            Place best = null;
            for (java.util.Map.Entry<Place, List<Check>> entry : explained.entrySet()) {
                Place place = entry.getKey();
                if (entry.getValue().size() >= 2 && !inconsistent.contains(place) && !holding.contains(place)
                        && (best == null || entry.getValue().size() > explained.get(best).size())) {
                    best = place;
                }
            }
            if (best == null) {
                break;
            }
            List<Check> covered = explained.get(best);
            out.add(located(refs.get(best), correction.get(best), covered));
            failed.removeAll(covered);
        }
        for (Check check : failed) {
            out.add(check.finding());
        }
        for (Check check : checks) {
            if (check.finding() != null && check.finding().severity() != Severity.ERROR) {
                out.add(check.finding());
            }
        }
        return out;
    }

    private static void suggest(Check check, Ref ref, BigDecimal delta, java.util.Map<Place, List<Check>> explained,
            java.util.Map<Place, BigDecimal> correction, java.util.Map<Place, Ref> refs, java.util.Set<Place> inconsistent) {
        if (ref.figure() == null) {
            return;
        }
        Place place = Place.of(ref);
        BigDecimal previous = correction.putIfAbsent(place, delta);
        refs.putIfAbsent(place, ref);
        if (previous != null) {
            BigDecimal unit = Amounts.lastDigitYuan(ref.figure(), ref.table().unit());
            if (previous.subtract(delta).abs().compareTo(unit) > 0) {
                inconsistent.add(place);
            }
        }
        explained.computeIfAbsent(place, k -> new ArrayList<>()).add(check);
    }

    private Finding located(Ref ref, BigDecimal deltaYuan, List<Check> covered) {
        Figure printed = ref.figure();
        Unit unit = ref.table().unit();
        int scale = Math.max(printed.value().scale(), 0);
        BigDecimal expected = printed.value().add(deltaYuan.divide(unit.inYuan()));
        String expectedText = Amounts.format(expected, scale);
        List<String> rules = new ArrayList<>();
        for (Check check : covered) {
            if (!rules.contains(check.rule())) {
                rules.add(check.rule());
            }
        }
        String rule = String.join("；", rules);
        String message = ref.label() + " 印为 " + printed.printed() + "，应为 " + expectedText + "（相差 "
                + Amounts.format(deltaYuan.negate().divide(unit.inYuan()), scale) + "）：" + covered.size() + " 处勾稽关系（" + rule
                + "）都差这一个数，与它相关的其他数字彼此相符";
        return new Finding(covered.get(0).code(), Severity.ERROR, new Location(document, ref.table().name(), ref.label(), ref.where()),
                printed.printed(), expectedText, rule, message, quotation(ref));
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
