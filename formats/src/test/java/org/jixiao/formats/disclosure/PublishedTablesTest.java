package org.jixiao.formats.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.jixiao.core.disclosure.Statement;
import org.jixiao.core.disclosure.Unit;
import org.jixiao.core.review.Finding;
import org.jixiao.core.review.Severity;
import org.jixiao.formats.document.Documents;
import org.jixiao.formats.review.DocumentKind;
import org.jixiao.formats.review.DocumentReview;
import org.jixiao.formats.review.ReviewedDocument;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Published disclosures in the customary layouts, clean and with one injected error of each kind in their tables, read
 * from Word and from the PDF LibreOffice makes of it: a clean document gives no finding at all; an injected error is found
 * at its own cell (page, table, row, column), with the figure it should have, and nothing else is reported.
 */
class PublishedTablesTest {
    /** An injected error: where it is (table title, row, column) and the figure printed and expected. */
    record Expected(String table, String row, String column, String printed, String expected) {}

    record Case(String id, Published document, List<Expected> errors, DocumentKind kind) {}

    static final Layouts.Style NATIONAL = Layouts.Style.national();
    static final Layouts.Style NUMBERED_SPLIT_BLANK = new Layouts.Style(Layouts.Title.NUMBERED, true, true, false, false);
    static final Layouts.Style ANNEX = new Layouts.Style(Layouts.Title.ANNEX, false, false, false, true);
    static final Layouts.Style YEAR_SPLIT = new Layouts.Style(Layouts.Title.YEAR, true, false, true, false);
    static final Layouts.Style IN_TABLE = new Layouts.Style(Layouts.Title.IN_TABLE, false, true, true, false);

    static List<Case> cases() {
        List<Case> cases = new ArrayList<>();
        Layouts.Style[] styles = {NATIONAL, NUMBERED_SPLIT_BLANK, ANNEX, YEAR_SPLIT, IN_TABLE};
        for (int i = 0; i < styles.length; i++) {
            cases.add(new Case("clean-final-" + styles[i].title(), new Published(Sample.random(100 + i, Statement.FINAL_ACCOUNTS, Unit.WAN_YUAN),
                    styles[i]).all(), List.of(), DocumentKind.FINAL_ACCOUNTS));
            cases.add(new Case("clean-budget-" + styles[i].title(), new Published(Sample.random(200 + i, Statement.BUDGET, Unit.YUAN), styles[i]).all(),
                    List.of(), DocumentKind.BUDGET));
        }
        // a 单位决算 that publishes only 表1; a “三公” table alone
        cases.add(new Case("summary-only", new Published(Sample.random(301, Statement.FINAL_ACCOUNTS, Unit.WAN_YUAN), NATIONAL).with("summary"),
                List.of(), DocumentKind.FINAL_ACCOUNTS));
        cases.add(new Case("three-only", new Published(Sample.random(302, Statement.FINAL_ACCOUNTS, Unit.WAN_YUAN), ANNEX).with("three"),
                List.of(), DocumentKind.FINAL_ACCOUNTS));

        // 收入总计 ≠ 支出总计 (表1 alone)
        Published balance = new Published(Sample.random(311, Statement.FINAL_ACCOUNTS, Unit.WAN_YUAN), NATIONAL).with("summary");
        cases.add(new Case("error-balance", balance, List.of(inject(balance.table("summary"), "总计", "金额", true, "18.42", "收入支出决算总表")),
                DocumentKind.FINAL_ACCOUNTS));
        // 合计 ≠ Σ 类 (表3, 项目支出)
        Published total = new Published(Sample.random(312, Statement.FINAL_ACCOUNTS, Unit.WAN_YUAN), NUMBERED_SPLIT_BLANK).all();
        cases.add(new Case("error-total", total, List.of(inject(total.table("expenditure"), "合计", "项目支出", false, "3.00", "支出决算表")),
                DocumentKind.FINAL_ACCOUNTS));
        // a 款 ≠ Σ 项 (表2, 财政拨款收入 of the first 款)
        Published hierarchy = new Published(Sample.random(313, Statement.FINAL_ACCOUNTS, Unit.WAN_YUAN), NATIONAL).all();
        String section = firstCode(hierarchy.table("income"), 5);
        cases.add(new Case("error-hierarchy", hierarchy, List.of(inject(hierarchy.table("income"), section, "财政拨款收入", false, "5.00", "收入决算表")),
                DocumentKind.FINAL_ACCOUNTS));
        // a row's 合计 ≠ its parts (表3, the first 项)
        Published row = new Published(Sample.random(314, Statement.FINAL_ACCOUNTS, Unit.WAN_YUAN), ANNEX).all();
        String item = firstCode(row.table("expenditure"), 7);
        cases.add(new Case("error-row", row, List.of(inject(row.table("expenditure"), item, "本年支出合计", false, "2.00", "支出决算表")),
                DocumentKind.FINAL_ACCOUNTS));
        // 表5 基本支出 ≠ 表6 合计: the 基本支出明细表's 合计 misprinted
        Published cross = new Published(Sample.random(315, Statement.FINAL_ACCOUNTS, Unit.WAN_YUAN), YEAR_SPLIT).all();
        cases.add(new Case("error-cross", cross, List.of(inject(cross.table("basic"), "合计", "合计", false, "-4.00", "基本支出决算明细表")),
                DocumentKind.FINAL_ACCOUNTS));
        // “三公”经费 决算数 合计 ≠ its items
        Published three = new Published(Sample.random(316, Statement.FINAL_ACCOUNTS, Unit.WAN_YUAN), IN_TABLE).all();
        cases.add(new Case("error-three", three, List.of(inject(three.table("three"), "合计", "决算数", false, "1.10", "三公")),
                DocumentKind.FINAL_ACCOUNTS));
        // a budget's 增减额 ≠ 本年 − 上年 (一般公共预算支出表, 元)
        Published prior = new Published(Sample.random(317, Statement.BUDGET, Unit.YUAN), NATIONAL).all();
        String cls = firstCode(prior.table("general"), 3);
        cases.add(new Case("error-prior", prior, List.of(inject(prior.table("general"), cls, "增减额", false, "300.00", "一般公共预算支出表")),
                DocumentKind.BUDGET));
        return cases;
    }

