package org.jixiao.app.server.accounts;

import org.jixiao.app.server.organisation.OrganisationRef;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jixiao.app.server.audit.AuditEntry;
import org.jixiao.core.finalaccounts.AccountsTables;
import org.jixiao.core.finalaccounts.AccountsText;
import org.jixiao.core.finalaccounts.Disclosure;
import org.jixiao.core.finalaccounts.FinalAccounts;
import org.jixiao.core.finalaccounts.Layouts;
import org.jixiao.core.number.ChineseNumbers;
import org.jixiao.core.review.Finding;
import org.jixiao.core.review.Severity;

/**
 * What the final-accounts API returns, mapped from the core model: every figure is computed from the stored dataset on
 * read and sent formatted the way the published documents print it (tables with two decimals and thousands separators,
 * running text without trailing zeros), so that the browser shows it as it is and never computes.
 */
public final class AccountsViews {
    private AccountsViews() {}


    public record Counts(long errors, long warnings, long infos) {
        static Counts of(List<Finding> findings) {
            return new Counts(count(findings, Severity.ERROR), count(findings, Severity.WARNING), count(findings, Severity.INFO));
        }

        private static long count(List<Finding> findings, Severity severity) {
            return findings.stream().filter(f -> f.severity() == severity).count();
        }
    }

    /** One row of the list. {@code grandTotal}: 收、支总计 in 万元 as the text prints it. */
    public record Summary(long id, String title, int year, OrganisationRef department, String grandTotal, Counts review, long version,
            String sourceName, String updatedBy, Instant updatedAt) {}

    /** A key figure of the disclosure: {@code 收、支总计 6,096.59 万元}, with the change on last year where the text gives one. */
    public record Fact(String key, String label, String value, String unit, String note) {}

    public record TableRowView(String code, String name, int level, String kind, List<String> values) {}

    public record TableView(int number, String title, String heading, List<String> columns, List<TableRowView> rows, boolean empty) {
        static TableView of(AccountsTables.Table table) {
            List<TableRowView> rows = new ArrayList<>();
            for (AccountsTables.Row row : table.rows()) {
                rows.add(new TableRowView(row.code(), row.name(), row.level(), row.kind().name().toLowerCase(java.util.Locale.ROOT),
                        row.values().stream().map(v -> v == null ? "" : ChineseNumbers.amount(v)).toList()));
            }
            return new TableView(table.number(), table.title(), table.heading(), table.columns(), rows, table.empty());
        }
    }

    /** A chart of the 情况说明 (sections 1–5): the values for drawing and the same values as printed, for labels. */
    public record ChartView(String id, String caption, String kind, List<String> categories, List<SeriesView> series) {
        static ChartView of(Disclosure.Chart chart) {
            return new ChartView(chart.id(), chart.caption(), chart.kind().name().toLowerCase(java.util.Locale.ROOT), chart.categories(),
                    chart.series().stream().map(s -> new SeriesView(s.name(), s.values(),
                            s.values().stream().map(AccountsText::money).toList())).toList());
        }
    }

    public record SeriesView(String name, List<BigDecimal> values, List<String> labels) {}

    public record Detail(long id, String title, int year, OrganisationRef department, String departmentShort, long version,
            String sourceName, String createdBy, Instant createdAt, String updatedBy, Instant updatedAt, boolean canReplace,
            List<Fact> facts, Counts review, List<TableView> tables, List<ChartView> charts) {}

    /**
     * A review finding: rule code, severity (ERROR/WARNING/INFO, as for evaluations) and its label (错误/警告/提示), where (table/section, row/item, line), the printed and the recomputed figure,
     * the rule in words, the message; {@code quote} is the supplied text's paragraph for a finding in a 情况说明.
     */
    public record FindingView(String code, String severity, String severityLabel, String location, String part, String item, int line,
            String printed, String expected, String rule, String message, String quote) {
        static FindingView of(Finding f, Map<Integer, String> quotes) {
            return new FindingView(f.code(), f.severity().name(), f.severity().label(), f.location().describe(), f.location().part(),
                    f.location().item(), f.location().line(), f.printed(), f.expected(), f.rule(), f.message(),
                    quotes == null ? null : quotes.get(f.location().line()));
        }
    }

