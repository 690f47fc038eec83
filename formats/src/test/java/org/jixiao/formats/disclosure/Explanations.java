package org.jixiao.formats.disclosure;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jixiao.core.disclosure.Statement;

/**
 * Writes the 情况说明 of a {@link Sample} in the wordings real disclosures use — five styles for a 决算 and one for a
 * 预算 — with every figure and comparison word right, so that a test can change one and see it found. Headings start with
 * "#". The styles differ in everything the reader must not depend on: word order (the rate before the amount, the share
 * before the amount), the unit (万元 or 元), how last year is named (与2023年相比, 较上年, 比2023年度决算数, 同比), whether last
 * year's figure is printed, how 类/款/项 are named, and the words for a share (占, 占比, 占…的).
 */
final class Explanations {
    enum Style { NATIONAL, PLAIN, YUAN, RATE_FIRST, TERSE }

    private final Sample s;
    private final Style style;
    private final int year;

    Explanations(Sample sample, Style style) {
        this.s = sample;
        this.style = style;
        this.year = sample.year;
    }

    // ------------------------------------------------------------------------------------------------ figures

    private String m(long yuan) {
        return style == Style.YUAN ? String.format("%,d元", yuan) : Sample.wan(yuan) + "万元";
    }

    private static String pct(long part, long whole) {
        return Sample.percent(part, whole);
    }

    private String up(long now, long prior, boolean rate) {
        return now >= prior ? (rate ? "增长" : "增加") : (rate ? "下降" : "减少");
    }

    /** The change from last year in this style's words. */
    private String change(long now, long prior) {
        long difference = Math.abs(now - prior);
        String rate = pct(difference, prior);
        return switch (style) {
            case NATIONAL, PLAIN -> up(now, prior, false) + m(difference) + "，" + up(now, prior, true) + rate;
            case YUAN -> "较" + (year - 1) + "年的" + m(prior) + up(now, prior, false) + m(difference) + "，" + up(now, prior, true) + "了" + rate;
            case RATE_FIRST -> up(now, prior, true) + rate + "（" + up(now, prior, false) + m(difference) + "）";
            case TERSE -> "同比" + up(now, prior, false) + m(difference) + "，" + (now >= prior ? "增幅" : "降幅") + rate;
        };
    }

    private String compare(long actual, long initial) {
        return actual > initial ? "大于" : actual < initial ? "小于" : "等于";
    }

    // ------------------------------------------------------------------------------------------------ 决算

