package org.jixiao.formats.disclosure;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import org.jixiao.core.disclosure.Statement;
import org.jixiao.core.disclosure.Unit;

/**
 * The figures of one made-up unit's 决算 or 预算, consistent in every identity of domain §8: spending per 功能分类 项 by
 * source of money, the economic breakdown of its basic spending, balances, the “三公” items and last year's figures. All
 * amounts are whole multiples of 100 元, so that figures printed in 万元 with 2 decimals are exact and a clean document has
 * no rounding difference at all. {@link Layouts} prints them.
 */
final class Sample {
    /** One 项 of 支出功能分类 with its spending (元) by kind of money. */
    record Item(String code, String className, String sectionName, String name, long generalBasic, long generalProject, long fundProject,
                long otherBasic, long otherProject) {
        long basic() {
            return generalBasic + otherBasic;
        }

        long project() {
            return generalProject + fundProject + otherProject;
        }

        long total() {
            return basic() + project();
        }

        long general() {
            return generalBasic + generalProject;
        }

        long other() {
            return otherBasic + otherProject;
        }
    }

    /** 经济分类 of the basic spending: code, name, amount (元); 人员经费 = 301 and 303, 公用经费 = 302. */
    record Economic(String code, String name, long amount, boolean personnel) {}

    /** The “三公” items (元): 因公出国（境）费, 公务用车购置费, 公务用车运行维护费, 公务接待费. */
    record ThreePublic(long overseas, long vehiclePurchase, long vehicleOperation, long reception) {
        long vehicles() {
            return vehiclePurchase + vehicleOperation;
        }

        long total() {
            return overseas + vehicles() + reception;
        }
    }

    final Statement statement;
    final int year;
    final String organisation;
    final Unit unit;
    final List<Item> items = new ArrayList<>();
    final List<Economic> economic = new ArrayList<>();
    /** 年初结转和结余 = 年末结转和结余 of 一般公共预算财政拨款 (元); the unit's income equals its spending otherwise. */
    long generalBalance;
    /** 事业收入 pays for the 其他 basic spending, 其他收入 for the 其他 project spending. */
    long businessIncome;
    ThreePublic threeBudget;
    ThreePublic threeActual;
    /** Last year's figures (元): per 项 total, 基本支出, 项目支出, 收支总计, 财政拨款收入, and the “三公” actuals. */
    final Map<String, Long> priorByCode = new LinkedHashMap<>();
    long priorBasic;
    long priorProject;
    long priorGrandTotal;
    long priorFiscalIncome;
    ThreePublic threePrior;
    /** 年初预算数 (元) of each 项's 一般公共预算 spending; 0 for a 项 that had none (年初无预算). */
    final Map<String, Long> initialByCode = new LinkedHashMap<>();
    /** 机关运行经费 (元) and its 年初预算. */
    long officeRunning;
    long officeRunningBudget;

    Sample(Statement statement, int year, String organisation, Unit unit) {
        this.statement = statement;
        this.year = year;
        this.organisation = organisation;
        this.unit = unit;
    }

    // ------------------------------------------------------------------------------------------------ derived figures

    long totalSpending() {
        return items.stream().mapToLong(Item::total).sum();
    }

    long basic() {
        return items.stream().mapToLong(Item::basic).sum();
    }

    long project() {
        return items.stream().mapToLong(Item::project).sum();
    }

    long general() {
        return items.stream().mapToLong(Item::general).sum();
    }

    long generalBasic() {
        return items.stream().mapToLong(Item::generalBasic).sum();
    }

    long generalProject() {
        return items.stream().mapToLong(Item::generalProject).sum();
    }

    long fund() {
        return items.stream().mapToLong(Item::fundProject).sum();
    }

    long other() {
        return items.stream().mapToLong(Item::other).sum();
    }

    long otherIncome() {
        return items.stream().mapToLong(Item::otherProject).sum();
    }

    long fiscalIncome() {
        return general() + fund();
    }

    long incomeTotal() {
        return fiscalIncome() + other();
    }

    long grandTotal() {
        return incomeTotal() + generalBalance;
    }

    long initialTotal() {
        return initialByCode.values().stream().mapToLong(Long::longValue).sum();
    }

    long personnel() {
        return economic.stream().filter(Economic::personnel).mapToLong(Economic::amount).sum();
    }

    long publicFunds() {
        return economic.stream().filter(e -> !e.personnel()).mapToLong(Economic::amount).sum();
    }

    /** The 类, 款 and 项 codes spent on, with their names, in code order. */
    Map<String, String> subjects() {
        Map<String, String> names = new TreeMap<>();
        for (Item item : items) {
            names.put(item.code().substring(0, 3), item.className());
            names.put(item.code().substring(0, 5), item.sectionName());
            names.put(item.code(), item.name());
        }
        return names;
    }

    /** Σ over the 项 under a code (a 类, 款 or 项) of one figure. */
    long sum(String code, java.util.function.ToLongFunction<Item> figure) {
        return items.stream().filter(i -> i.code().startsWith(code)).mapToLong(figure).sum();
    }

