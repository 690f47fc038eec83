package org.jixiao.core.finalaccounts;

import static org.jixiao.core.finalaccounts.AccountsText.change;
import static org.jixiao.core.finalaccounts.AccountsText.compareWord;
import static org.jixiao.core.finalaccounts.AccountsText.money;
import static org.jixiao.core.finalaccounts.AccountsText.percent;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jixiao.core.finalaccounts.Disclosure.Block;
import org.jixiao.core.finalaccounts.Disclosure.Chart;
import org.jixiao.core.finalaccounts.Disclosure.ChartKind;
import org.jixiao.core.finalaccounts.Disclosure.Heading;
import org.jixiao.core.finalaccounts.Disclosure.Paragraph;
import org.jixiao.core.finalaccounts.Disclosure.Section;
import org.jixiao.core.finalaccounts.Disclosure.Series;
import org.jixiao.core.finalaccounts.FinalAccounts.ReasonKey;
import org.jixiao.core.number.ChineseNumbers;

/**
 * Writes the thirteen sections of the 情况说明 from the tables, in the formulaic wording of the published texts. Every
 * number and every comparison word (增加/减少, 增长/下降, 大于/小于/等于, 年初无预算) is computed; the unit's reasons are
 * inserted where they belong, and a visible placeholder stands where one is needed but missing.
 */
public final class ExplanationWriter {
    private final FinalAccounts a;
    private final int year;
    private final int prior;

    private ExplanationWriter(FinalAccounts accounts) {
        this.a = accounts;
        this.year = accounts.meta().year();
        this.prior = accounts.meta().priorYear();
    }

    public static Disclosure write(FinalAccounts accounts) {
        ExplanationWriter w = new ExplanationWriter(accounts);
        List<Section> sections = List.of(w.section1(), w.section2(), w.section3(), w.section4(), w.section5(), w.section6(),
                w.section7(), w.section8(), w.section9(), w.section10(), w.section11(), w.section12(), w.section13());
        return new Disclosure(accounts.meta().year() + "年度部门决算情况说明", sections);
    }

