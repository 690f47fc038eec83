package org.jixiao.formats.disclosure;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jixiao.core.disclosure.Line;
import org.jixiao.core.disclosure.Measure;
import org.jixiao.core.disclosure.Period;
import org.jixiao.core.disclosure.Statement;
import org.jixiao.core.disclosure.TableRole;
import org.jixiao.core.disclosure.Unit;

/**
 * The words of published 决算 and 预算 tables: titles in their many spellings and numberings (公开01表 收入支出决算总表,
 * 表一：部门收支总表, 附表5 一般公共预算支出表 …), header words of the columns (本年收入合计, 一般公共预算拨款收入, 2023年预算数,
 * 增减额 …), labels of the fixed rows (一、一般公共预算财政拨款收入, 年初结转和结余, 总计 …) and the unit line. Everything is
 * matched on the normalised text: no spaces, full-width forms folded, numbering and brackets around it removed.
 */
final class DisclosureWords {
    private DisclosureWords() {}

    private static final Pattern NUMBERING = Pattern.compile(
            "^(?:[一二三四五六七八九十]+[、.．]|\\d{1,2}[、.．](?!\\d)|[（(][一二三四五六七八九十\\d]{1,3}[）)]|其中[：:]?|[①②③④⑤⑥⑦⑧⑨⑩])");
    /**
     * A table's tag before its title: 公开01表, 附表5, 表一. A number in Chinese numerals stops where the title starts
     * ("表五一般公共预算…" is 表五, not 表五一).
     */
    private static final Pattern TAG = Pattern.compile(
            "^(?:公开\\d{1,2}表|(?:附表|表)\\s*(?:\\d{1,2}|[一二三四五六七八九十]{1,3}?(?=[：:、.．\\s\\-－]|一般|收|支|财政|部门|单位|政府|国有|三公|“|\"|\\d{4}))(?:[-－]\\d+)?)[：:、.．\\s]*");
    private static final Pattern UNIT = Pattern.compile("(?:金额|计量)?单位\\s*[：:]\\s*(万元|元)");
    private static final Pattern HEADER_UNIT = Pattern.compile("[（(]\\s*(万元|元)\\s*[）)]");
    private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d{2})\\s*年");

    /** Spaces removed, full-width digits, letters and punctuation folded to their plain forms. */
    static String normalise(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '０' && c <= '９') {
                c = (char) (c - '０' + '0');
            } else if (c == '，' && i > 0 && i + 1 < text.length() && isDigit(text.charAt(i - 1)) && isDigit(text.charAt(i + 1))) {
                c = ',';
            } else if (c == '．') {
                c = '.';
            } else if (c == '－' || c == '−') {
                c = '-';
            } else if (c == '％') {
                c = '%';
            } else if (c == '(') {
                c = '（';
            } else if (c == ')') {
                c = '）';
            } else if (c == ':') {
                c = '：';
            } else if (c == '"' || c == '＂') {
                c = '“';
            }
            if (!Character.isWhitespace(c) && c != '\u3000') {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9' || c >= '０' && c <= '９';
    }

    /** A row label without its numbering ("一、", "（二）", "其中：", "1."). */
    static String label(String text) {
        String key = normalise(text);
        Matcher numbering = NUMBERING.matcher(key);
        while (numbering.find()) {
            key = key.substring(numbering.end());
            numbering = NUMBERING.matcher(key);
        }
        return key;
    }

    /** The unit a line or cell names (单位：万元, 金额单位：元, （万元）), or null. */
    static Unit unit(String text) {
        String key = normalise(text);
        Matcher unit = UNIT.matcher(key);
        if (unit.find()) {
            return Unit.of(unit.group(1));
        }
        Matcher header = HEADER_UNIT.matcher(key);
        return header.find() ? Unit.of(header.group(1)) : null;
    }

    static boolean isUnitLine(String text) {
        return UNIT.matcher(normalise(text)).find();
    }

    /** The first year named (2024年), or 0. */
    static int year(String text) {
        Matcher year = YEAR.matcher(normalise(text));
        return year.find() ? Integer.parseInt(year.group(1)) : 0;
    }

    // ---------------------------------------------------------------------------------------------------- titles

    /** A table's title as matched: the role, and the statement when the title says it (null when it does not). */
    record Title(TableRole role, Statement statement) {}

    /** The title without its tag (公开01表, 表一：, 附表5), year, organisation and 单位 line. */
    static String titleCore(String text) {
        String key = normalise(text);
        Matcher unit = UNIT.matcher(key);
        if (unit.find()) {
            key = key.substring(0, unit.start());
        }
        key = key.replaceFirst("编制(?:单位|部门)：.*$", "");
        Matcher tag = TAG.matcher(key);
        if (tag.find()) {
            key = key.substring(tag.end());
        }
        return key.replaceAll("[（(]续(?:表|上表|上页)?[）)]|续表", "");
    }

    /**
     * The role a title names, or null. The more specific words are tried first: a 财政拨款收入支出决算总表 is not a
     * 收入支出决算总表, a 一般公共预算财政拨款基本支出决算表 is not a 一般公共预算财政拨款支出决算表.
     */
    static Title title(String text) {
        String key = titleCore(text);
        if (key.length() > 60 || !key.endsWith("表") && !key.matches(".*表[（(].{1,12}[）)]$")) {
            return null;
        }
        TableRole role;
        if (key.contains("三公")) {
            role = TableRole.THREE_PUBLIC;
        } else if (key.contains("基本支出") && !key.contains("项目支出")) {
            role = TableRole.BASIC;
        } else if (key.contains("政府性基金")) {
            role = TableRole.GOVERNMENT_FUND;
        } else if (key.contains("国有资本经营")) {
            role = TableRole.STATE_CAPITAL;
        } else if (key.contains("财政拨款收入支出") && key.contains("总表") || key.contains("财政拨款收支")) {
            role = TableRole.FISCAL_SUMMARY;
        } else if (key.contains("一般公共预算") && key.contains("支出") && !key.contains("项目支出")) {
            role = TableRole.GENERAL_PUBLIC;
        } else if (key.matches(".*收入支出(?:决算|预算)?总表.*") || key.matches(".*收支(?:决算|预算)?总表.*")) {
            role = TableRole.SUMMARY;
        } else if (key.matches(".*收入(?:决算|预算)?(?:总)?表.*")) {
            role = TableRole.INCOME;
        } else if (key.matches(".*支出(?:决算|预算)?(?:总)?表.*")) {
            role = TableRole.EXPENDITURE;
        } else {
            return null;
        }
        return new Title(role, statement(key));
    }

    /** 决算 or 预算 as a title says it ("一般公共预算" and the other budget kinds do not count), or null. */
    static Statement statement(String text) {
        String key = normalise(text).replace("一般公共预算", "").replace("政府性基金预算", "").replace("国有资本经营预算", "")
                .replace("年初预算", "");
        if (key.contains("决算")) {
            return Statement.FINAL_ACCOUNTS;
        }
        return key.contains("预算") ? Statement.BUDGET : null;
    }

    // ---------------------------------------------------------------------------------------------------- columns

    /**
     * A column read from its header words: the measure of its deepest meaningful word, the group above it when there is
     * one (预算数 over 合计 …), the year it speaks of, and the “三公” item it names in a table laid out across.
     */
    record ColumnMeaning(Measure measure, Measure group, Period period, Line line) {}

    /**
     * What a header means, from its words top to bottom ({@code ["本年支出", "小计"]} → 本年支出, {@code ["2024年预算数",
     * "基本支出"]} → 基本支出, {@code ["决算数", "公务用车购置及运行维护费", "小计"]} → 决算数 of 公务用车购置及运行维护费), or
     * null for a label, code or 行次 column.
     */
    static ColumnMeaning column(java.util.List<String> path, int year) {
        Period period = Period.CURRENT;
        java.util.List<Measure> found = new java.util.ArrayList<>();
        Line line = null;
        for (String text : path) {
            String key = normalise(text).replaceAll("[（(](?:万元|元)[）)]", "");
            if (key.isEmpty()) {
                continue;
            }
            Period p = period(key, year);
            if (p != Period.CURRENT) {
                period = p;
            }
            Line item = threePublicItem(key);
            if (item != null && (line == null || line == Line.VEHICLES && (item == Line.VEHICLE_PURCHASE || item == Line.VEHICLE_OPERATION))) {
                line = item;
            }
            Measure measure = measure(key);
            if (measure != null) {
                found.add(measure);
            }
        }
        if (found.isEmpty() && line == null) {
            return null;
        }
        Measure last = found.isEmpty() ? null : found.get(found.size() - 1);
        Measure group = found.size() > 1 ? found.get(0) : null;
        Measure measure = last;
        if (last == Measure.TOTAL && group != null && group != Measure.BUDGET && group != Measure.ACTUAL && group != Measure.AMOUNT) {
            measure = group; // 本年支出/小计 → 本年支出, 财政拨款收入/小计 → 财政拨款收入
            group = null;
        }
        return new ColumnMeaning(measure, group == measure ? null : group, period, line);
    }

    private static Period period(String key, int year) {
        if (key.contains("增减率") || key.contains("增长率") || key.contains("增减幅度") || key.contains("增减%") || key.contains("变动率")
                || key.matches(".*增减.*[（(]?%[）)]?.*")) {
            return Period.CHANGE_RATE;
        }
        if (key.contains("增减额") || key.equals("增减") || key.contains("增减金额") || key.contains("变动额")) {
            return Period.CHANGE;
        }
        if (key.contains("上年")) {
            return Period.PRIOR;
        }
        int printed = year(key);
        if (printed > 0 && year > 0) {
            return printed < year ? Period.PRIOR : Period.CURRENT;
        }
        return Period.CURRENT;
    }

    /** The measure a header word names, or null. */
    static Measure measure(String key) {
        String k = key.replaceFirst("^\\d{4}年(?:度)?", "");
        if (k.contains("预算数") && k.contains("决算数")) {
            return null; // two headers read as one (a text rendering whose columns ran together): neither is sure
        }
        if (k.contains("增减率") || k.contains("增减额") || k.equals("增减") || k.contains("增长率")) {
            return Measure.TOTAL;
        }
        if (k.equals("合计") || k.equals("小计") || k.equals("总计") || k.equals("本年收入合计") || k.equals("本年支出合计")
                || k.equals("收入合计") || k.equals("支出合计") || k.equals("本年合计")) {
            return Measure.TOTAL;
        }
        if (k.contains("年初结转") || k.contains("年初财政拨款结转")) {
            return Measure.OPENING;
        }
        if (k.contains("年末结转") || k.contains("结转下年")) {
            return Measure.CLOSING;
        }
        if (k.contains("上年结转")) {
            return Measure.CARRIED_OVER;
        }
        if (k.contains("年初预算")) {
            return Measure.INITIAL_BUDGET;
        }
        if (k.equals("本年收入")) {
            return Measure.INCOME;
        }
        if (k.equals("本年支出")) {
            return Measure.EXPENDITURE;
        }
        if (k.contains("基本支出")) {
            return Measure.BASIC;
        }
        if (k.contains("项目支出")) {
            return Measure.PROJECT;
        }
        if (k.contains("上缴上级")) {
            return Measure.UPPER;
        }
        if (k.contains("对附属单位补助")) {
            return Measure.AFFILIATED;
        }
        if (k.contains("经营收入")) {
            return Measure.OPERATING_INCOME;
        }
        if (k.contains("经营支出")) {
            return Measure.OPERATING;
        }
        if (k.contains("人员经费")) {
            return Measure.PERSONNEL;
        }
        if (k.contains("公用经费")) {
            return Measure.PUBLIC_FUNDS;
        }
        if (k.contains("一般公共预算")) {
            return Measure.GENERAL_PUBLIC;
        }
        if (k.contains("政府性基金")) {
            return Measure.GOVERNMENT_FUND;
        }
        if (k.contains("国有资本经营")) {
            return Measure.STATE_CAPITAL;
        }
        if (k.contains("财政专户")) {
            return Measure.SPECIAL_ACCOUNT;
        }
        if (k.contains("财政拨款")) {
            return Measure.FISCAL;
        }
        if (k.contains("上级补助")) {
            return Measure.SUPERIOR;
        }
        if (k.contains("事业收入")) {
            return Measure.BUSINESS;
        }
        if (k.contains("附属单位上缴")) {
            return Measure.AFFILIATED_INCOME;
        }
        if (k.contains("其他收入")) {
            return Measure.OTHER_INCOME;
        }
        if (k.equals("决算数") || k.endsWith("决算数")) {
            return Measure.ACTUAL;
        }
        if (k.equals("预算数") || k.endsWith("预算数") || k.endsWith("预算")) {
            return Measure.BUDGET;
        }
        if (k.equals("金额") || k.equals("数额")) {
            return Measure.AMOUNT;
        }
        return null;
    }

    // ---------------------------------------------------------------------------------------------------- rows

    static boolean isTotal(String text) {
        String key = label(text);
        return key.equals("合计") || key.equals("总计") || key.equals("本年支出合计") || key.equals("本年收入合计");
    }

    /** The “三公” item a label or header names, or null. */
    static Line threePublicItem(String text) {
        String key = label(text);
        if (key.contains("三公") && (key.contains("合计") || key.contains("经费")) || key.matches("(?:[一二三四五六七八九十]+[、.．])?支出合计")) {
            return Line.THREE_TOTAL;
        }
        if (key.contains("出国")) {
            return Line.OVERSEAS;
        }
        if (key.contains("购置及运行") || key.contains("购置和运行") || key.equals("公务用车费")) {
            return Line.VEHICLES;
        }
        if (key.contains("公务用车购置") || key.equals("购置费")) {
            return Line.VEHICLE_PURCHASE;
        }
        if (key.contains("公务用车运行") || key.equals("运行维护费") || key.equals("运行费")) {
            return Line.VEHICLE_OPERATION;
        }
        if (key.contains("公务接待")) {
            return Line.RECEPTION;
        }
        return null;
    }

    /** An income-side label of a summary table, or null. {@code openingBlock}: the rows after 年初财政拨款结转和结余 (表4). */
    static Line incomeLine(String text, boolean openingBlock) {
        String key = label(text);
        if (key.contains("使用非财政拨款结余")) {
            return Line.USE_OF_NON_FISCAL_BALANCE;
        }
        if (key.contains("年初") && key.contains("结转") || key.startsWith("上年结转") || key.contains("年初结余")) {
            return Line.OPENING_BALANCE;
        }
        if (key.equals("总计") || key.equals("收入总计")) {
            return Line.INCOME_GRAND_TOTAL;
        }
        if (key.contains("收入合计") || key.equals("合计") || key.equals("本年收入小计")) {
            return Line.INCOME_TOTAL;
        }
        if (key.contains("一般公共预算")) {
            return openingBlock ? Line.OPENING_GENERAL_PUBLIC : Line.INCOME_GENERAL_PUBLIC;
        }
        if (key.contains("政府性基金")) {
            return openingBlock ? Line.OPENING_GOVERNMENT_FUND : Line.INCOME_GOVERNMENT_FUND;
        }
        if (key.contains("国有资本经营")) {
            return openingBlock ? Line.OPENING_STATE_CAPITAL : Line.INCOME_STATE_CAPITAL;
        }
        if (key.contains("财政专户")) {
            return Line.INCOME_SPECIAL_ACCOUNT;
        }
        if (key.contains("上级补助")) {
            return Line.INCOME_SUPERIOR;
        }
        if (key.contains("经营收入")) {
            return Line.INCOME_OPERATING;
        }
        if (key.contains("事业收入")) {
            return Line.INCOME_BUSINESS;
        }
        if (key.contains("附属单位上缴")) {
            return Line.INCOME_AFFILIATED;
        }
        if (key.contains("其他收入")) {
            return Line.INCOME_OTHER;
        }
        if (key.equals("财政拨款收入") || key.equals("财政拨款")) {
            return Line.INCOME_FISCAL;
        }
        return null;
    }

    /** An expenditure-side fixed label of a summary table (本年支出合计, 结余分配 …), or null for a 类 or anything else. */
    static Line expenditureLine(String text) {
        String key = label(text);
        if (key.contains("结余分配")) {
            return Line.SURPLUS_DISTRIBUTION;
        }
        if (key.contains("年末") && key.contains("结转") || key.contains("结转下年")) {
            return Line.CLOSING_BALANCE;
        }
        if (key.equals("总计") || key.equals("支出总计")) {
            return Line.EXPENDITURE_GRAND_TOTAL;
        }
        if (key.contains("支出合计") || key.equals("合计") || key.equals("本年支出小计")) {
            return Line.EXPENDITURE_TOTAL;
        }
        return null;
    }

    // ---------------------------------------------------------------------------------------------------- figures

    /** A cell's figure: {@code 1,234.56}, {@code －12.3}, {@code (12.30)}, {@code 1，234．56}, {@code 12.5%}; null when none. */
    static BigDecimal number(String text) {
        String key = normalise(text);
        if (key.isEmpty()) {
            return null;
        }
        boolean negative = false;
        if (key.startsWith("（") && key.endsWith("）")) {
            key = key.substring(1, key.length() - 1);
            negative = true;
        }
        if (key.endsWith("%")) {
            key = key.substring(0, key.length() - 1);
        }
        if (key.startsWith("-")) {
            negative = !negative;
            key = key.substring(1);
        }
        if (!key.matches("\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?")) {
            return null;
        }
        BigDecimal value = new BigDecimal(key.replace(",", ""));
        return negative ? value.negate() : value;
    }

    /** A cell that prints "nothing" on purpose: blank, dashes, slashes, 无. */
    static boolean isPlaceholder(String text) {
        String key = normalise(text);
        return key.isEmpty() || key.matches("[-—–－/／\\\\、…·.]+|无|空|——");
    }
}
