package org.jixiao.core.finalaccounts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jixiao.core.finalaccounts.Facts.ProjectResult;
import org.jixiao.core.finalaccounts.Facts.ProjectSummary;
import org.jixiao.core.number.ChineseNumbers;
import org.jixiao.core.review.Finding;
import org.jixiao.core.review.Location;
import org.jixiao.core.review.Severity;

/**
 * Checks every identity of the nine tables (domain §8, the 久其-style 审核公式): balances, totals, hierarchy sums
 * (类 = Σ款, 款 = Σ项), row identities and the same figure across tables. A difference of at most 0.01 万元 is rounding
 * (amounts kept in 元 and rounded to 万元) and is reported as INFO; anything larger is an ERROR.
 */
public final class AccountsReview {
    /** The largest difference that counts as rounding: one unit of the last printed digit (0.01 万元). */
    static final BigDecimal ROUNDING = new BigDecimal("0.01");

    private final FinalAccounts accounts;
    private final List<Finding> findings = new ArrayList<>();

    private AccountsReview(FinalAccounts accounts) {
        this.accounts = accounts;
    }

    public static List<Finding> review(FinalAccounts accounts) {
        AccountsReview review = new AccountsReview(accounts);
        review.table1();
        review.table(accounts.income());
        review.table(accounts.expenditure());
        review.table4();
        review.table(accounts.general());
        review.table6();
        review.table(accounts.governmentFund());
        review.table(accounts.stateCapital());
        review.table9();
        review.facts();
        return List.copyOf(review.findings);
    }

    /** The severity a difference deserves: null when equal, INFO up to 0.01, ERROR beyond. */
    public static Severity severity(BigDecimal printed, BigDecimal expected) {
        BigDecimal difference = printed.subtract(expected).abs();
        if (difference.signum() == 0) {
            return null;
        }
        return difference.compareTo(ROUNDING) <= 0 ? Severity.INFO : Severity.ERROR;
    }

    private void compare(String code, String part, String item, BigDecimal printed, BigDecimal expected, String rule) {
        Severity severity = severity(printed, expected);
        if (severity == null) {
            return;
        }
        String difference = ChineseNumbers.plainAmount(printed.subtract(expected));
        String message = "填列 " + ChineseNumbers.plainAmount(printed) + "，按“" + rule + "”应为 "
                + ChineseNumbers.plainAmount(expected) + "（相差 " + difference + "）"
                + (severity == Severity.INFO ? "，属尾差（元转万元的四舍五入）" : "");
        findings.add(new Finding(code, severity, Location.of(part, item), ChineseNumbers.plainAmount(printed),
                ChineseNumbers.plainAmount(expected), rule, message));
    }

    private void compareIfStated(String code, String part, String item, BigDecimal printed, BigDecimal expected, String rule) {
        if (printed != null) {
            compare(code, part, item, printed, expected, rule);
        }
    }

    private void table1() {
        Summary s = accounts.summary();
        String part = "表1 收入支出决算总表";
        compareIfStated("T1_INCOME_TOTAL", part, "本年收入合计", s.incomeTotal(), s.incomeSum(), "本年收入合计 = 各项收入之和");
        compareIfStated("T1_INCOME_GRAND_TOTAL", part, "收入总计", s.incomeGrandTotal(), s.computedIncomeGrandTotal(),
                "收入总计 = 本年收入合计 + 使用非财政拨款结余 + 年初结转和结余");
        BigDecimal table3 = accounts.expenditure().total(Layouts.TOTAL);
        compareIfStated("T1_T3_EXPENDITURE", part, "本年支出合计", s.expenditureTotal(), table3, "表1 本年支出合计 = 表3 本年支出合计");
        compareIfStated("T1_EXPENDITURE_GRAND_TOTAL", part, "支出总计", s.expenditureGrandTotal(),
                s.computedExpenditureGrandTotal(s.effectiveExpenditureTotal(table3)),
                "支出总计 = 本年支出合计 + 结余分配 + 年末结转和结余");
        compare("T1_BALANCE", part, "收入总计与支出总计", s.effectiveIncomeGrandTotal(), s.effectiveExpenditureGrandTotal(table3),
                "收入总计 = 支出总计");
        FunctionTable t2 = accounts.income();
        String part2 = t2.id() + " " + t2.title();
        compare("T2_T1_INCOME", part2, "合计 · 本年收入合计", t2.total(Layouts.TOTAL), s.effectiveIncomeTotal(),
                "表2 本年收入合计 = 表1 本年收入合计");
        compare("T2_T1_INCOME", part2, "合计 · 财政拨款收入", t2.total("fiscal"), s.fiscalIncome(),
                "表2 财政拨款收入 = 表1 一般公共预算、政府性基金预算、国有资本经营预算财政拨款收入之和");
        for (Column source : Layouts.INCOME_ITEMS) {
            if (!source.key().equals("fiscal")) {
                compare("T2_T1_INCOME", part2, "合计 · " + source.label(), t2.total(source.key()), s.income(source.key()),
                        "表2 " + source.label() + " = 表1 " + source.label());
            }
        }
    }

