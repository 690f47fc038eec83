package org.jixiao.core.disclosure;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The things a 情况说明 speaks of, by the words it uses for them, and where each one's figure is printed in the tables:
 * 收、支总计 is the 总计 of the 收入支出决算总表, 基本支出 the 基本支出 of the 合计 row of the 支出决算表 (or, under a heading
 * about 一般公共预算, of the 一般公共预算财政拨款支出决算表), 科学技术支出（类）…行政运行（项） that row of the table by 科目.
 * A thing that no table prints (机关运行经费, 政府采购 …) is known as such, so that its sentence is listed as not checked
 * against the tables rather than matched to something else.
 */
final class Concepts {
    /** Where a figure may be printed: a table role, a row and a column. */
    record Place(TableRole role, RowKey row, Measure measure) {}

    /**
     * A thing named: its name, the words that name it, the places its figure may be printed in (in order of preference),
     * or, for a 科目 named by its 类/款/项 names, those names; {@code start}/{@code end} for a mention found in a sentence.
     */
    record Concept(String name, Pattern pattern, List<Place> places, List<String> path, boolean inTables, int start, int end, boolean byHeading) {
        Concept(String name, Pattern pattern, List<Place> places, List<String> path, boolean inTables, int start, int end) {
            this(name, pattern, places, path, inTables, start, end, false);
        }

        boolean isSubject() {
            return !path.isEmpty();
        }
    }

    private static final List<Concept> ALL = new ArrayList<>();

    private static void add(String name, String words, Place... places) {
        ALL.add(new Concept(name, Pattern.compile(words), List.of(places), List.of(), true, 0, 0));
    }

    /**
     * A thing whose places are different figures of the same name, chosen by the heading the sentence stands under: the
     * 基本支出 of all funds (支出决算表) or of 一般公共预算 (一般公共预算财政拨款支出决算表, 基本支出明细表).
     */
    private static void byHeading(String name, String words, Place... places) {
        ALL.add(new Concept(name, Pattern.compile(words), List.of(places), List.of(), true, 0, 0, true));
    }

    private static void outside(String name, String words) {
        ALL.add(new Concept(name, Pattern.compile(words), List.of(), List.of(), false, 0, 0));
    }

    private static Place line(TableRole role, Line line, Measure measure) {
        return new Place(role, RowKey.line(line), measure);
    }

    private static Place total(TableRole role, Measure measure) {
        return new Place(role, RowKey.line(Line.TOTAL), measure);
    }

