package org.jixiao.formats.reportreader;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jixiao.core.ratio.RatioId;
import org.jixiao.core.review.PrintedNumbers;
import org.jixiao.core.review.RecoveredReport.Input;
import org.jixiao.core.review.RecoveredReport.StatedRatio;
import org.jixiao.core.review.RecoveredReport.Unread;

/**
 * Finds stated standard ratios (domain §5) and the inputs the same passage prints before them, e.g.
 * "年初政府采购预算 112.95 万元，实际采购 618.74 万元，政府采购执行率 547.8%". Each input is chosen by the words of
 * its clause (实际, 预算, 调整为, 年初, 在职, 核定 …). A ratio whose inputs are not all there is listed as unread.
 */
final class RatioFinder {
    private static final Pattern QUANTITY = Pattern.compile(
            "(-?\\d[\\d,]*(?:\\.\\d+)?)\\s*(万元|亿元|元|名|人|个|项|辆|台|套|件)|(?<=为|是)\\s*(0)(?=\\s*[，,。；;])");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})\\s*年");

    /** Ratio names as documents write them, longest first so that 项目预算执行率 is not read as 预算执行率. */
    private static final Object[][] NAMES = {
            {RatioId.PROJECT_EXECUTION_RATE, "项目(?:支出)?预算执行率"},
            {RatioId.BUDGET_EXECUTION_RATE, "预算执行率"},
            {RatioId.BUDGET_ADJUSTMENT_RATE, "预算调整率"},
            {RatioId.BUDGET_PREPARATION_RATE, "预算编制率"},
            {RatioId.STAFF_CONTROL_RATE, "在职人员控制率"},
            {RatioId.THREE_PUBLIC_CHANGE_RATE, "[“\"]?三公经费[”\"]?(?:预算)?变动率"},
            {RatioId.THREE_PUBLIC_CONTROL_RATE, "[“\"]?三公经费[”\"]?控制率"},
            {RatioId.KEY_PROJECT_GUARANTEE_RATE, "重点(?:支出)?项目保障率"},
            {RatioId.PUBLIC_FUNDS_CONTROL_RATE, "公用经费控制率"},
            {RatioId.PROCUREMENT_EXECUTION_RATE, "政府采购执行率"},
            {RatioId.FIXED_ASSET_UTILISATION_RATE, "固定资产利用率"},
            {RatioId.FUNDS_ARRIVAL_RATE, "资金到位率"},
    };
    private static final Pattern STATED;

    static {
        StringBuilder names = new StringBuilder();
        for (Object[] name : NAMES) {
            names.append(names.length() > 0 ? "|" : "").append("(").append(name[1]).append(")");
        }
        STATED = Pattern.compile("(?:" + names + ")\\s*(?:为|达到|达|是|：|:)?\\s*(-?\\d[\\d,]*(?:\\.\\d+)?\\s*[%％]|0(?![\\d.%％]))");
    }

    private record Quantity(BigDecimal value, String unit, String clause, String sentence, int start) {}

    private boolean matchedAny;

    boolean matchedAny() {
        return matchedAny;
    }

    List<StatedRatio> find(Paragraph paragraph, List<Unread> unread) {
        matchedAny = false;
        List<StatedRatio> found = new ArrayList<>();
        String text = paragraph.text();
        Matcher matcher = STATED.matcher(text);
        int from = 0;
        while (matcher.find()) {
            matchedAny = true;
            RatioId id = null;
            for (int group = 1; group <= NAMES.length; group++) {
                if (matcher.group(group) != null) {
                    id = (RatioId) NAMES[group - 1][0];
                    break;
                }
            }
            String printed = matcher.group(NAMES.length + 1).replace(" ", "");
            BigDecimal percent = PrintedNumbers.parse(printed);
            List<Quantity> quantities = quantities(text, sentenceStart(text, from, matcher.start()), matcher.start());
            List<Input> inputs = inputs(id, quantities);
            int quoteStart = quantities.isEmpty() ? matcher.start() : Math.min(quantities.get(0).start(), matcher.start());
            quoteStart = clauseStart(text, quoteStart);
            var quote = paragraph.quoteAt(matcher.start(), text.substring(quoteStart, matcher.end()));
            if (inputs == null) {
                unread.add(new Unread(quote, id.label() + " " + printed + "：同段没有给出全部复算所需数据，未核对"));
            } else {
                found.add(new StatedRatio(id, percent, printed, inputs, quote));
            }
            from = matcher.end();
        }
        return found;
    }

    /** Where the passage feeding a ratio starts: after the previous ratio in the paragraph, at a sentence start. */
    private static int sentenceStart(String text, int from, int ratioStart) {
        return from;
    }

    private static int clauseStart(String text, int start) {
        int index = start;
        while (index > 0 && "，,。；;：:".indexOf(text.charAt(index - 1)) < 0) {
            index--;
        }
        return index;
    }

    private static List<Quantity> quantities(String text, int from, int to) {
        List<Quantity> quantities = new ArrayList<>();
        Matcher matcher = QUANTITY.matcher(text);
        matcher.region(from, to);
        while (matcher.find()) {
            String number = matcher.group(1) != null ? matcher.group(1) : matcher.group(3);
            String unit = matcher.group(2) != null ? matcher.group(2) : "";
            BigDecimal value = PrintedNumbers.parse(number);
            if (value == null) {
                continue;
            }
            if (unit.equals("亿元")) {
                value = value.multiply(BigDecimal.valueOf(10000));
                unit = "万元";
            } else if (unit.equals("元")) {
                value = value.movePointLeft(4);
                unit = "万元";
            }
            int clause = clauseStart(text, matcher.start());
            int sentence = matcher.start();
            while (sentence > from && "。；;".indexOf(text.charAt(sentence - 1)) < 0) {
                sentence--;
            }
            quantities.add(new Quantity(value, unit, text.substring(clause, matcher.start()),
                    text.substring(sentence, matcher.start()), matcher.start()));
        }
        return quantities;
    }

    private static boolean money(Quantity quantity) {
        return quantity.unit().equals("万元") || quantity.unit().isEmpty();
    }

    private static Quantity pick(List<Quantity> quantities, Predicate<Quantity> filter, String... words) {
        for (Quantity quantity : quantities) {
            if (!filter.test(quantity)) {
                continue;
            }
            for (String word : words) {
                if (quantity.clause().contains(word)) {
                    return quantity;
                }
            }
        }
        return null;
    }

    private static Input input(String role, Quantity quantity) {
        String label = quantity.clause().replaceAll("[\\s“”\"]", "");
        label = label.replaceAll("^(其中|通过查看.*?|截至.*?日)", "");
        return new Input(role, label.isEmpty() ? role : label, quantity.value());
    }

    /** The inputs of a ratio by role, or null when the passage does not give them all. */
    private static List<Input> inputs(RatioId id, List<Quantity> all) {
        Predicate<Quantity> money = RatioFinder::money;
        Predicate<Quantity> count = quantity -> !money(quantity) || quantity.unit().isEmpty();
        switch (id) {
            case BUDGET_EXECUTION_RATE, PROJECT_EXECUTION_RATE -> {
                Quantity actual = last(all, money, "决算", "执行数", "实际支出", "执行", "支出");
                Quantity adjusted = pick(all, money, "调整为", "调整后", "调整预算数", "调整预算", "全年预算", "全年");
                if (adjusted == null) {
                    // only one budget figure in the passage: it is the one the rate was taken against
                    List<Quantity> budgets = all.stream().filter(quantity -> money(quantity) && quantity != actual
                            && quantity.clause().contains("预算")).toList();
                    adjusted = budgets.size() == 1 ? budgets.get(0) : null;
                }
                return both("numerator", actual, "denominator", adjusted);
            }
            case BUDGET_PREPARATION_RATE -> {
                Quantity initial = pick(all, money, "年初", "批复");
                Quantity actual = last(all, money, "决算");
                return both("numerator", initial, "denominator", actual);
            }
            case BUDGET_ADJUSTMENT_RATE -> {
                Quantity initial = pick(all, quantity -> money(quantity) && !quantity.clause().contains("调整"), "年初", "批复");
                Quantity adjusted = pick(all, money, "调整为", "调整后");
                Quantity special = pick(all, money, "专项", "转移支付", "上级");
                List<Input> inputs = both("initial", initial, "adjusted", adjusted);
                if (inputs != null && special != null) {
                    inputs = new ArrayList<>(inputs);
                    inputs.add(input("special", special));
                }
                return inputs;
            }
            case STAFF_CONTROL_RATE -> {
                Quantity actual = pick(all, count, "在职", "实有");
                Quantity authorised = pick(all, count, "核定", "编制");
                return both("numerator", actual, "denominator", authorised);
            }
            case THREE_PUBLIC_CHANGE_RATE -> {
                List<Quantity> dated = new ArrayList<>();
                List<Integer> years = new ArrayList<>();
                for (Quantity quantity : all) {
                    Matcher year = YEAR.matcher(quantity.clause());
                    if (money(quantity) && year.find()) {
                        dated.add(quantity);
                        years.add(Integer.parseInt(year.group(1)));
                    }
                }
                if (dated.size() != 2 || years.get(0).equals(years.get(1))) {
                    Quantity current = pick(all, money, "本年");
                    Quantity previous = pick(all, money, "上年");
                    return both("current", current, "previous", previous);
                }
                int later = years.get(0) > years.get(1) ? 0 : 1;
                return both("current", dated.get(later), "previous", dated.get(1 - later));
            }
            case KEY_PROJECT_GUARANTEE_RATE -> {
                Quantity key = null;
                Quantity total = null;
                for (Quantity quantity : all) {
                    if (!quantity.unit().equals("万元")) {
                        continue;
                    }
                    if (quantity.sentence().contains("重点") || quantity.clause().contains("重点")) {
                        key = key == null ? quantity : key;
                    } else if (total == null) {
                        total = quantity;
                    }
                }
                return both("numerator", key, "denominator", total);
            }
            case FIXED_ASSET_UTILISATION_RATE -> {
                Quantity inUse = pick(all, quantity -> true, "在用", "使用");
                Quantity total = null;
                for (Quantity quantity : all) {
                    if (quantity != inUse && inUse != null && quantity.unit().equals(inUse.unit())) {
                        total = quantity;
                        break;
                    }
                }
                return both("numerator", inUse, "denominator", total);
            }
            case FUNDS_ARRIVAL_RATE -> {
                Quantity arrived = last(all, money, "到位", "实际");
                Quantity planned = pick(all, quantity -> money(quantity) && quantity != arrived, "计划", "应到位", "预算", "批复");
                return both("numerator", arrived, "denominator", planned);
            }
            default -> {
                Quantity actual = last(all, money, "实际", "决算", "支出", "采购");
                Quantity budget = pick(all, quantity -> money(quantity) && quantity != actual, "预算", "批复");
                return both("numerator", actual, "denominator", budget);
            }
        }
    }

    private static Quantity last(List<Quantity> quantities, Predicate<Quantity> filter, String... words) {
        for (String word : words) {
            for (int index = quantities.size() - 1; index >= 0; index--) {
                Quantity quantity = quantities.get(index);
                if (filter.test(quantity) && quantity.clause().contains(word)) {
                    return quantity;
                }
            }
        }
        return null;
    }

    private static List<Input> both(String roleA, Quantity a, String roleB, Quantity b) {
        if (a == null || b == null || a == b) {
            return null;
        }
        return List.of(input(roleA, a), input(roleB, b));
    }
}