    private void table4() {
        FiscalSummary f = accounts.fiscal();
        Summary s = accounts.summary();
        String part = "表4 财政拨款收入支出决算总表";
        for (Column kind : Layouts.FISCAL_KINDS) {
            compare("T4_T1_INCOME", part, "本年收入 · " + kind.label(), f.get(f.income(), kind.key()), s.income(kind.key()),
                    "表4 " + kind.label() + "收入 = 表1 " + kind.label() + "收入");
        }
        compareIfStated("T4_INCOME_GRAND_TOTAL", part, "收入总计", f.incomeGrandTotal(), f.incomeSum().add(f.openingSum()),
                "收入总计 = 本年收入 + 年初财政拨款结转和结余");
        compareIfStated("T4_EXPENDITURE_GRAND_TOTAL", part, "支出总计", f.expenditureGrandTotal(),
                f.expenditureSum().add(f.closingSum()), "支出总计 = 本年支出 + 年末财政拨款结转和结余");
        compare("T4_BALANCE", part, "收入总计与支出总计", f.effectiveIncomeGrandTotal(), f.effectiveExpenditureGrandTotal(),
                "收入总计 = 支出总计");
        for (Column kind : Layouts.FISCAL_KINDS) {
            BigDecimal balance = f.get(f.opening(), kind.key()).add(f.get(f.income(), kind.key()))
                    .subtract(f.get(f.expenditure(), kind.key()));
            compare("T4_KIND_BALANCE", part, "年末结转和结余 · " + kind.label(), f.get(f.closing(), kind.key()), balance,
                    "年末结转和结余 = 年初结转和结余 + 本年收入 − 本年支出");
        }
        compare("T4_T5", part, "本年支出 · 一般公共预算财政拨款", f.get(f.expenditure(), "general_public"),
                accounts.general().total(Layouts.TOTAL), "表4 一般公共预算财政拨款支出 = 表5 合计");
        FunctionTable fund = accounts.governmentFund();
        compare("T4_T7", part, "本年支出 · 政府性基金预算财政拨款", f.get(f.expenditure(), "government_fund"),
                fund.total("basic").add(fund.total("project")), "表4 政府性基金预算财政拨款支出 = 表7 本年支出");
        compare("T4_T7", part, "本年收入 · 政府性基金预算财政拨款", f.get(f.income(), "government_fund"), fund.total("income"),
                "表4 政府性基金预算财政拨款收入 = 表7 本年收入");
        compare("T4_T8", part, "本年支出 · 国有资本经营预算财政拨款", f.get(f.expenditure(), "state_capital"),
                accounts.stateCapital().total(Layouts.TOTAL), "表4 国有资本经营预算财政拨款支出 = 表8 合计");
    }

    private void table6() {
        BasicDetail d = accounts.basicDetail();
        String part = "表6 一般公共预算财政拨款基本支出决算明细表";
        compareIfStated("T6_TOTAL", part, "人员经费合计", d.personnelTotal(), d.personnelSum(), "人员经费 = 各经济分类科目之和");
        compareIfStated("T6_TOTAL", part, "公用经费合计", d.publicTotal(), d.publicSum(), "公用经费 = 各经济分类科目之和");
        compare("T5_T6", "表5 一般公共预算财政拨款支出决算表", "合计 · 基本支出", accounts.general().total("basic"),
                d.effectivePersonnel().add(d.effectivePublic()), "表5 基本支出 = 表6 人员经费 + 公用经费");
    }