    static {
        TableRole s = TableRole.SUMMARY;
        add("财政拨款收、支总计", "财政拨款收[、，]?支(?:决算|预算)?总计|财政拨款收入支出(?:决算|预算)?总计|财政拨款收入总计|财政拨款支出总计|财政拨款收支总额",
                line(TableRole.FISCAL_SUMMARY, Line.INCOME_GRAND_TOTAL, Measure.AMOUNT));
        add("收、支总计", "收[、，]?支(?:决算|预算)?总计|收入支出(?:决算|预算)?总计|收入总计|支出总计|收支总(?:预算|额)|收入、支出总计",
                line(s, Line.INCOME_GRAND_TOTAL, Measure.AMOUNT));
        add("本年收入合计", "(?:本年)?收入(?:决算|预算)?(?:合计|总额)|本年收入(?=[\\d为共计])|总收入|收入共计|收入为(?=\\d)",
                line(s, Line.INCOME_TOTAL, Measure.AMOUNT), total(TableRole.INCOME, Measure.TOTAL));
        add("本年支出合计", "(?:本年)?支出(?:决算|预算)?(?:合计|总额)|本年支出(?=[\\d为共计])|总支出|支出共计|支出为(?=\\d)",
                line(s, Line.EXPENDITURE_TOTAL, Measure.AMOUNT), total(TableRole.EXPENDITURE, Measure.TOTAL));
        add("一般公共预算财政拨款收入", "一般公共预算(?:财政)?拨款收入", line(s, Line.INCOME_GENERAL_PUBLIC, Measure.AMOUNT),
                line(TableRole.FISCAL_SUMMARY, Line.INCOME_GENERAL_PUBLIC, Measure.AMOUNT), total(TableRole.INCOME, Measure.GENERAL_PUBLIC));
        add("政府性基金预算财政拨款收入", "政府性基金预算(?:财政)?拨款收入", line(s, Line.INCOME_GOVERNMENT_FUND, Measure.AMOUNT),
                line(TableRole.FISCAL_SUMMARY, Line.INCOME_GOVERNMENT_FUND, Measure.AMOUNT), total(TableRole.INCOME, Measure.GOVERNMENT_FUND));
        add("国有资本经营预算财政拨款收入", "国有资本经营预算(?:财政)?拨款收入", line(s, Line.INCOME_STATE_CAPITAL, Measure.AMOUNT),
                line(TableRole.FISCAL_SUMMARY, Line.INCOME_STATE_CAPITAL, Measure.AMOUNT), total(TableRole.INCOME, Measure.STATE_CAPITAL));
        add("财政拨款收入", "财政拨款收入|财政拨款(?=[\\d为共计])", line(s, Line.INCOME_FISCAL, Measure.AMOUNT),
                total(TableRole.INCOME, Measure.FISCAL), line(TableRole.FISCAL_SUMMARY, Line.INCOME_TOTAL, Measure.AMOUNT));
        add("上级补助收入", "上级补助收入", line(s, Line.INCOME_SUPERIOR, Measure.AMOUNT), total(TableRole.INCOME, Measure.SUPERIOR));
        add("事业收入", "(?<!经营)事业收入", line(s, Line.INCOME_BUSINESS, Measure.AMOUNT), total(TableRole.INCOME, Measure.BUSINESS));
        add("经营收入", "经营收入", line(s, Line.INCOME_OPERATING, Measure.AMOUNT), total(TableRole.INCOME, Measure.OPERATING_INCOME));
        add("附属单位上缴收入", "附属单位上缴收入", line(s, Line.INCOME_AFFILIATED, Measure.AMOUNT),
                total(TableRole.INCOME, Measure.AFFILIATED_INCOME));
        add("其他收入", "其他收入", line(s, Line.INCOME_OTHER, Measure.AMOUNT), total(TableRole.INCOME, Measure.OTHER_INCOME));
        add("使用非财政拨款结余", "使用非财政拨款结余", line(s, Line.USE_OF_NON_FISCAL_BALANCE, Measure.AMOUNT));
        add("年初结转和结余", "(?<!财政拨款)年初结转和结余|上年结转(?:结余)?", line(s, Line.OPENING_BALANCE, Measure.AMOUNT));
        add("年末结转和结余", "(?<!财政拨款)年末结转和结余|结转下年", line(s, Line.CLOSING_BALANCE, Measure.AMOUNT));
        add("结余分配", "结余分配", line(s, Line.SURPLUS_DISTRIBUTION, Measure.AMOUNT));
        add("一般公共预算财政拨款基本支出", "一般公共预算(?:财政)?(?:拨款)?基本支出", total(TableRole.GENERAL_PUBLIC, Measure.BASIC),
                total(TableRole.BASIC, Measure.TOTAL));
        add("一般公共预算财政拨款项目支出", "一般公共预算(?:财政)?(?:拨款)?项目支出", total(TableRole.GENERAL_PUBLIC, Measure.PROJECT));
        add("一般公共预算财政拨款支出", "一般公共预算(?:财政)?拨款(?:支出)?(?!收入|基本|项目)|一般公共预算支出", total(TableRole.GENERAL_PUBLIC, Measure.TOTAL),
                line(TableRole.FISCAL_SUMMARY, Line.EXPENDITURE_TOTAL, Measure.GENERAL_PUBLIC));
        add("政府性基金预算财政拨款支出", "政府性基金预算(?:财政)?(?:拨款)?支出", total(TableRole.GOVERNMENT_FUND, Measure.EXPENDITURE),
                total(TableRole.GOVERNMENT_FUND, Measure.TOTAL), line(TableRole.FISCAL_SUMMARY, Line.EXPENDITURE_TOTAL, Measure.GOVERNMENT_FUND));
        add("国有资本经营预算财政拨款支出", "国有资本经营预算(?:财政)?(?:拨款)?支出", total(TableRole.STATE_CAPITAL, Measure.TOTAL),
                line(TableRole.FISCAL_SUMMARY, Line.EXPENDITURE_TOTAL, Measure.STATE_CAPITAL));
        byHeading("基本支出", "基本支出", total(TableRole.EXPENDITURE, Measure.BASIC), total(TableRole.GENERAL_PUBLIC, Measure.BASIC),
                total(TableRole.BASIC, Measure.TOTAL));
        byHeading("项目支出", "项目支出", total(TableRole.EXPENDITURE, Measure.PROJECT), total(TableRole.GENERAL_PUBLIC, Measure.PROJECT));
        add("上缴上级支出", "上缴上级支出", total(TableRole.EXPENDITURE, Measure.UPPER));
        add("经营支出", "经营支出", total(TableRole.EXPENDITURE, Measure.OPERATING));
        add("对附属单位补助支出", "对附属单位补助支出", total(TableRole.EXPENDITURE, Measure.AFFILIATED));
        add("人员经费", "人员经费", total(TableRole.BASIC, Measure.PERSONNEL));
        add("公用经费", "(?<!日常)公用经费", total(TableRole.BASIC, Measure.PUBLIC_FUNDS));
        add("“三公”经费", "[“\"]?三公[”\"]?经费(?:支出)?(?:合计)?", line(TableRole.THREE_PUBLIC, Line.THREE_TOTAL, Measure.ACTUAL));
        add("因公出国（境）费", "因公出国[（(]境[)）](?:经)?费", line(TableRole.THREE_PUBLIC, Line.OVERSEAS, Measure.ACTUAL));
        add("公务用车购置及运行维护费", "公务用车购置及运行(?:维护)?费", line(TableRole.THREE_PUBLIC, Line.VEHICLES, Measure.ACTUAL));
        add("公务用车购置费", "公务用车购置(?:费|支出)|购置公务用车(?:支出)?|车辆购置费", line(TableRole.THREE_PUBLIC, Line.VEHICLE_PURCHASE, Measure.ACTUAL));
        add("公务用车运行维护费", "公务用车运行(?:维护)?费|车辆运行(?:维护)?费|运行维护费", line(TableRole.THREE_PUBLIC, Line.VEHICLE_OPERATION, Measure.ACTUAL));
        add("公务接待费", "公务接待费", line(TableRole.THREE_PUBLIC, Line.RECEPTION, Measure.ACTUAL));
        outside("国内、国（境）外接待费", "国内(?:公务)?接待费|国[（(]境[)）]外(?:公务)?接待费|外事接待费");
        outside("机关运行经费", "机关运行经费");
        outside("政府采购", "政府采购|授予中小企业|授予小微企业|采购(?:货物|工程|服务)");
        outside("国有资产", "国有资产|固定资产|车辆\\d|单价\\d");
        outside("预算绩效", "绩效自评|绩效评价|自评|预算资金|涉及(?:预算)?资金|项目支出总额|全年预算数|执行数|预算项目");
        outside("会议费、培训费", "会议费|培训费");
    }