    List<String> finalAccounts() {
        List<String> out = new ArrayList<>();
        long g = s.grandTotal();
        long income = s.incomeTotal();
        long fiscal = s.fiscalIncome();
        long spent = s.totalSpending();
        long basic = s.basic();
        long project = s.project();
        long general = s.general();
        long generalBasic = s.generalBasic();
        out.add("#一、收入支出决算总体情况说明");
        out.add(switch (style) {
            case NATIONAL -> year + "年度收、支总计均为" + m(g) + "。与" + (year - 1) + "年相比，收、支总计各" + change(g, s.priorGrandTotal) + "。主要原因是业务调整。";
            case PLAIN -> "本部门" + year + "年度收入总计" + m(g) + "，支出总计" + m(g) + "，与上年相比" + change(g, s.priorGrandTotal) + "，主要原因是业务调整。";
            case YUAN -> year + "年收支总计为" + m(g) + "，" + change(g, s.priorGrandTotal) + "。";
            case RATE_FIRST -> "收入支出总计比上年" + change(g, s.priorGrandTotal) + "，为" + m(g) + "。";
            case TERSE -> "收支总计：" + m(g) + "，" + change(g, s.priorGrandTotal) + "。";
        });
        out.add("#二、收入决算情况说明");
        out.add(switch (style) {
            case NATIONAL -> year + "年度收入合计" + m(income) + "，其中：财政拨款收入" + m(fiscal) + "，占" + pct(fiscal, income) + "。";
            case PLAIN -> "本年收入合计" + m(income) + "。其中：财政拨款收入" + m(fiscal) + "，占本年收入合计的" + pct(fiscal, income) + "。";
            case YUAN -> year + "年本年收入" + m(income) + "，其中财政拨款收入" + m(fiscal) + "，占" + pct(fiscal, income) + "。";
            case RATE_FIRST -> "本年收入合计" + m(income) + "，财政拨款收入占" + pct(fiscal, income) + "，为" + m(fiscal) + "。";
            case TERSE -> "本年收入合计" + m(income) + "；财政拨款收入" + m(fiscal) + "，占比" + pct(fiscal, income) + "。";
        });
        out.add(switch (style) {
            case NATIONAL -> "1、财政拨款收入" + m(fiscal) + "。与" + (year - 1) + "年度相比，" + change(fiscal, s.priorFiscalIncome) + "。";
            case PLAIN -> "财政拨款收入比" + (year - 1) + "年度决算数" + change(fiscal, s.priorFiscalIncome) + "。";
            case YUAN -> "财政拨款收入" + change(fiscal, s.priorFiscalIncome) + "。";
            case RATE_FIRST -> "财政拨款收入比上年" + change(fiscal, s.priorFiscalIncome) + "。";
            case TERSE -> "财政拨款收入" + change(fiscal, s.priorFiscalIncome) + "。";
        });
        out.add("#三、支出决算情况说明");
        out.add(switch (style) {
            case NATIONAL -> year + "年度支出合计" + m(spent) + "，其中：基本支出" + m(basic) + "，占" + pct(basic, spent) + "；项目支出" + m(project) + "，占"
                    + pct(project, spent) + "。";
            case PLAIN -> "本年支出合计" + m(spent) + "，其中基本支出" + m(basic) + "，占本年支出合计的" + pct(basic, spent) + "；项目支出" + m(project)
                    + "，占本年支出合计的" + pct(project, spent) + "。";
            case YUAN -> "本年支出" + m(spent) + "，其中基本支出" + m(basic) + "，占" + pct(basic, spent) + "；项目支出" + m(project) + "，占"
                    + pct(project, spent) + "。";
            case RATE_FIRST -> "本年支出合计" + m(spent) + "，基本支出占" + pct(basic, spent) + "，为" + m(basic) + "；项目支出占" + pct(project, spent) + "，为"
                    + m(project) + "。";
            case TERSE -> "本年支出合计" + m(spent) + "；基本支出" + m(basic) + "，占比" + pct(basic, spent) + "；项目支出" + m(project) + "，占比"
                    + pct(project, spent) + "。";
        });
        out.add(switch (style) {
            case NATIONAL -> "1、基本支出" + m(basic) + "。与" + (year - 1) + "年度相比，" + change(basic, s.priorBasic) + "。";
            case PLAIN -> "基本支出较上年" + change(basic, s.priorBasic) + "，主要是人员变动。";
            case YUAN -> "基本支出" + change(basic, s.priorBasic) + "。";
            case RATE_FIRST -> "基本支出比上年" + change(basic, s.priorBasic) + "。";
            case TERSE -> "基本支出" + change(basic, s.priorBasic) + "。";
        });
        out.add("#四、财政拨款收入支出决算总体情况说明");
        long fiscalTotal = fiscal + s.generalBalance;
        out.add(switch (style) {
            case NATIONAL -> year + "年度财政拨款收、支总计均为" + m(fiscalTotal) + "。";
            case PLAIN -> "财政拨款收入总计" + m(fiscalTotal) + "，财政拨款支出总计" + m(fiscalTotal) + "。";
            case YUAN -> "财政拨款收支总计为" + m(fiscalTotal) + "。";
            case RATE_FIRST -> "财政拨款收、支总计为" + m(fiscalTotal) + "。";
            case TERSE -> "财政拨款收支总计：" + m(fiscalTotal) + "。";
        });
        out.add("#五、一般公共预算财政拨款支出决算情况说明");
        out.add("#（一）一般公共预算财政拨款支出决算总体情况");
        out.add(switch (style) {
            case NATIONAL -> year + "年度一般公共预算财政拨款支出" + m(general) + "，占本年支出合计的" + pct(general, spent) + "。";
            case PLAIN, YUAN -> "一般公共预算财政拨款支出" + m(general) + "，占本年支出合计的" + pct(general, spent) + "。";
            case RATE_FIRST -> "一般公共预算财政拨款支出占本年支出合计的" + pct(general, spent) + "，为" + m(general) + "。";
            case TERSE -> "一般公共预算财政拨款支出：" + m(general) + "，占本年支出合计的" + pct(general, spent) + "。";
        });
        out.add("#（二）一般公共预算财政拨款支出决算结构情况");
        StringBuilder classes = new StringBuilder(switch (style) {
            case NATIONAL -> year + "年度一般公共预算财政拨款支出" + m(general) + "，主要用于以下方面：";
            case PLAIN -> "一般公共预算财政拨款支出" + m(general) + "，主要用于：";
            default -> "一般公共预算财政拨款支出" + m(general) + "。";
        });
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, String> subject : s.subjects().entrySet()) {
            String code = subject.getKey();
            long amount = s.sum(code, Sample.Item::general);
            if (code.length() != 3 || amount == 0) {
                continue;
            }
            String name = subject.getValue();
            parts.add(switch (style) {
                case NATIONAL -> name + "（类）支出" + m(amount) + "，占" + pct(amount, general);
                case PLAIN -> name + m(amount) + "，占一般公共预算财政拨款支出的" + pct(amount, general);
                case YUAN -> name + "（类）" + m(amount) + "，占" + pct(amount, general);
                case RATE_FIRST -> name + "（类）占" + pct(amount, general) + "，为" + m(amount);
                case TERSE -> name + "（类）：" + m(amount) + "，占比" + pct(amount, general);
            });
        }
        classes.append(String.join(style == Style.NATIONAL || style == Style.PLAIN ? "；" : "。", parts)).append("。");
        out.add(classes.toString());
        out.add("#（三）一般公共预算财政拨款支出决算具体情况");
        long initial = s.initialTotal();
        out.add(switch (style) {
            case NATIONAL -> year + "年度一般公共预算财政拨款支出年初预算数为" + m(initial) + "，支出决算数为" + m(general) + "，完成年初预算数的" + pct(general, initial)
                    + "。决算数" + compare(general, initial) + "年初预算数，主要原因是追加了专项资金。其中：";
            case PLAIN -> "一般公共预算财政拨款支出年初预算" + m(initial) + "，支出决算" + m(general) + "，完成预算的" + pct(general, initial) + "，决算数"
                    + compare(general, initial) + "预算数。";
            case YUAN -> "一般公共预算财政拨款支出年初预算为" + m(initial) + "，决算为" + m(general) + "，完成年初预算的" + pct(general, initial) + "。";
            case RATE_FIRST -> "一般公共预算财政拨款支出决算" + m(general) + "，完成年初预算（" + m(initial) + "）的" + pct(general, initial) + "，决算数"
                    + compare(general, initial) + "年初预算数。";
            case TERSE -> "一般公共预算财政拨款支出：决算数" + m(general) + "，年初预算数" + m(initial) + "，执行率" + pct(general, initial) + "。";
        });
        int n = 0;
        Map<String, String> names = s.subjects();
        for (Sample.Item item : s.items) {
            if (item.general() == 0) {
                continue;
            }
            long a = s.initialByCode.get(item.code());
            long b = item.general();
            String path = names.get(item.code().substring(0, 3)) + "（类）" + names.get(item.code().substring(0, 5)) + "（款）" + item.name() + "（项）";
            String head = ++n + "、" + path;
            if (a == 0) {
                out.add(head + "。年初预算数为0万元，支出决算数为" + m(b) + "，年初无预算。决算数大于年初预算数，主要原因是年中追加。");
                continue;
            }
            out.add(switch (style) {
                case NATIONAL -> head + "。年初预算数为" + m(a) + "，支出决算数为" + m(b) + "，完成年初预算的" + pct(b, a) + "。决算数" + compare(b, a)
                        + "年初预算数，主要原因是项目进度调整。";
                case PLAIN -> head + "：年初预算" + m(a) + "，支出决算" + m(b) + "，完成预算的" + pct(b, a) + "，决算数" + compare(b, a) + "预算数。";
                case YUAN -> head + "年初预算为" + m(a) + "，决算为" + m(b) + "，完成年初预算的" + pct(b, a) + "。";
                case RATE_FIRST -> head + "支出决算" + m(b) + "，完成年初预算（" + m(a) + "）的" + pct(b, a) + "，决算数" + compare(b, a) + "年初预算数。";
                case TERSE -> head + "：决算数" + m(b) + "，年初预算数" + m(a) + "，执行率" + pct(b, a) + "。";
            });
        }
        out.add("#六、一般公共预算财政拨款基本支出决算情况说明");
        out.add(switch (style) {
            case NATIONAL -> year + "年度一般公共预算财政拨款基本支出决算" + m(generalBasic) + "，包括人员经费和公用经费。";
            default -> "一般公共预算财政拨款基本支出" + m(generalBasic) + "。";
        });
        out.add(switch (style) {
            case NATIONAL, TERSE -> "人员经费" + m(s.personnel()) + "，主要包括：基本工资、津贴补贴、奖金、绩效工资等。";
            case PLAIN, YUAN, RATE_FIRST -> "人员经费和公用经费分别为" + m(s.personnel()) + "和" + m(s.publicFunds()) + "。";
        });
        if (style == Style.NATIONAL || style == Style.TERSE) {
            out.add("公用经费" + m(s.publicFunds()) + "，主要包括：办公费、邮电费、差旅费等。");
        }
        out.add("#七、财政拨款“三公”经费支出决算情况说明");
        long budget = s.threeBudget.total();
        long actual = s.threeActual.total();
        out.add(switch (style) {
            case NATIONAL -> year + "年度“三公”经费支出预算数为" + m(budget) + "，决算数为" + m(actual) + "，完成预算的" + pct(actual, budget) + "，决算数"
                    + compare(actual, budget) + "预算数，主要原因是厉行节约。";
            case PLAIN -> "“三公”经费预算" + m(budget) + "，决算" + m(actual) + "，决算数" + compare(actual, budget) + "预算数。";
            case YUAN -> "“三公”经费预算数" + m(budget) + "，决算数" + m(actual) + "，完成预算的" + pct(actual, budget) + "。";
            case RATE_FIRST -> "“三公”经费决算" + m(actual) + "，完成预算（" + m(budget) + "）的" + pct(actual, budget) + "。";
            case TERSE -> "三公经费：预算数" + m(budget) + "，决算数" + m(actual) + "。";
        });
        if (s.threeActual.reception() > 0) {
            out.add("公务接待费决算数为" + m(s.threeActual.reception()) + "，占“三公”经费的" + pct(s.threeActual.reception(), actual) + "。");
        }
        out.add("#八、机关运行经费支出说明");
        out.add(year + "年度机关运行经费支出" + m(s.officeRunning) + "，比年初预算数减少" + m(s.officeRunningBudget - s.officeRunning) + "，下降"
                + pct(s.officeRunningBudget - s.officeRunning, s.officeRunningBudget) + "，主要原因是节约开支。");
        return out;
    }

    // ------------------------------------------------------------------------------------------------ 预算

    /** A 部门预算's 情况说明 (amounts in 元): the totals, 一般公共预算支出 against last year's budget, its basic spending and 三公. */
    List<String> budget() {
        if (s.statement != Statement.BUDGET) {
            throw new IllegalStateException("not a budget");
        }
        List<String> out = new ArrayList<>();
        long g = s.grandTotal();
        out.add("#一、收支预算总体情况");
        out.add(year + "年部门收支总预算" + String.format("%,d元", g) + "，其中：本年收入合计" + String.format("%,d元", s.incomeTotal()) + "，上年结转"
                + String.format("%,d元", s.generalBalance) + "。");
        out.add("#二、一般公共预算支出预算情况");
        long general = s.general();
        long prior = new Layouts(s, Layouts.Style.national()).generalPrior();
        out.add(year + "年一般公共预算支出" + String.format("%,d元", general) + "，比上年预算" + (general >= prior ? "增加" : "减少")
                + String.format("%,d元", Math.abs(general - prior)) + "，" + (general >= prior ? "增长" : "下降") + pct(Math.abs(general - prior), prior) + "。");
        out.add("#三、一般公共预算基本支出预算情况");
        out.add(year + "年一般公共预算基本支出" + String.format("%,d元", s.generalBasic()) + "，其中：人员经费" + String.format("%,d元", s.personnel())
                + "，公用经费" + String.format("%,d元", s.publicFunds()) + "。");
        out.add("#四、一般公共预算“三公”经费支出预算情况");
        long now = s.threeBudget.total();
        long before = s.threePrior.total();
        out.add(year + "年“三公”经费预算" + String.format("%,d元", now) + "，比上年" + (now >= before ? "增加" : "减少") + String.format("%,d元", Math.abs(now - before))
                + "，" + (now >= before ? "增长" : "下降") + pct(Math.abs(now - before), before) + "。");
        return out;
    }
}