    /** The amount (元) in the unit of the tables, with 2 decimals and thousands separators: {@code 1,176.00}. */
    String money(long yuan) {
        BigDecimal value = BigDecimal.valueOf(yuan);
        if (unit == Unit.WAN_YUAN) {
            value = value.divide(BigDecimal.valueOf(10_000), 2, RoundingMode.UNNECESSARY);
        } else {
            value = value.setScale(2, RoundingMode.UNNECESSARY);
        }
        return String.format("%,.2f", value);
    }

    /** The amount in 万元 as running text prints it: trailing zeros dropped ({@code 1,176}, {@code 2,046.1}). */
    static String wan(long yuan) {
        BigDecimal value = BigDecimal.valueOf(yuan).divide(BigDecimal.valueOf(10_000), 2, RoundingMode.UNNECESSARY).stripTrailingZeros();
        return new java.text.DecimalFormat("#,##0.##", java.text.DecimalFormatSymbols.getInstance(java.util.Locale.ROOT)).format(value);
    }

    /** part ÷ whole in percent, half-up to 2 decimals, trailing zeros dropped ({@code 19.29%}, {@code 100%}). */
    static String percent(long part, long whole) {
        BigDecimal value = BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP);
        return value.stripTrailingZeros().toPlainString() + "%";
    }

    // ------------------------------------------------------------------------------------------------ made-up units

    /** 功能分类 项 a made-up unit may spend on: code, 类, 款, 项 names. */
    private static final String[][] CATALOGUE = {
        {"2010101", "一般公共服务支出", "人大事务", "行政运行"},
        {"2010301", "一般公共服务支出", "政府办公厅（室）及相关机构事务", "行政运行"},
        {"2010350", "一般公共服务支出", "政府办公厅（室）及相关机构事务", "事业运行"},
        {"2011308", "一般公共服务支出", "商贸事务", "招商引资"},
        {"2050201", "教育支出", "普通教育", "学前教育"},
        {"2050202", "教育支出", "普通教育", "小学教育"},
        {"2060101", "科学技术支出", "科学技术管理事务", "行政运行"},
        {"2060102", "科学技术支出", "科学技术管理事务", "一般行政管理事务"},
        {"2070109", "文化旅游体育与传媒支出", "文化和旅游", "群众文化"},
        {"2080505", "社会保障和就业支出", "行政事业单位养老支出", "机关事业单位基本养老保险缴费支出"},
        {"2080506", "社会保障和就业支出", "行政事业单位养老支出", "机关事业单位职业年金缴费支出"},
        {"2080599", "社会保障和就业支出", "行政事业单位养老支出", "其他行政事业单位养老支出"},
        {"2101101", "卫生健康支出", "行政事业单位医疗", "行政单位医疗"},
        {"2101102", "卫生健康支出", "行政事业单位医疗", "事业单位医疗"},
        {"2110501", "节能环保支出", "能源节约利用", "能源节约利用"},
        {"2120399", "城乡社区支出", "城乡社区公共设施", "其他城乡社区公共设施支出"},
        {"2130101", "农林水支出", "农业农村", "行政运行"},
        {"2150599", "资源勘探工业信息等支出", "制造业", "其他制造业支出"},
        {"2150805", "资源勘探工业信息等支出", "支持中小企业发展和管理支出", "中小企业发展专项"},
        {"2160299", "商业服务业等支出", "商业流通事务", "其他商业流通事务支出"},
        {"2210201", "住房保障支出", "住房改革支出", "住房公积金"},
        {"2210203", "住房保障支出", "住房改革支出", "购房补贴"},
    };

    private static final String[][] PERSONNEL = {
        {"30101", "基本工资"}, {"30102", "津贴补贴"}, {"30103", "奖金"}, {"30107", "绩效工资"},
        {"30108", "机关事业单位基本养老保险缴费"}, {"30109", "职业年金缴费"}, {"30110", "职工基本医疗保险缴费"},
        {"30113", "住房公积金"}, {"30302", "退休费"}};
    private static final String[][] PUBLIC = {
        {"30201", "办公费"}, {"30207", "邮电费"}, {"30211", "差旅费"}, {"30216", "培训费"}, {"30228", "工会经费"},
        {"30231", "公务用车运行维护费"}, {"30299", "其他商品和服务支出"}};

    private static final String[] ORGANISATIONS = {"某市工业和信息化局", "某区商务局", "某县农业农村局", "某市统计局", "某区教育和体育局",
        "某县住房和城乡建设局", "某市科学技术局", "某区卫生健康局", "某县文化和旅游局", "某市机关事务服务中心"};

    /** A unit made up from a seed: 6–12 项 over several 类, most money 一般公共预算, some 政府性基金 and 事业收入. */
    static Sample random(long seed, Statement statement, Unit unit) {
        Random random = new Random(seed);
        Sample sample = new Sample(statement, 2024, ORGANISATIONS[(int) (seed % ORGANISATIONS.length)], unit);
        List<String[]> catalogue = new ArrayList<>(List.of(CATALOGUE));
        java.util.Collections.shuffle(catalogue, random);
        int count = 6 + random.nextInt(7);
        List<String[]> chosen = new ArrayList<>(catalogue.subList(0, count));
        chosen.sort((a, b) -> a[0].compareTo(b[0]));
        boolean anyFund = false;
        for (String[] entry : chosen) {
            boolean fundItem = entry[0].startsWith("212") || !anyFund && random.nextInt(5) == 0;
            boolean runningCost = entry[3].contains("运行") || entry[0].startsWith("208") || entry[0].startsWith("210") || entry[0].startsWith("221");
            long generalBasic = runningCost ? amount(random, 20, 900) : 0;
            long generalProject = runningCost && random.nextBoolean() ? 0 : amount(random, 10, 1500);
            long fundProject = fundItem ? amount(random, 50, 800) : 0;
            anyFund |= fundItem;
            long otherBasic = random.nextInt(4) == 0 ? amount(random, 5, 60) : 0;
            long otherProject = random.nextInt(5) == 0 ? amount(random, 5, 120) : 0;
            sample.items.add(new Item(entry[0], entry[1], entry[2], entry[3], generalBasic, generalProject, fundProject, otherBasic, otherProject));
        }
        if (sample.generalBasic() == 0) {
            Item first = sample.items.remove(0);
            sample.items.add(0, new Item(first.code(), first.className(), first.sectionName(), first.name(), amount(random, 100, 500),
                    first.generalProject(), first.fundProject(), first.otherBasic(), first.otherProject()));
        }
        sample.businessIncome = sample.items.stream().mapToLong(Item::otherBasic).sum();
        sample.generalBalance = random.nextInt(3) == 0 ? 0 : amount(random, 1, 50);
        // the basic spending split by 经济分类: 人员经费 about nine tenths
        long basic = sample.generalBasic();
        long personnel = basic * (85 + random.nextInt(10)) / 100 / 100 * 100;
        split(sample, PERSONNEL, personnel, true, random);
        split(sample, PUBLIC, basic - personnel, false, random);
        long vehicles = amount(random, 1, 20);
        sample.threeBudget = new ThreePublic(random.nextBoolean() ? amount(random, 1, 10) : 0, random.nextInt(4) == 0 ? amount(random, 10, 30) : 0,
                vehicles, amount(random, 1, 8));
        sample.threeActual = new ThreePublic(sample.threeBudget.overseas() / 200 * 100, sample.threeBudget.vehiclePurchase(),
                vehicles * 8 / 1000 * 100, sample.threeBudget.reception() * 6 / 1000 * 100);
        sample.threePrior = new ThreePublic(sample.threeActual.overseas() * 3 / 200 * 100, 0, sample.threeActual.vehicleOperation() + 2_000,
                sample.threeActual.reception() * 12 / 1000 * 100);
        for (Item item : sample.items) {
            long change = item.total() * (random.nextInt(41) - 20) / 10_000 * 100;
            sample.priorByCode.put(item.code(), Math.max(100, item.total() - change));
        }
        for (Item item : sample.items) {
            if (item.general() > 0) {
                sample.initialByCode.put(item.code(), random.nextInt(6) == 0 ? 0 : item.general() * (50 + random.nextInt(100)) / 10_000 * 100);
            }
        }
        sample.priorBasic = sample.basic() * (90 + random.nextInt(20)) / 10_000 * 100;
        sample.priorProject = sample.project() * (70 + random.nextInt(60)) / 10_000 * 100;
        sample.priorGrandTotal = sample.grandTotal() * (80 + random.nextInt(40)) / 10_000 * 100;
        sample.priorFiscalIncome = sample.fiscalIncome() * (80 + random.nextInt(40)) / 10_000 * 100;
        sample.officeRunning = sample.publicFunds();
        sample.officeRunningBudget = sample.officeRunning + amount(random, 1, 5);
        return sample;
    }

    /** An amount of {@code min}–{@code max} 万元 with 2 decimals, in 元. */
    private static long amount(Random random, int min, int max) {
        return (min * 100L + random.nextInt((max - min) * 100 + 1)) * 100;
    }

    private static void split(Sample sample, String[][] names, long total, boolean personnel, Random random) {
        int parts = Math.min(names.length, 3 + random.nextInt(names.length - 2));
        long left = total;
        for (int i = 0; i < parts; i++) {
            long amount = i == parts - 1 ? left : left / (parts - i) / 100 * 100 + (random.nextInt(3) - 1) * 100L * random.nextInt(50);
            amount = Math.max(0, Math.min(amount, left));
            if (i == parts - 1) {
                amount = left;
            }
            left -= amount;
            sample.economic.add(new Economic(names[i][0], names[i][1], amount, personnel));
        }
    }
}