    static String chineseNumeral(int n) {
        String[] digits = {"", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
        if (n < 10) {
            return digits[n];
        }
        return (n / 10 == 1 ? "" : digits[n / 10]) + "十" + digits[n % 10];
    }

    /** "主要是…。" with the unit's reason, or the placeholder when the reason is needed but missing. */
    private String reason(ReasonKey key, String lead) {
        String text = a.reasons().get(key);
        return lead + (text == null || text.isBlank() ? AccountsText.placeholder(key.description()) : strip(text)) + "。";
    }

    private static String strip(String reason) {
        String r = reason.strip();
        while (r.endsWith("。")) {
            r = r.substring(0, r.length() - 1);
        }
        return r;
    }

    private Chart yearBars(String id, String caption, String series, BigDecimal before, BigDecimal now) {
        return new Chart(id, caption, ChartKind.BAR, List.of(prior + "年", year + "年"), List.of(new Series(series, List.of(before, now))));
    }

    private static Chart pie(String id, String caption, Map<String, BigDecimal> parts) {
        return new Chart(id, caption, ChartKind.PIE, List.copyOf(parts.keySet()),
                List.of(new Series("金额（万元）", List.copyOf(parts.values()))));
    }

    /** "a万元，占x%；b万元，占y%" for the non-zero parts, shares computed with the remainder rule. */
    private static String shareList(Map<String, BigDecimal> parts, BigDecimal whole, String suffix) {
        List<BigDecimal> shares = AccountsText.shares(List.copyOf(parts.values()), whole);
        List<String> pieces = new ArrayList<>();
        int i = 0;
        for (Map.Entry<String, BigDecimal> part : parts.entrySet()) {
            pieces.add(part.getKey() + suffix + money(part.getValue()) + "万元，占" + ChineseNumbers.plainPercent(shares.get(i++)));
        }
        return String.join("；", pieces);
    }

    private static Map<String, BigDecimal> nonZero(Map<String, BigDecimal> parts) {
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        parts.forEach((k, v) -> {
            if (v.signum() != 0) {
                out.put(k, v);
            }
        });
        return out;
    }

    private BigDecimal table3Total() {
        return a.expenditure().total(Layouts.TOTAL);
    }

    private BigDecimal grandTotal() {
        return a.summary().effectiveIncomeGrandTotal();
    }

    private Section section1() {
        BigDecimal income = grandTotal();
        BigDecimal expenditure = a.summary().effectiveExpenditureGrandTotal(table3Total());
        List<Block> blocks = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        if (income.compareTo(expenditure) == 0) {
            text.append(year).append("年度收、支总计均为").append(money(income)).append("万元。与").append(prior)
                    .append("年相比，收、支总计各").append(change(a.prior().grandTotal(), income)).append("。");
        } else {
            text.append(year).append("年度收入总计").append(money(income)).append("万元，支出总计").append(money(expenditure))
                    .append("万元。与").append(prior).append("年相比，收入总计").append(change(a.prior().grandTotal(), income)).append("。");
        }
        if (income.compareTo(a.prior().grandTotal()) != 0) {
            text.append(reason(ReasonKey.GRAND_TOTAL, "主要是"));
        }
        blocks.add(new Paragraph(text.toString()));
        blocks.add(yearBars("chart1", "图1：收、支决算总计变动情况图（单位：万元）", "收、支总计", a.prior().grandTotal(), income));
        return new Section(1, "收入支出决算总体情况说明", blocks);
    }

    private Section section2() {
        Summary s = a.summary();
        Map<String, BigDecimal> items = new LinkedHashMap<>();
        for (Column item : Layouts.INCOME_ITEMS) {
            items.put(item.label(), item.key().equals("fiscal") ? s.fiscalIncome() : s.income(item.key()));
        }
        BigDecimal total = s.effectiveIncomeTotal();
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Heading("（一）收入决算结构情况"));
        Map<String, BigDecimal> parts = nonZero(items);
        blocks.add(new Paragraph(year + "年度收入合计" + money(total) + "万元"
                + (parts.isEmpty() ? "。" : "，其中：" + shareList(parts, total, "") + "。")));
        blocks.add(pie("chart2", "图2：收入决算结构图（单位：万元）", parts));
        blocks.add(new Heading("（二）收入决算具体情况"));
        int n = 1;
        for (Column item : Layouts.INCOME_ITEMS) {
            BigDecimal now = items.get(item.label());
            BigDecimal before = a.prior().income(item.key());
            String text = n++ + "、" + item.label() + money(now) + "万元。与" + prior + "年度相比，" + change(before, now) + "。";
            if (item.key().equals("fiscal") && now.compareTo(before) != 0) {
                text += reason(ReasonKey.FISCAL_INCOME, "主要是");
            }
            blocks.add(new Paragraph(text));
        }
        return new Section(2, "收入决算情况说明", blocks);
    }