    private void table9() {
        ThreePublic t = accounts.threePublic();
        String part = "表9 财政拨款“三公”经费支出决算表";
        compareIfStated("T9_TOTAL", part, "合计 · 预算数", t.budget().statedTotal(), t.budget().sum(),
                "合计 = 因公出国（境）费 + 公务用车购置及运行维护费 + 公务接待费");
        compareIfStated("T9_TOTAL", part, "合计 · 决算数", t.actual().statedTotal(), t.actual().sum(),
                "合计 = 因公出国（境）费 + 公务用车购置及运行维护费 + 公务接待费");
    }

    private void facts() {
        Facts.Procurement p = accounts.procurement();
        if (p != null) {
            String part = "政府采购";
            exceeds("PROCUREMENT_SME", part, "货物 · 授予中小企业", p.smeGoods(), p.goods());
            exceeds("PROCUREMENT_SME", part, "工程 · 授予中小企业", p.smeWorks(), p.works());
            exceeds("PROCUREMENT_SME", part, "服务 · 授予中小企业", p.smeServices(), p.services());
            exceeds("PROCUREMENT_SME", part, "授予小微企业", p.smallMicro(), p.sme());
        }
        Facts.Performance perf = accounts.performance();
        if (perf != null) {
            for (ProjectSummary summary : perf.summaries()) {
                for (ProjectResult result : perf.results()) {
                    if (result.name().equals(summary.name())) {
                        compare("PERFORMANCE_SCORE", "预算绩效 自评汇总表", summary.name() + " · 自评得分", result.score(), summary.score(),
                                "汇总表得分 = 自评表（综述）得分");
                    }
                }
            }
        }
    }

    private void exceeds(String code, String part, String item, BigDecimal part1, BigDecimal whole) {
        if (part1.compareTo(whole) > 0) {
            findings.add(new Finding(code, Severity.ERROR, Location.of(part, item), ChineseNumbers.plainAmount(part1),
                    "≤ " + ChineseNumbers.plainAmount(whole), "部分不能大于整体",
                    ChineseNumbers.plainAmount(part1) + " 万元大于其所属总额 "
                            + ChineseNumbers.plainAmount(whole) + " 万元"));
        }
    }

    /** The checks every table by 功能分类 gets: row identity, 类 = Σ款, 款 = Σ项, 合计 = Σ类. */
    private void table(FunctionTable t) {
        String part = t.id() + " " + t.title();
        SubjectCatalogue subjects = accounts.subjects();
        RowIdentity identity = t.identity();
        for (TableRow row : t.statedRows()) {
            String name = subjects.label(row.code());
            if (identity != null && row.has(identity.result()) && identity.plus().stream().anyMatch(row::has)) {
                compare("TABLE_ROW", part, name + " · " + t.columnLabel(identity.result()), row.get(identity.result()),
                        identity.compute(k -> t.value(row.code(), k)), rowRule(t));
            }
            if (Subject.level(row.code()) != Subject.Level.ITEM && !t.children(row.code()).isEmpty()) {
                Subject.Level level = Subject.level(row.code());
                for (Map.Entry<String, BigDecimal> cell : row.values().entrySet()) {
                    String rule = level == Subject.Level.CLASS ? "类 = 所属各款之和" : "款 = 所属各项之和";
                    compare("TABLE_HIERARCHY", part, name + " · " + t.columnLabel(cell.getKey()), cell.getValue(),
                            t.childSum(row.code(), cell.getKey()), rule);
                }
            }
        }
        Map<String, BigDecimal> total = t.statedTotal();
        for (Map.Entry<String, BigDecimal> cell : total.entrySet()) {
            if (!t.codesAt(Subject.Level.CLASS).isEmpty()) {
                compare("TABLE_TOTAL", part, "合计 · " + t.columnLabel(cell.getKey()), cell.getValue(),
                        t.classSum(cell.getKey()), "合计 = 各类之和");
            }
        }
        if (identity != null && total.containsKey(identity.result()) && identity.plus().stream().anyMatch(total::containsKey)) {
            compare("TABLE_ROW", part, "合计 · " + t.columnLabel(identity.result()), total.get(identity.result()),
                    identity.compute(t::total), rowRule(t));
        }
    }

    private static String rowRule(FunctionTable t) {
        RowIdentity identity = t.identity();
        StringBuilder rule = new StringBuilder(t.columnLabel(identity.result())).append(" = ");
        for (int i = 0; i < identity.plus().size(); i++) {
            rule.append(i == 0 ? "" : " + ").append(t.columnLabel(identity.plus().get(i)));
        }
        for (String minus : identity.minus()) {
            rule.append(" − ").append(t.columnLabel(minus));
        }
        return rule.toString();
    }
}