    /** The label of the first row with a code of {@code digits} digits: the code, or the name when codes are split. */
    private static String firstCode(Grid grid, int digits) {
        boolean split = grid.rows.subList(0, grid.headerRows).stream().anyMatch(h -> java.util.Arrays.asList(h).contains("类"));
        for (int r = grid.headerRows; r < grid.rows.size(); r++) {
            String[] row = grid.rows.get(r);
            String code = split ? row[0] + row[1] + row[2] : row[0];
            if (code.matches("\\d{" + digits + "}")) {
                return split ? row[3] : row[0];
            }
        }
        throw new IllegalStateException("no code of " + digits + " digits");
    }

    /** Adds {@code delta} to the cell at the row labelled {@code row} and the column headed {@code column}. */
    private static Expected inject(Grid grid, String row, String column, boolean lastColumn, String delta, String table) {
        int r = row.equals("总计") ? lastRow(grid, row) : grid.row(row);
        int c = grid.column(column, lastColumn);
        String before = grid.get(r, c);
        String after = grid.add(r, c, delta);
        return new Expected(table, row, column, after, before);
    }

    private static int lastRow(Grid grid, String label) {
        for (int r = grid.rows.size() - 1; r >= grid.headerRows; r--) {
            for (String cell : grid.rows.get(r)) {
                if (cell.equals(label)) {
                    return r;
                }
            }
        }
        throw new IllegalStateException(label);
    }

    @TestFactory
    Stream<DynamicTest> wordDocuments() {
        return cases().stream().map(c -> DynamicTest.dynamicTest(c.id(), () -> check(c, c.id() + ".docx", c.document().docx())));
    }

    @TestFactory
    Stream<DynamicTest> pdfDocuments() throws Exception {
        Soffice.require();
        List<Case> cases = cases();
        Map<String, byte[]> docx = new LinkedHashMap<>();
        for (Case c : cases) {
            docx.put(c.id() + ".docx", c.document().docx());
        }
        Map<String, byte[]> pdfs = Soffice.pdfs(docx);
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.id(), () -> check(c, c.id() + ".pdf", pdfs.get(c.id() + ".docx"))));
    }

    static void check(Case c, String name, byte[] bytes) throws Exception {
        ReviewedDocument reviewed = DocumentReview.review(Documents.read(name, bytes));
        assertThat(reviewed.kind()).isEqualTo(c.kind());
        assertThat(reviewed.tables()).hasSize(c.document().tables.size());
        List<Finding> findings = reviewed.result().findings();
        assertThat(findings).as("only the injected errors, nothing else").allMatch(f -> f.severity() == Severity.ERROR);
        assertThat(findings).hasSameSizeAs(c.errors());
        for (Expected expected : c.errors()) {
            assertThat(findings).as("%s in %s", expected, findings).anySatisfy(f -> {
                assertThat(f.location().part()).contains(expected.table());
                assertThat(f.location().item()).contains(expected.row()).contains(expected.column());
                assertThat(f.printed()).isEqualTo(expected.printed());
                assertThat(f.expected()).isEqualTo(expected.expected());
                assertThat(f.location().where().table()).isPositive();
                assertThat(f.location().where().row()).isPositive();
                assertThat(f.location().where().column()).isPositive();
                if (name.endsWith(".pdf")) {
                    assertThat(f.location().where().page()).isPositive();
                }
            });
        }
        assertThat(reviewed.result().unread()).extracting(u -> u.reason())
                .noneMatch(reason -> reason.contains("未能识别") || reason.contains("未印金额单位") || reason.contains("不是可识别"));
    }
}