    public record Review(long id, long version, Counts counts, List<FindingView> findings) {}

    /** The review of a supplied 情况说明: how many paragraphs with figures were read, and the findings with their quotes. */
    public record TextReviewView(String document, int paragraphs, int paragraphsWithFigures, Counts counts, List<FindingView> findings) {}

    public record BlockView(String type, String text, String chartId) {}

    public record SectionView(int number, String heading, List<BlockView> blocks) {}

    /** The generated 情况说明; {@code tableErrors} &gt; 0 means the tables do not pass the review (the text is not fit to publish). */
    public record Explanation(long id, long version, String title, long tableErrors, List<SectionView> sections) {
        static Explanation of(long id, long version, Disclosure disclosure, long tableErrors) {
            List<SectionView> sections = new ArrayList<>();
            for (Disclosure.Section section : disclosure.sections()) {
                List<BlockView> blocks = new ArrayList<>();
                for (Disclosure.Block block : section.blocks()) {
                    if (block instanceof Disclosure.Heading h) {
                        blocks.add(new BlockView("heading", h.text(), null));
                    } else if (block instanceof Disclosure.Paragraph p) {
                        blocks.add(new BlockView("paragraph", p.text(), null));
                    } else if (block instanceof Disclosure.Chart c) {
                        blocks.add(new BlockView("chart", c.caption(), c.id()));
                    }
                }
                sections.add(new SectionView(section.number(), section.heading(), blocks));
            }
            return new Explanation(id, version, disclosure.title(), tableErrors, sections);
        }
    }

    public record HistoryEntry(long id, Instant at, String username, String action, String actionLabel, String oldValue, String newValue,
            String reason) {
        static HistoryEntry of(AuditEntry e) {
            return new HistoryEntry(e.id(), e.at(), e.username(), e.action().name(), e.action().label(), e.oldValue(), e.newValue(),
                    e.reason());
        }
    }

    /** The key figures shown above the tables, each as the 情况说明 prints it. */
    static List<Fact> facts(FinalAccounts a) {
        List<Fact> facts = new ArrayList<>();
        var s = a.summary();
        BigDecimal table3 = a.expenditure().total(Layouts.TOTAL);
        BigDecimal grand = s.effectiveIncomeGrandTotal();
        facts.add(new Fact("grandTotal", "收、支总计", AccountsText.money(grand), "万元",
                "与" + a.meta().priorYear() + "年相比" + AccountsText.change(a.prior().grandTotal(), grand)));
        facts.add(new Fact("incomeTotal", "本年收入合计", AccountsText.money(s.effectiveIncomeTotal()), "万元",
                "其中财政拨款收入" + AccountsText.money(s.fiscalIncome()) + "万元"));
        BigDecimal expenditure = s.effectiveExpenditureTotal(table3);
        facts.add(new Fact("expenditureTotal", "本年支出合计", AccountsText.money(expenditure), "万元",
                "基本支出" + AccountsText.money(a.expenditure().total("basic")) + "万元，项目支出"
                        + AccountsText.money(a.expenditure().total("project")) + "万元"));
        BigDecimal general = a.general().total(Layouts.TOTAL);
        BigDecimal initial = a.initialBudgets().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        facts.add(new Fact("generalPublic", "一般公共预算财政拨款支出", AccountsText.money(general), "万元",
                initial.signum() == 0 ? "年初无预算"
                        : "年初预算数" + AccountsText.money(initial) + "万元，完成年初预算数的" + AccountsText.percent(general, initial)));
        if (a.threePublic() != null) {
            BigDecimal actual = a.threePublic().actual().total();
            BigDecimal budget = a.threePublic().budget().total();
            facts.add(new Fact("threePublic", "“三公”经费支出", AccountsText.money(actual), "万元",
                    "预算数" + AccountsText.money(budget) + "万元" + (budget.signum() == 0 ? ""
                            : "，完成预算的" + AccountsText.percent(actual, budget))));
        }
        return facts;
    }
}