    /**
     * Other figures a name is used for in real texts ("收支总计" for 本年收入合计 when nothing was carried over,
     * "财政拨款收入总计" for 财政拨款收入): a stated amount that equals one of them is not an error.
     */
    private static final java.util.Map<String, List<Place>> ALSO = java.util.Map.of(
            "收、支总计", List.of(line(TableRole.SUMMARY, Line.INCOME_TOTAL, Measure.AMOUNT), line(TableRole.SUMMARY, Line.EXPENDITURE_TOTAL, Measure.AMOUNT)),
            "财政拨款收、支总计", List.of(line(TableRole.FISCAL_SUMMARY, Line.INCOME_TOTAL, Measure.AMOUNT),
                    line(TableRole.SUMMARY, Line.INCOME_FISCAL, Measure.AMOUNT)),
            "本年收入合计", List.of(line(TableRole.SUMMARY, Line.INCOME_GRAND_TOTAL, Measure.AMOUNT)),
            "本年支出合计", List.of(line(TableRole.SUMMARY, Line.EXPENDITURE_GRAND_TOTAL, Measure.AMOUNT)),
            "财政拨款收入", List.of(line(TableRole.FISCAL_SUMMARY, Line.INCOME_GRAND_TOTAL, Measure.AMOUNT)));

    private Concepts() {}

    static List<Concept> all() {
        return ALL;
    }

    /** Every place a thing's figure may be printed, whatever the heading, and the other figures its name is used for. */
    static List<Place> everyPlace(Concept concept) {
        List<Place> places = new ArrayList<>(concept.places());
        places.addAll(ALSO.getOrDefault(concept.name(), List.of()));
        return places;
    }

    private static final Pattern PATH = Pattern.compile(
            "([\\u4e00-\\u9fa5（）()、]+?)[（(]类[)）](?:([\\u4e00-\\u9fa5（）()、]+?)[（(]款[)）])?(?:([\\u4e00-\\u9fa5（）()、]+?)[（(]项[)）])?");

    /**
     * The 科目 a sentence names: "科学技术支出（类）科学技术管理事务（款）行政运行（项）", "住房保障支出（类）", or a 类 by its
     * plain name ("社会保障和就业支出").
     */
    static List<Concept> subjects(String text) {
        List<Concept> found = new ArrayList<>();
        Matcher path = PATH.matcher(text);
        while (path.find()) {
            List<String> names = new ArrayList<>();
            String first = path.group(1).replaceFirst("^.*?[、，：:]", "").replaceFirst("^(?:\\d+[、.．]|[一二三四五六七八九十]+、)", "");
            names.add(first);
            if (path.group(2) != null) {
                names.add(path.group(2));
            }
            if (path.group(3) != null) {
                names.add(path.group(3));
            }
            String name = String.join("/", names);
            found.add(new Concept(name, null, List.of(), names, true, path.start(), path.end()));
        }
        for (String cls : FunctionClasses.names()) {
            int at = text.indexOf(cls);
            while (at >= 0) {
                final int from = at;
                boolean covered = found.stream().anyMatch(c -> c.start() <= from && from < c.end());
                if (!covered) {
                    found.add(new Concept(cls, null, List.of(), List.of(cls), true, at, at + cls.length()));
                }
                at = text.indexOf(cls, at + cls.length());
            }
        }
        return found;
    }
}