    private Section section3() {
        FunctionTable t = a.expenditure();
        BigDecimal total = a.summary().effectiveExpenditureTotal(table3Total());
        Map<String, BigDecimal> items = new LinkedHashMap<>();
        for (Column column : t.columns()) {
            if (!column.key().equals(Layouts.TOTAL)) {
                items.put(column.label(), t.total(column.key()));
            }
        }
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Heading("（一）支出决算结构情况"));
        Map<String, BigDecimal> parts = nonZero(items);
        blocks.add(new Paragraph(year + "年度支出合计" + money(total) + "万元"
                + (parts.isEmpty() ? "。" : "，其中：" + shareList(parts, total, "") + "。")));
        blocks.add(pie("chart3", "图3：支出决算结构图（单位：万元）", parts));
        blocks.add(new Heading("（二）支出决算具体情况"));
        int n = 1;
        for (Column column : t.columns()) {
            if (column.key().equals(Layouts.TOTAL)) {
                continue;
            }
            BigDecimal now = t.total(column.key());
            blocks.add(new Paragraph(n++ + "、" + column.label() + money(now) + "万元。与" + prior + "年度相比，"
                    + change(a.prior().expenditure(column.key()), now) + "。"));
        }
        return new Section(3, "支出决算情况说明", blocks);
    }

    private Section section4() {
        BigDecimal total = a.fiscal().effectiveIncomeGrandTotal();
        BigDecimal before = a.prior().fiscalGrandTotal();
        String text = year + "年度财政拨款收、支总计均为" + money(total) + "万元。与" + prior + "年相比，财政拨款收、支总计各"
                + change(before, total) + "。" + (total.compareTo(before) != 0 ? reason(ReasonKey.FISCAL_GRAND_TOTAL, "主要是") : "");
        return new Section(4, "财政拨款收入支出决算总体情况说明", List.of(new Paragraph(text),
                yearBars("chart4", "图4：财政拨款收、支决算总计变动情况图（单位：万元）", "财政拨款收、支总计", before, total)));
    }

    private Section section5() {
        FunctionTable t = a.general();
        BigDecimal total = t.total(Layouts.TOTAL);
        BigDecimal before = a.prior().generalPublicExpenditure();
        BigDecimal expenditureTotal = a.summary().effectiveExpenditureTotal(table3Total());
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Heading("（一）一般公共预算财政拨款支出决算总体情况"));
        blocks.add(new Paragraph(year + "年度一般公共预算财政拨款支出" + money(total) + "万元，占本年支出合计的"
                + (expenditureTotal.signum() == 0 ? "0%" : percent(total, expenditureTotal)) + "。与" + prior
                + "年度相比，一般公共预算财政拨款支出" + change(before, total) + "。"
                + (total.compareTo(before) != 0 ? reason(ReasonKey.GENERAL_PUBLIC, "主要是") : "")));
        blocks.add(yearBars("chart5-1", "图5-1：一般公共预算财政拨款支出决算总计变动情况图（单位：万元）", "一般公共预算财政拨款支出", before, total));

        blocks.add(new Heading("（二）一般公共预算财政拨款支出决算结构情况"));
        Map<String, BigDecimal> classes = new LinkedHashMap<>();
        for (String code : t.codesAt(Subject.Level.CLASS)) {
            classes.put(a.subjects().name(code), t.value(code, Layouts.TOTAL));
        }
        Map<String, BigDecimal> parts = nonZero(classes);
        blocks.add(new Paragraph(year + "年度一般公共预算财政拨款支出" + money(total) + "万元"
                + (parts.isEmpty() ? "。" : "，主要用于以下方面：" + shareList(parts, total, "（类）支出") + "。")));
        blocks.add(pie("chart5-2", "图5-2：一般公共预算财政拨款支出决算类级科目结构图（单位：万元）", parts));

        blocks.add(new Heading("（三）一般公共预算财政拨款支出决算具体情况"));
        List<String> items = t.codesAt(Subject.Level.ITEM);
        BigDecimal initial = BigDecimal.ZERO;
        for (String code : items) {
            initial = initial.add(a.initialBudgets().getOrDefault(code, BigDecimal.ZERO));
        }
        blocks.add(new Paragraph(year + "年度一般公共预算财政拨款支出年初预算数为" + money(initial) + "万元，支出决算数为" + money(total)
                + "万元，" + completion(initial, total, "完成年初预算数的")
                + vsInitial(initial, total, a.reasons().get(ReasonKey.GENERAL_PUBLIC_VS_INITIAL), ReasonKey.GENERAL_PUBLIC_VS_INITIAL.description())
                + (items.isEmpty() ? "" : "其中：")));
        int n = 1;
        for (String code : items) {
            BigDecimal budget = a.initialBudgets().getOrDefault(code, BigDecimal.ZERO);
            BigDecimal actual = t.value(code, Layouts.TOTAL);
            if (budget.signum() == 0 && actual.signum() == 0) {
                continue;
            }
            String name = a.subjects().fullName(code);
            blocks.add(new Paragraph(n++ + "、" + name + "。年初预算数为" + money(budget) + "万元，支出决算数为" + money(actual) + "万元，"
                    + completion(budget, actual, "完成年初预算的")
                    + vsInitial(budget, actual, a.itemReasons().get(code), name + "决算数与年初预算数差异原因")));
        }
        return new Section(5, "一般公共预算财政拨款支出决算情况说明", blocks);
    }

    private static String completion(BigDecimal initial, BigDecimal actual, String lead) {
        return initial.signum() == 0 ? "年初无预算。" : lead + percent(actual, initial) + "。";
    }

    private static String vsInitial(BigDecimal initial, BigDecimal actual, String reason, String what) {
        String word = compareWord(actual, initial);
        if (word.equals("等于")) {
            return "决算数等于年初预算数。";
        }
        return "决算数" + word + "年初预算数，主要原因是"
                + (reason == null || reason.isBlank() ? AccountsText.placeholder(what) : strip(reason)) + "。";
    }

    private Section section6() {
        BasicDetail d = a.basicDetail();
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Paragraph(year + "年度一般公共预算财政拨款基本支出决算" + money(a.general().total("basic"))
                + "万元，包括人员经费和公用经费，支出具体情况如下："));
        blocks.add(new Paragraph(economic("人员经费", d.effectivePersonnel(), d.personnelRows())));
        blocks.add(new Paragraph(economic("公用经费", d.effectivePublic(), d.publicRows())));
        return new Section(6, "一般公共预算财政拨款基本支出决算情况说明", blocks);
    }

    private static String economic(String label, BigDecimal amount, List<EconomicRow> rows) {
        List<String> names = rows.stream().filter(r -> r.amount().signum() != 0).map(EconomicRow::name).toList();
        return label + money(amount) + "万元" + (names.isEmpty() ? "。" : "，主要包括：" + String.join("、", names) + "等。");
    }

    private Section section7() {
        FunctionTable t = a.governmentFund();
        if (t.isEmpty()) {
            return new Section(7, "政府性基金预算财政拨款收入支出决算情况说明", List.of(new Paragraph("本部门没有政府性基金财政拨款收支。")));
        }
        BigDecimal spent = t.total("basic").add(t.total("project"));
        String text = year + "年度政府性基金预算财政拨款年初结转和结余" + money(t.total("opening")) + "万元，本年收入"
                + money(t.total("income")) + "万元，本年支出" + money(spent) + "万元（其中：基本支出" + money(t.total("basic"))
                + "万元，项目支出" + money(t.total("project")) + "万元），年末结转和结余" + money(t.total("closing")) + "万元。"
                + itemList(t, "主要用于：", k -> t.value(k, "basic").add(t.value(k, "project")));
        return new Section(7, "政府性基金预算财政拨款收入支出决算情况说明", List.of(new Paragraph(text)));
    }

    private Section section8() {
        FunctionTable t = a.stateCapital();
        if (t.isEmpty()) {
            return new Section(8, "国有资本经营预算财政拨款支出决算情况说明", List.of(new Paragraph("本部门没有国有资本经营预算财政拨款支出。")));
        }
        String text = year + "年度国有资本经营预算财政拨款支出" + money(t.total(Layouts.TOTAL)) + "万元（其中：基本支出"
                + money(t.total("basic")) + "万元，项目支出" + money(t.total("project")) + "万元）。"
                + itemList(t, "主要用于：", k -> t.value(k, Layouts.TOTAL));
        return new Section(8, "国有资本经营预算财政拨款支出决算情况说明", List.of(new Paragraph(text)));
    }

    private String itemList(FunctionTable t, String lead, java.util.function.Function<String, BigDecimal> amount) {
        List<String> pieces = new ArrayList<>();
        for (String code : t.codesAt(Subject.Level.ITEM)) {
            BigDecimal value = amount.apply(code);
            if (value.signum() != 0) {
                pieces.add(a.subjects().fullName(code) + money(value) + "万元");
            }
        }
        return pieces.isEmpty() ? "" : lead + String.join("；", pieces) + "。";
    }

    private Section section9() {
        ThreePublic t = a.threePublic();
        ThreePublic.Counts c = t.counts();
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Heading("（一）“三公”经费支出决算总体情况说明"));
        BigDecimal budget = t.budget().total();
        BigDecimal actual = t.actual().total();
        if (budget.signum() == 0 && actual.signum() == 0) {
            blocks.add(new Paragraph("本部门无财政拨款安排的“三公”经费支出。"));
        } else {
            blocks.add(new Paragraph(year + "年度“三公”经费财政拨款支出预算数为" + money(budget) + "万元，决算数为" + money(actual) + "万元，"
                    + completion(budget, actual, "完成预算的")
                    + (compareWord(actual, budget).equals("等于") ? "决算数等于预算数。"
                            : "决算数" + compareWord(actual, budget) + "预算数，" + reason(ReasonKey.THREE_PUBLIC, "主要原因是"))));
        }
        blocks.add(new Heading("（二）“三公”经费支出决算具体情况"));
        ThreePublic.Amounts x = t.actual();
        blocks.add(new Paragraph("1、因公出国（境）费决算数为" + money(x.overseas()) + "万元，因公出国（境）团组" + c.overseasGroups()
                + "个，累计" + c.overseasPersons() + "人次。"));
        blocks.add(new Paragraph("2、公务用车购置及运行维护费决算数为" + money(x.vehicles()) + "万元，其中：公务用车购置费支出"
                + money(x.vehiclePurchase()) + "万元，" + year + "年使用财政拨款购置公务用车" + c.vehiclesPurchased() + "辆；公务用车运行维护费"
                + money(x.vehicleOperation()) + "万元，" + year + "年财政拨款开支运行维护费的公务用车保有量为" + c.vehiclesHeld() + "辆。"));
        blocks.add(new Paragraph("3、公务接待费决算数为" + money(x.reception()) + "万元。其中：国内接待费" + money(x.receptionDomestic())
                + "万元，共计接待" + c.domesticBatches() + "批次、" + c.domesticPersons() + "人次（含外事接待" + c.foreignAffairsBatches()
                + "批次、" + c.foreignAffairsPersons() + "人次）；国（境）外接待费" + money(x.receptionForeign()) + "万元，共计接待"
                + c.foreignBatches() + "批次、" + c.foreignPersons() + "人次。"));
        return new Section(9, "财政拨款“三公”经费支出决算情况说明", blocks);
    }

    private Section section10() {
        Facts.OfficeRunning o = a.officeRunning();
        String text;
        if (o.budget().signum() == 0) {
            text = year + "年度机关运行经费支出" + money(o.actual()) + "万元，年初无预算。";
        } else if (o.actual().compareTo(o.budget()) == 0) {
            text = year + "年度机关运行经费支出" + money(o.actual()) + "万元，与年初预算数持平。";
        } else {
            text = year + "年度机关运行经费支出" + money(o.actual()) + "万元，比年初预算数" + change(o.budget(), o.actual()) + "，"
                    + reason(ReasonKey.OFFICE_RUNNING, "主要原因是");
        }
        return new Section(10, "机关运行经费支出说明", List.of(new Paragraph(text)));
    }

    private Section section11() {
        Facts.Procurement p = a.procurement();
        BigDecimal total = p.total();
        if (total.signum() == 0) {
            return new Section(11, "政府采购支出说明", List.of(new Paragraph(year + "年度本部门无政府采购支出。")));
        }
        StringBuilder text = new StringBuilder(year + "年度政府采购支出总额" + money(total) + "万元，其中：政府采购货物支出" + money(p.goods())
                + "万元、政府采购工程支出" + money(p.works()) + "万元、政府采购服务支出" + money(p.services()) + "万元。授予中小企业合同金额"
                + money(p.sme()) + "万元，占政府采购支出总额的" + percent(p.sme(), total) + "，其中：授予小微企业合同金额" + money(p.smallMicro())
                + "万元，占政府采购支出总额的" + percent(p.smallMicro(), total) + "。");
        List<String> byKind = new ArrayList<>();
        if (p.goods().signum() != 0) {
            byKind.add("货物采购授予中小企业合同金额占货物支出金额的" + percent(p.smeGoods(), p.goods()));
        }
        if (p.works().signum() != 0) {
            byKind.add("工程采购授予中小企业合同金额占工程支出金额的" + percent(p.smeWorks(), p.works()));
        }
        if (p.services().signum() != 0) {
            byKind.add("服务采购授予中小企业合同金额占服务支出金额的" + percent(p.smeServices(), p.services()));
        }
        text.append(String.join("，", byKind)).append("。");
        return new Section(11, "政府采购支出说明", List.of(new Paragraph(text.toString())));
    }

    private Section section12() {
        Facts.Assets assets = a.assets();
        List<String> kinds = new ArrayList<>();
        assets.vehicles().forEach((kind, count) -> kinds.add(kind + count + "辆"));
        String text = "截至" + year + "年12月31日，本部门共有车辆" + assets.vehicleTotal() + "辆"
                + (kinds.isEmpty() ? "" : "，其中，" + String.join("、", kinds)) + "，单价100万元（含）以上设备（不含车辆）"
                + assets.largeEquipment() + "台（套）。";
        return new Section(12, "国有资产占用情况说明", List.of(new Paragraph(text)));
    }

    private Section section13() {
        Facts.Performance p = a.performance();
        String unit = a.meta().departmentShort();
        String level = p.level();
        List<Block> blocks = new ArrayList<>();
        int count = p.results().size();
        StringBuilder first = new StringBuilder("（一）预算绩效管理工作开展情况。根据预算绩效管理要求，" + unit + "组织对" + year + "年度" + level
                + "预算项目全面开展绩效自评，其中" + level + "预算项目" + count + "个，涉及预算资金" + money(p.selfEvaluatedAmount())
                + "万元，占部门" + level + "预算项目支出总额的" + (p.projectBudgetTotal().signum() == 0 ? "0%"
                        : percent(p.selfEvaluatedAmount(), p.projectBudgetTotal())) + "。");
        for (Facts.DepartmentEvaluation e : p.departmentEvaluations()) {
            first.append("组织对“").append(e.project()).append("”开展了部门评价，涉及预算资金").append(money(e.amount())).append("万元。");
        }
        blocks.add(new Paragraph(first.toString()));

        Map<String, Integer> grades = new LinkedHashMap<>();
        p.results().forEach(r -> grades.merge(r.grade(), 1, Integer::sum));
        List<String> gradeText = new ArrayList<>();
        grades.forEach((grade, n) -> gradeText.add(n + "个项目自评等级为“" + grade + "”"));
        blocks.add(new Paragraph("（二）" + level + "预算项目绩效自评结果。" + unit + year + "年度" + level + "预算项目绩效自评的" + count + "个项目中，"
                + String.join("，", gradeText) + "。" + (p.remarks() == null || p.remarks().isBlank() ? "" : strip(p.remarks()) + "。")));
        if (!p.summaries().isEmpty()) {
            blocks.add(new Paragraph("今年在部门决算中反映了" + year + "年度全部" + level + "预算项目绩效自评结果，以及《" + p.summaries().get(0).name()
                    + "》等" + p.summaries().size() + "个项目的绩效自评表。"));
        }
        int n = 1;
        for (Facts.ProjectSummary s : p.summaries()) {
            blocks.add(new Paragraph(n++ + ". " + s.name() + "绩效自评综述：根据年初设定的绩效目标，项目自评得分为" + ChineseNumbers.plain(s.score())
                    + "分。全年预算数为" + money(s.budget()) + "万元，执行数为" + money(s.executed()) + "万元，完成预算的"
                    + (s.budget().signum() == 0 ? "0%" : percent(s.executed(), s.budget())) + "。项目绩效目标完成情况："
                    + filled(s.achieved(), s.name() + "绩效目标完成情况") + "。发现的主要问题及原因：" + filled(s.problems(), s.name() + "主要问题及原因")
                    + "。下一步改进措施：" + filled(s.measures(), s.name() + "改进措施") + "。"));
        }
        blocks.add(new Paragraph("（三）中央对地方转移支付项目绩效自评结果。" + (p.transferProjects().isEmpty()
                ? "本部门无中央对地方转移支付绩效自评项目。"
                : "本部门对" + String.join("、", p.transferProjects()) + "开展了绩效自评。")));
        StringBuilder fourth = new StringBuilder("（四）部门评价结果。");
        if (p.departmentEvaluations().isEmpty()) {
            fourth.append("本部门未开展部门评价。");
        }
        for (Facts.DepartmentEvaluation e : p.departmentEvaluations()) {
            fourth.append("“").append(e.project()).append("”项目，绩效评价得分为“").append(ChineseNumbers.plain(e.score()))
                    .append("”分，等级为“").append(e.grade()).append("”。");
        }
        blocks.add(new Paragraph(fourth.toString()));
        blocks.add(new Paragraph("（五）财政重点评价结果。" + (p.keyEvaluations().isEmpty() ? "本部门无财政重点评价项目。"
                : String.join("", p.keyEvaluations().stream().map(k -> strip(k) + "。").toList()))));
        return new Section(13, "预算绩效情况说明", blocks);
    }

    private static String filled(String text, String what) {
        return text == null || text.isBlank() ? AccountsText.placeholder(what) : strip(text);
    }
}
