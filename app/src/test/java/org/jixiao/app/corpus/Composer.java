package org.jixiao.app.corpus;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.jixiao.app.corpus.Printed.Fig;
import org.jixiao.app.corpus.Printed.Src;

/**
 * Writes a {@link Printed} evaluation as a report: cover, 摘要, 基本情况 with the budget and project tables, the
 * indicator system and grade bands, the conclusion with the score tables, the analysis per indicator with formulaic
 * lines, the survey, prose, and the 附件 评分表 — each part present, placed and worded as the {@link Shape} says.
 * The prose comes from a generator seeded by the evaluation, so every copy of one evaluation reads the same.
 */
final class Composer {
    private static final String[] CHAPTER = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};
    private static final String[] CIRCLED = {"①", "②", "③", "④", "⑤", "⑥", "⑦", "⑧", "⑨", "⑩", "⑪", "⑫", "⑬", "⑭", "⑮", "⑯", "⑰", "⑱", "⑲", "⑳"};

    private final Printed p;
    private final Shape s;
    private final Evaluation ev;
    private final Doc doc;
    private final Random prose;
    private int chapter;
    private int tables;

    private Composer(Printed printed) {
        this.p = printed;
        this.s = printed.shape;
        this.ev = printed.ev;
        this.doc = new Doc(ev.title());
        this.prose = new Random(s.seed() + 1);
    }

    static Doc compose(Printed printed) {
        return new Composer(printed).compose();
    }

    private Doc compose() {
        doc.blocks.add(new Doc.Para(ev.title(), s.wordHeadings() ? 1 : 0, true, true));
        doc.para("委托单位：" + ev.client());
        doc.para("评价机构：" + ev.agency());
        doc.para("报告日期：" + (ev.year() + 1) + "年" + (3 + s.index() % 6) + "月");
        if (s.abstractFigures()) {
            doc.heading(1, "摘要", s.wordHeadings());
            doc.para(abstractText());
        }
        basics();
        method();
        conclusion();
        analysis();
        chapter("主要成效");
        doc.para(sentence(ACHIEVEMENTS) + sentence(ACHIEVEMENTS));
        chapter("存在的问题及原因分析");
        doc.para("（一）" + sentence(PROBLEMS));
        doc.para("（二）" + sentence(PROBLEMS));
        chapter("意见建议");
        doc.para("（一）" + sentence(SUGGESTIONS));
        doc.para("（二）" + sentence(SUGGESTIONS));
        if (s.annex()) {
            doc.heading(1, "附件", s.wordHeadings());
            caption(ev.subject() + "绩效评价评分表", true);
            doc.table(scoreTable(Src.ANNEX, p.tree(Src.ANNEX), s.totalLabel() == null ? "合计" : s.totalLabel()));
        }
        return doc;
    }

    // ---------------------------------------------------------------- chapters

    private void basics() {
        chapter("基本情况");
        section(1, s.kind() == Shape.Kind.DEPARTMENT ? "部门概况" : "项目概况");
        if (s.kind() == Shape.Kind.DEPARTMENT) {
            doc.para(ev.subject() + "内设综合科、财务科、业务科3个科室，主要负责本行业领域的规划、管理和服务工作。");
        } else {
            doc.para("该" + (s.kind() == Shape.Kind.FUND ? "专项资金" : "项目") + "由" + ev.place() + "相关部门组织实施，资金按照《项目支出绩效评价管理办法》（财预〔2020〕10号）的要求管理。");
        }
        for (Printed.Ratio ratio : p.ratios()) {
            if (ratio.key().equals("staff") || ratio.key().equals("funding")) {
                doc.para(ratioSentence(ratio));
            }
        }
        section(2, "预算及执行情况");
        for (Printed.Ratio ratio : p.ratios()) {
            if (ratio.key().equals("exec")) {
                doc.para(ratioSentence(ratio));
            }
        }
        if (s.budgetTable()) {
            caption(ev.year() + "年度预算执行情况表", false);
            doc.para("单位：万元");
            doc.table(budgetTable());
        }
        for (Printed.Ratio ratio : p.ratios()) {
            if (ratio.key().equals("office") || ratio.key().equals("three")) {
                doc.para(ratioSentence(ratio));
            }
        }
        if (s.projects()) {
            section(3, s.kind() == Shape.Kind.FUND ? "资金支持项目情况" : "重点项目情况");
            doc.para("纳入本次评价范围的项目及其评价结果见下表。");
            caption("项目评价结果汇总表", false);
            doc.para("单位：万元");
            doc.table(projectTable());
            doc.para(countSentence(p));
        }
    }

    private void method() {
        chapter("评价工作开展情况");
        section(1, "评价目的和依据");
        doc.para(sentence(PURPOSES) + "评价依据包括《中华人民共和国预算法》、《项目支出绩效评价管理办法》（财预〔2020〕10号）等。");
        section(2, "评价指标体系");
        StringBuilder system = new StringBuilder();
        if (s.indicatorCount()) {
            system.append(indicatorCountSentence(p));
        }
        system.append(weightsSentence());
        doc.para(system.toString());
        section(3, "评价标准");
        doc.para(ev.bands().sentence());
        section(4, "评价方法");
        doc.para("本次评价采用比较法、因素分析法、公众评判法等方法，通过资料审核、现场勘查、问卷调查和访谈等方式开展。");
    }

    private void conclusion() {
        chapter("综合评价结论");
        doc.para(totalSentence(p));
        if (s.summary()) {
            caption(s.index() % 2 == 0 ? "综合评价得分情况表" : "一级指标得分情况", false);
            doc.table(summaryTable());
        }
        if (!s.split()) {
            caption("绩效评价指标得分情况表", false);
            doc.table(scoreTable(Src.MAIN, p.tree(Src.MAIN), s.totalLabel()));
        }
    }

    private void analysis() {
        chapter(s.index() % 2 == 0 ? "评价指标分析" : "绩效分析");
        Node root = p.tree(Src.MAIN);
        int number = 0;
        for (Node first : root.children) {
            number++;
            doc.heading(2, "（" + CHAPTER[number - 1] + "）" + first.name + (s.index() % 2 == 0 ? "指标分析" : "情况"), s.wordHeadings());
            formula(first);
            List<String> names = first.children.stream().map(child -> child.name).toList();
            doc.para(first.name + "指标包括" + String.join("、", names) + names.size() + "个二级指标。" + sentence(EVIDENCE));
            if (s.split()) {
                caption(first.name + "指标得分情况", false);
                doc.table(scoreTable(Src.MAIN, first, s.index() % 2 == 0 ? "小计" : "合计"));
            }
            int second = 0;
            for (Node child : first.children) {
                second++;
                if (s.formulaDepth() >= 2) {
                    doc.heading(3, second + "." + child.name, s.wordHeadings());
                    formula(child);
                    doc.para(sentence(EVIDENCE));
                    int third = 0;
                    for (Node grandchild : child.children) {
                        third++;
                        if (s.formulaDepth() >= 3) {
                            doc.heading(4, "（" + third + "）" + grandchild.name, s.wordHeadings());
                            formula(grandchild);
                            doc.para(sentence(EVIDENCE));
                        }
                    }
                }
            }
        }
        if (s.survey()) {
            number++;
            doc.heading(2, "（" + CHAPTER[number - 1] + "）满意度调查情况", s.wordHeadings());
            doc.para(surveySentence(p));
            caption("满意度调查结果统计表", false);
            doc.table(surveyTable());
        }
    }

    private void formula(Node node) {
        if (p.prints(Src.FORMULA, node).isEmpty()) {
            return;
        }
        Node printed = p.node(Src.FORMULA, node.id);
        doc.blocks.add(new Doc.Para(formulaLine(p, printed), 0, s.htmlBold() && node.level == 1, false));
    }

    // ---------------------------------------------------------------- sentences (also used by the injector for truth rows)

    static String formulaLine(Printed p, Node node) {
        Shape s = p.shape;
        BigDecimal w = p.value(Src.FORMULA, node, Fig.W);
        BigDecimal sc = p.value(Src.FORMULA, node, Fig.S);
        BigDecimal r = p.value(Src.FORMULA, node, Fig.R);
        String ws = s.formulaTrimmed() ? Num.trim(w) : Num.fixed(w);
        String ss = s.formulaTrimmed() ? Num.trim(sc) : Num.fixed(sc);
        String rs = s.formulaTrimmed() ? Num.trim(r) : Num.fixed(r);
        return switch (s.formulaWording()) {
            case 0 -> "该指标分值" + ws + "分，评价得分" + ss + "分，得分率" + rs + "%。";
            case 1 -> "该项指标满分" + ws + "分，实际得分" + ss + "分，得分率为" + rs + "%。";
            default -> "本指标分值" + ws + "分，得分" + ss + "分，得分率" + rs + "%。";
        };
    }

    static String totalSentence(Printed p) {
        Evaluation ev = p.ev;
        String total = Num.fixed(p.total());
        return switch (p.shape.totalWording()) {
            case 0 -> "经综合评价，" + ev.subject() + ev.year() + "年度绩效评价综合得分为" + total + "分，评价等级为“" + p.grade() + "”。";
            case 1 -> ev.subject() + ev.year() + "年度绩效评价得分为" + total + "分，综合绩效级别为“" + p.grade() + "”。";
            default -> "本次评价综合评分" + total + "分，绩效评价等级为" + p.grade() + "。";
        };
    }

    /** The part of the total sentence that states the grade, as printed. */
    static String gradePhrase(Printed p) {
        return switch (p.shape.totalWording()) {
            case 0 -> "评价等级为“" + p.grade() + "”";
            case 1 -> "综合绩效级别为“" + p.grade() + "”";
            default -> "绩效评价等级为" + p.grade();
        };
    }

    String abstractText() {
        StringBuilder text = new StringBuilder("受" + ev.client() + "委托，" + ev.agency() + "对" + ev.subject() + ev.year() + "年度绩效情况开展了评价。经评价，综合得分"
                + Num.fixed(p.total()) + "分，评价等级为“" + p.grade() + "”");
        text.append("；").append(ev.year()).append("年度预算执行率为").append(Num.fixed(p.abstractExecRate != null ? p.abstractExecRate : p.execRate())).append("%");
        if (s.survey()) {
            text.append("；服务对象综合满意度为").append(Num.fixed(p.abstractSatisfaction != null ? p.abstractSatisfaction : p.satisfaction())).append("%");
        }
        return text.append("。").toString();
    }

    static String countSentence(Printed p) {
        Map<String, Integer> counts = p.projectCounts();
        int total = p.projectCountTotal();
        List<String> parts = new ArrayList<>();
        return switch (p.shape.countWording()) {
            case 0 -> {
                counts.forEach((grade, count) -> parts.add(count + "个" + grade));
                yield "评价的" + total + "个项目中，" + String.join("、", parts) + "。";
            }
            case 1 -> {
                counts.forEach((grade, count) -> parts.add("“" + grade + "”的" + count + "个"));
                yield "本次评价的" + total + "个项目中，评价等级为" + String.join("，", parts) + "。";
            }
            default -> {
                counts.forEach((grade, count) -> parts.add(parts.isEmpty() ? count + "个项目评价等级为" + grade : count + "个为" + grade));
                yield total + "个项目中，" + String.join("，", parts) + "。";
            }
        };
    }

    static String indicatorCountSentence(Printed p) {
        StringBuilder text = new StringBuilder("本次评价指标体系共设置");
        String[] names = {"", "一级", "二级", "三级", "四级", "五级"};
        List<String> parts = new ArrayList<>();
        p.indicatorCounts().forEach((level, count) -> parts.add(names[level] + "指标" + count + "个"));
        return text.append(String.join("、", parts)).append("。").toString();
    }

    private String weightsSentence() {
        List<String> parts = new ArrayList<>();
        for (Node first : p.tree(Src.SYSTEM).children) {
            parts.add(first.name + Num.trim(p.value(Src.SYSTEM, first, Fig.W)) + "分");
        }
        return "一级指标及分值为：" + String.join("、", parts) + "。";
    }

    static String ratioSentence(Printed p, Printed.Ratio ratio) {
        List<BigDecimal> in = ratio.inputs();
        String result = Num.fixed(ratio.result());
        int year = p.ev.year();
        return switch (ratio.key()) {
            case "exec" -> year + "年年初预算" + Num.money(in.get(0)) + "万元，全年预算" + Num.money(in.get(1)) + "万元，实际支出" + Num.money(in.get(2))
                    + "万元，预算执行率" + result + "%。";
            case "staff" -> p.ev.subject() + "核定编制" + in.get(0) + "人，实际在职" + in.get(1) + "人，在职人员控制率为" + result + "%。";
            case "office" -> "公用经费全年预算" + Num.money(in.get(0)) + "万元，实际支出" + Num.money(in.get(1)) + "万元，公用经费控制率为" + result + "%。";
            case "three" -> "本年度“三公”经费支出" + Num.money(in.get(0)) + "万元，上年支出" + Num.money(in.get(1)) + "万元，“三公”经费变动率为" + result + "%。";
            default -> "项目计划投入资金" + Num.money(in.get(0)) + "万元，实际到位资金" + Num.money(in.get(1)) + "万元，资金到位率为" + result + "%。";
        };
    }

    private String ratioSentence(Printed.Ratio ratio) {
        return ratioSentence(p, ratio);
    }

    static String surveySentence(Printed p) {
        int[] c = p.surveyCounts;
        return "本次满意度调查共发放问卷" + p.ev.survey().issued() + "份，回收有效问卷" + p.surveySentenceValid() + "份，其中非常满意" + c[0] + "份、满意" + c[1]
                + "份、基本满意" + c[2] + "份、不满意" + c[3] + "份，综合满意度为" + Num.fixed(p.satisfaction()) + "%（满意度=（非常满意+满意）÷有效问卷数）。";
    }

    // ---------------------------------------------------------------- tables

    private void caption(String text, boolean annex) {
        tables++;
        String label = annex ? "附表" : "表" + (s.captionStyle() == 2 ? " " : "") + tables;
        String separator = switch (s.captionStyle()) {
            case 0 -> " ";
            case 1 -> "：";
            default -> "  ";
        };
        doc.blocks.add(new Doc.Para(label + separator + text, 0, s.htmlBold(), true));
    }

    private String weight(BigDecimal value) {
        return s.integerWeights() ? Num.trim(value) : Num.fixed(value);
    }

    private static String percent(BigDecimal value) {
        return Num.fixed(value) + "%";
    }

    /**
     * The score table of a place: the whole tree under the root, or (split per 一级) the sub-tree of one 一级 indicator
     * ended by a row for it labelled {@code totalLabel}.
     */
    Doc.Table scoreTable(Src src, Node top, String totalLabel) {
        return s.names().separateColumns() ? separateTable(src, top, totalLabel) : oneColumnTable(src, top, totalLabel);
    }

    private Doc.Table separateTable(Src src, Node top, String totalLabel) {
        boolean perLevel = s.parentWeights() == Shape.ParentWeights.PER_LEVEL;
        int firstLevel = top.level + 1;
        int lastLevel = s.depth();
        int levels = lastLevel - firstLevel + 1;
        boolean rate = s.rateHeader() != null && !perLevel;
        String text = s.textHeader();
        List<String> header = new ArrayList<>();
        List<Integer> widths = new ArrayList<>();
        if (s.serial()) {
            header.add("序号");
            widths.add(5);
        }
        int firstName = header.size();
        String[] levelNames = {"", "一级指标", "二级指标", "三级指标", "四级指标", "五级指标"};
        for (int level = firstLevel; level <= lastLevel; level++) {
            header.add(levelNames[level]);
            widths.add(14);
            if (perLevel) {
                header.add(s.weightHeader());
                widths.add(8);
            }
        }
        int afterNames = header.size();
        if (perLevel && levels >= 4) {
            text = null;
        }
        int textColumn = -1;
        int weightColumn = -1;
        if (text != null && (s.textBeforeWeight() || perLevel)) {
            textColumn = header.size();
            header.add(text);
            widths.add(20);
        }
        if (!perLevel) {
            weightColumn = header.size();
            header.add(s.weightHeader());
            widths.add(8);
        }
        if (text != null && !s.textBeforeWeight() && !perLevel) {
            textColumn = header.size();
            header.add(text);
            widths.add(20);
        }
        int scoreColumn = header.size();
        header.add(s.scoreHeader());
        widths.add(8);
        int rateColumn = -1;
        if (rate) {
            rateColumn = header.size();
            header.add(s.rateHeader());
            widths.add(9);
        }
        Doc.TableBuilder table = new Doc.TableBuilder(header.size());
        int headerRows = header(table, header, firstName, afterNames, perLevel);
        List<List<String>> keys = new ArrayList<>();
        for (int c = 0; c < header.size(); c++) {
            keys.add(new ArrayList<>());
        }
        int serial = 0;
        List<Node> leaves = top.leaves();
        for (int i = 0; i < leaves.size(); i++) {
            Node leaf = leaves.get(i);
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < header.size(); c++) {
                cells.add("");
            }
            String[] rowKeys = new String[header.size()];
            if (s.serial()) {
                cells.set(0, String.valueOf(++serial));
            }
            int column = firstName;
            int spanFrom = -1;
            for (int level = firstLevel; level <= lastLevel; level++) {
                Node at = leaf.ancestorAt(level);
                if (at != null) {
                    boolean inName = s.parentWeights() == Shape.ParentWeights.IN_NAMES && !at.isLeaf();
                    cells.set(column, at.name + (inName ? weightInName(p.value(src, at, Fig.W)) : ""));
                    rowKeys[column] = at.isLeaf() ? null : at.id;
                    if (perLevel) {
                        cells.set(column + 1, weight(p.value(src, at, Fig.W)));
                        rowKeys[column + 1] = at.isLeaf() ? null : at.id;
                    }
                } else {
                    Shape.Shallow shallow = perLevel && s.shallow() == Shape.Shallow.SPAN ? Shape.Shallow.DASH : s.shallow();
                    String filler = shallow == Shape.Shallow.DASH ? (s.index() % 2 == 0 ? "—" : "/") : "";
                    cells.set(column, filler);
                    if (perLevel) {
                        cells.set(column + 1, filler);
                    }
                    if (shallow == Shape.Shallow.SPAN && spanFrom < 0) {
                        spanFrom = column - 1;
                    }
                }
                column += perLevel ? 2 : 1;
            }
            if (weightColumn >= 0) {
                cells.set(weightColumn, weight(p.value(src, leaf, Fig.W)));
            }
            if (textColumn >= 0) {
                cells.set(textColumn, leaf.text);
            }
            cells.set(scoreColumn, Num.fixed(p.value(src, leaf, Fig.S)));
            if (rateColumn >= 0) {
                cells.set(rateColumn, percent(p.value(src, leaf, Fig.R)));
            }
            int row = table.row(cells);
            if (spanFrom >= 0) {
                table.merge(row, spanFrom, 1, afterNames - spanFrom);
            }
            for (int c = 0; c < header.size(); c++) {
                keys.get(c).add(rowKeys[c]);
            }
            boolean lastOfFirst = top.level == 0 && (i + 1 == leaves.size() || !leaves.get(i + 1).ancestorAt(1).id.equals(leaf.ancestorAt(1).id));
            if (lastOfFirst && p.hasSubtotalRow(src)) {
                Node first = leaf.ancestorAt(1);
                List<String> sub = new ArrayList<>();
                for (int c = 0; c < header.size(); c++) {
                    sub.add("");
                }
                sub.set(firstName, first.name + (s.parentWeights() == Shape.ParentWeights.IN_NAMES ? weightInName(p.value(src, first, Fig.W)) : ""));
                sub.set(firstName + 1, "小计");
                totals(sub, src, first, weightColumn, scoreColumn, rateColumn);
                int subRow = table.row(sub);
                table.boldRow(subRow);
                if (afterNames - firstName - 1 > 1) {
                    table.merge(subRow, firstName + 1, 1, afterNames - firstName - 1);
                }
                for (int c = 0; c < header.size(); c++) {
                    keys.get(c).add(c == firstName ? first.id : null);
                }
            }
        }
        for (int c = firstName; c < afterNames; c++) {
            table.mergeRuns(c, headerRows, keys.get(c), s.names() == Shape.Names.MERGED, s.names() == Shape.Names.BLANK_BELOW);
        }
        boolean totalRow = top.level == 1 || p.hasTotalRow(src) && top.level == 0;
        if (totalRow && totalLabel != null) {
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < header.size(); c++) {
                cells.add("");
            }
            cells.set(0, totalLabel);
            int row;
            if (perLevel) {
                cells.set(firstName + 1, weight(p.value(src, top, Fig.W)));
                cells.set(scoreColumn, Num.fixed(p.value(src, top, Fig.S)));
                row = table.row(cells);
                if (firstName + 1 > 1) {
                    table.merge(row, 0, 1, firstName + 1);
                }
                if (scoreColumn - (firstName + 2) > 1) {
                    table.merge(row, firstName + 2, 1, scoreColumn - (firstName + 2));
                }
            } else {
                totals(cells, src, top, weightColumn, scoreColumn, rateColumn);
                row = table.row(cells);
                int span = textColumn >= 0 && textColumn < weightColumn ? textColumn + 1 : afterNames;
                table.merge(row, 0, 1, span);
            }
            table.boldRow(row);
        }
        return table.build(widths.stream().mapToInt(Integer::intValue).toArray(), s.horizontalRulesOnly());
    }

    private void totals(List<String> cells, Src src, Node node, int weightColumn, int scoreColumn, int rateColumn) {
        if (weightColumn >= 0) {
            cells.set(weightColumn, weight(p.value(src, node, Fig.W)));
        }
        cells.set(scoreColumn, Num.fixed(p.value(src, node, Fig.S)));
        if (rateColumn >= 0) {
            cells.set(rateColumn, percent(p.value(src, node, Fig.R)));
        }
    }

    private String weightInName(BigDecimal weight) {
        return s.index() % 2 == 0 ? "（" + Num.trim(weight) + "分）" : " (" + Num.trim(weight) + ")";
    }

    /** The header: one row, or two with 评价指标 over the name columns. Returns the number of header rows. */
    private int header(Doc.TableBuilder table, List<String> header, int firstName, int afterNames, boolean perLevel) {
        if (!s.twoRowHeader() || afterNames - firstName < 2 || perLevel) {
            table.row(header);
            table.header(1);
            return 1;
        }
        List<String> top = new ArrayList<>(header);
        top.set(firstName, s.levelHeader());
        table.row(top);
        table.row(header);
        table.header(2);
        for (int c = 0; c < header.size(); c++) {
            if (c < firstName || c >= afterNames) {
                table.merge(0, c, 2, 1);
            }
        }
        table.merge(0, firstName, 1, afterNames - firstName);
        return 2;
    }

    private Doc.Table oneColumnTable(Src src, Node top, String totalLabel) {
        boolean numberColumn = s.names() == Shape.Names.NUMBER_COLUMN;
        String text = s.textHeader();
        List<String> header = new ArrayList<>();
        List<Integer> widths = new ArrayList<>();
        if (numberColumn) {
            header.add("序号");
            widths.add(6);
        }
        int nameColumn = header.size();
        header.add(s.levelHeader());
        widths.add(26);
        int textColumn = -1;
        if (text != null && s.textBeforeWeight()) {
            textColumn = header.size();
            header.add(text);
            widths.add(20);
        }
        int weightColumn = header.size();
        header.add(s.weightHeader());
        widths.add(8);
        if (text != null && !s.textBeforeWeight()) {
            textColumn = header.size();
            header.add(text);
            widths.add(20);
        }
        int scoreColumn = header.size();
        header.add(s.scoreHeader());
        widths.add(8);
        int rateColumn = -1;
        if (s.rateHeader() != null) {
            rateColumn = header.size();
            header.add(s.rateHeader());
            widths.add(9);
        }
        Doc.TableBuilder table = new Doc.TableBuilder(header.size());
        if (s.twoRowHeader()) {
            List<String> first = new ArrayList<>(header);
            for (int c = weightColumn; c < header.size(); c++) {
                first.set(c, c == weightColumn ? "评价得分情况" : "");
            }
            table.row(first);
            table.row(header);
            table.header(2);
            for (int c = 0; c < weightColumn; c++) {
                table.merge(0, c, 2, 1);
            }
            if (textColumn > weightColumn) {
                // a text column between the numbers: the group header covers the numbers only
                table.text(0, weightColumn, s.weightHeader());
                table.text(1, weightColumn, "");
                table.merge(0, weightColumn, 2, 1);
                table.merge(0, textColumn, 2, 1);
                table.text(0, scoreColumn, "评价得分情况");
                if (header.size() - scoreColumn > 1) {
                    table.merge(0, scoreColumn, 1, header.size() - scoreColumn);
                }
            } else {
                table.merge(0, weightColumn, 1, header.size() - weightColumn);
            }
        } else {
            table.row(header);
            table.header(1);
        }
        for (Node node : top.preorder()) {
            if (node == top) {
                continue;
            }
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < header.size(); c++) {
                cells.add("");
            }
            String number = numbering(node);
            int relative = node.level - top.level - 1;
            switch (s.names()) {
                case NUMBERED -> cells.set(nameColumn, number + node.name);
                case NUMBER_COLUMN -> {
                    cells.set(0, number.replace("、", "").replace(".", ""));
                    cells.set(nameColumn, node.name);
                }
                default -> cells.set(nameColumn, node.name);
            }
            cells.set(weightColumn, weight(p.value(src, node, Fig.W)));
            cells.set(scoreColumn, Num.fixed(p.value(src, node, Fig.S)));
            if (rateColumn >= 0) {
                cells.set(rateColumn, percent(p.value(src, node, Fig.R)));
            }
            if (textColumn >= 0 && node.isLeaf()) {
                cells.set(textColumn, node.text);
            }
            int row = table.row(cells);
            if (s.names() == Shape.Names.INDENTED) {
                table.setIndent(row, nameColumn, relative);
            }
            if (node.level == 1 && s.htmlBold()) {
                table.boldRow(row);
            }
        }
        boolean totalRow = top.level == 1 || p.hasTotalRow(src) && top.level == 0;
        if (totalRow && totalLabel != null) {
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < header.size(); c++) {
                cells.add("");
            }
            cells.set(0, totalLabel);
            totals(cells, src, top, weightColumn, scoreColumn, rateColumn);
            int row = table.row(cells);
            int span = textColumn >= 0 && textColumn < weightColumn ? textColumn + 1 : weightColumn;
            if (span > 1) {
                table.merge(row, 0, 1, span);
            }
            table.boldRow(row);
        }
        return table.build(widths.stream().mapToInt(Integer::intValue).toArray(), s.horizontalRulesOnly());
    }

    /** 一、/（一）/1./(1)/① by level, counted among siblings. */
    private static String numbering(Node node) {
        int index = node.parent.children.indexOf(node) + 1;
        return switch (node.level) {
            case 1 -> CHAPTER[index - 1] + "、";
            case 2 -> "（" + CHAPTER[index - 1] + "）";
            case 3 -> index + ".";
            case 4 -> "(" + index + ")";
            default -> CIRCLED[index - 1];
        };
    }

    private Doc.Table summaryTable() {
        boolean rate = s.rateHeader() != null;
        List<String> header = new ArrayList<>(List.of(s.index() % 2 == 0 ? "评价内容" : "一级指标", s.weightHeader(), s.scoreHeader()));
        if (rate) {
            header.add(s.rateHeader());
        }
        Doc.TableBuilder table = new Doc.TableBuilder(header.size());
        table.row(header);
        table.header(1);
        Node root = p.tree(Src.SUMMARY);
        for (Node first : root.children) {
            List<String> cells = new ArrayList<>(List.of(first.name, weight(p.value(Src.SUMMARY, first, Fig.W)), Num.fixed(p.value(Src.SUMMARY, first, Fig.S))));
            if (rate) {
                cells.add(percent(p.value(Src.SUMMARY, first, Fig.R)));
            }
            table.row(cells);
        }
        List<String> total = new ArrayList<>(List.of(s.index() % 3 == 0 ? "合计" : "综合得分", weight(p.value(Src.SUMMARY, root, Fig.W)),
                Num.fixed(p.value(Src.SUMMARY, root, Fig.S))));
        if (rate) {
            total.add(percent(p.value(Src.SUMMARY, root, Fig.R)));
        }
        table.boldRow(table.row(total));
        if (s.summaryGradeRow()) {
            int row = table.row(List.of(s.index() % 2 == 0 ? "综合绩效级别" : "评价等级", p.grade()));
            table.merge(row, 1, 1, header.size() - 1);
        }
        int[] widths = rate ? new int[] {20, 10, 10, 10} : new int[] {20, 10, 10};
        return table.build(widths, s.horizontalRulesOnly());
    }

    private Doc.Table budgetTable() {
        Doc.TableBuilder table = new Doc.TableBuilder(5);
        table.row(List.of(s.kind() == Shape.Kind.DEPARTMENT ? "项目" : "资金来源", "年初预算", "全年预算", "实际支出", "执行率"));
        table.header(1);
        boolean first = true;
        for (Printed.BudgetLine line : p.budget) {
            String label = line.label;
            if (line.part) {
                label = first ? "其中：" + label : label;
                first = false;
            }
            int row = table.row(List.of(label, Num.money(line.initial), Num.money(line.full), Num.money(line.actual), percent(line.rate())));
            if (line.part) {
                table.setIndent(row, 0, 1);
            }
        }
        BigDecimal full = p.budgetTotal("full");
        BigDecimal actual = p.budgetTotal("actual");
        table.boldRow(table.row(List.of("合计", Num.money(p.budgetTotal("initial")), Num.money(full), Num.money(actual), percent(Num.rate(actual, full)))));
        return table.build(new int[] {16, 11, 11, 11, 9}, s.horizontalRulesOnly());
    }

    private Doc.Table projectTable() {
        Doc.TableBuilder table = new Doc.TableBuilder(7);
        table.row(List.of("序号", "项目名称", "预算数", "执行数", "执行率", "得分", "等级"));
        table.header(1);
        int number = 0;
        for (Printed.ProjectRow project : p.projects) {
            table.row(List.of(String.valueOf(++number), project.name, Num.money(project.budget), Num.money(project.executed), percent(project.rate()),
                    Num.fixed(project.score), project.grade));
        }
        BigDecimal budget = p.projectTotalBudget();
        BigDecimal executed = p.projectTotalExecuted();
        int row = table.row(List.of("合计", "", Num.money(budget), Num.money(executed), percent(Num.rate(executed, budget)), "—", "—"));
        table.merge(row, 0, 1, 2);
        table.boldRow(row);
        return table.build(new int[] {5, 22, 11, 11, 9, 8, 7}, s.horizontalRulesOnly());
    }

    private Doc.Table surveyTable() {
        Doc.TableBuilder table = new Doc.TableBuilder(3);
        table.row(List.of("选项", "人数（份）", "占比"));
        table.header(1);
        for (int i = 0; i < 4; i++) {
            table.row(List.of(Evaluation.Survey.OPTIONS.get(i), String.valueOf(p.surveyCounts[i]), percent(p.surveyShare(i))));
        }
        table.boldRow(table.row(List.of("合计", String.valueOf(p.surveyTableValid()), "100.00%")));
        return table.build(new int[] {14, 10, 10}, s.horizontalRulesOnly());
    }

    // ---------------------------------------------------------------- headings and prose

    private void chapter(String title) {
        doc.heading(1, CHAPTER[chapter++] + "、" + title, s.wordHeadings());
    }

    private void section(int number, String title) {
        doc.heading(2, "（" + CHAPTER[number - 1] + "）" + title, s.wordHeadings());
    }

    private String sentence(List<String> bank) {
        return bank.get(prose.nextInt(bank.size()));
    }

    private static final List<String> ACHIEVEMENTS = List.of("各项工作按计划推进，主要任务基本完成。", "资金使用总体规范，预算管理水平有所提升。",
            "服务对象获得感明显增强，社会反响良好。", "制度建设持续完善，内部管理进一步规范。");
    private static final List<String> PROBLEMS = List.of("绩效目标设置不够细化，部分指标缺少量化标准。", "预算执行进度不均衡，年末支出较为集中。",
            "部分项目资料归档不够完整，佐证材料不充分。", "资产管理不够规范，账实核对不够及时。");
    private static final List<String> SUGGESTIONS = List.of("进一步细化量化绩效目标，提高指标的可衡量性。", "加强预算执行监控，均衡支出进度。",
            "健全档案管理制度，完善佐证资料。", "强化资产日常管理，定期开展清查盘点。");
    private static final List<String> PURPOSES = List.of("通过评价，全面了解资金使用和管理情况，总结经验，发现问题，提高财政资金使用效益。",
            "本次评价旨在客观反映预算资金的投入、管理和使用效果，为以后年度预算安排提供参考。");
    private static final List<String> EVIDENCE = List.of("经查阅相关资料，相关工作开展较为规范。", "评价组通过现场核查和资料审核，了解了该项工作的完成情况。",
            "相关制度基本健全，但执行中仍存在不足。", "年度任务基本完成，部分工作进度略有滞后。", "佐证资料较为完整，工作成效较为明显。");
}
