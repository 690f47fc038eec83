package org.jixiao.app.corpus;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The choices that make one generated report unlike the others: the kind of evaluation, the size of its indicator
 * tree, how the score table is laid out, which other tables and sentences the report carries and how it words them.
 * {@link #plan(int)} assigns them by index so that every choice occurs in several reports (see {@link #features()}).
 */
record Shape(
        int index,
        Kind kind,
        int framework,
        int depth,
        int targetLeaves,
        int targetBand,
        Names names,
        ParentWeights parentWeights,
        boolean mixedDepth,
        Shallow shallow,
        boolean serial,
        String levelHeader,
        String weightHeader,
        String scoreHeader,
        String rateHeader,
        String textHeader,
        boolean textBeforeWeight,
        boolean twoRowHeader,
        boolean subtotals,
        String totalLabel,
        boolean split,
        boolean annex,
        boolean summary,
        boolean summaryGradeRow,
        boolean projects,
        int countWording,
        boolean indicatorCount,
        boolean ratios,
        boolean budgetTable,
        boolean survey,
        boolean abstractFigures,
        int formulaDepth,
        int formulaWording,
        boolean formulaTrimmed,
        int bandWording,
        int cutOffs,
        boolean longGradeWords,
        boolean integerWeights,
        boolean wordHeadings,
        boolean horizontalRulesOnly,
        boolean htmlBold,
        int captionStyle,
        int totalWording) {

    /** What is evaluated: the framework of 一级 indicators follows from it. */
    enum Kind { DEPARTMENT, PROJECT, FUND }

    /** How the levels of the indicator tree are shown in the score table. */
    enum Names {
        /** one column per level, a parent's name in one cell merged over its rows (vMerge / rowspan) */
        MERGED,
        /** one column per level, a parent's name repeated on every row */
        REPEATED,
        /** one column per level, a parent's name on its first row only, blank below */
        BLANK_BELOW,
        /** one column, every indicator a row, numbered 一、/（一）/1./(1)/① in the name */
        NUMBERED,
        /** one column of names and a 序号 column holding 一/（一）/1/(1)/① */
        NUMBER_COLUMN,
        /** one column, every indicator a row, the level shown by indentation only */
        INDENTED;

        boolean separateColumns() {
            return this == MERGED || this == REPEATED || this == BLANK_BELOW;
        }
    }

    /** Where a separate-column table prints the weights of parents. */
    enum ParentWeights { IN_NAMES, PER_LEVEL, NONE }

    /** How a separate-column table shows a leaf above the deepest level in the deeper name columns. */
    enum Shallow { DASH, SPAN, BLANK }

    static final int COUNT = 28;

    String id() {
        return String.format("g%02d", index + 1);
    }

    long seed() {
        return 20_260_000L + index * 7919L;
    }

    static List<Shape> plan() {
        List<Shape> shapes = new ArrayList<>();
        for (int i = 0; i < COUNT; i++) {
            shapes.add(plan(i));
        }
        return shapes;
    }

    static Shape plan(int i) {
        Kind kind = Kind.values()[i % 3];
        int framework = (i / 3) % Frameworks.count(kind);
        int depth = 3 + (i + i / 3) % 3;
        int firstLevel = Frameworks.of(kind, framework).names().size();
        int targetLeaves = Math.min(120, Math.max(20 + (i * 37) % 101, firstLevel << (depth - 1)));
        int targetBand = new int[] {0, 1, 1, 2, 0, 1, 0, 2, 1, 3, 1, 0, 2, 1}[i % 14];
        Names names = Names.values()[(i * 5 + i / 6) % 6];
        boolean separate = names.separateColumns();
        ParentWeights parentWeights = separate ? ParentWeights.values()[(i / 2) % 3] : ParentWeights.NONE;
        boolean mixedDepth = flag(i, 2, 1);
        Shallow shallow = Shallow.values()[(i / 4) % 3];
        boolean serial = separate && flag(i, 3, 0);
        String levelHeader = List.of("评价指标", "指标名称", "指标").get((i / 2) % 3);
        String weightHeader = List.of("分值", "权重", "标准分", "满分").get((i / 3) % 4);
        String scoreHeader = List.of("得分", "评价得分", "自评得分").get((i / 5 + i) % 3);
        String rateHeader = parentWeights == ParentWeights.PER_LEVEL ? null : new String[] {"得分率", "得分率", "完成率", null}[(i * 3 + 1) % 4];
        String textHeader = parentWeights == ParentWeights.PER_LEVEL ? "评分标准" : new String[] {null, "评分标准", "指标解释", "扣分说明", null}[(i * 3) % 5];
        boolean textBeforeWeight = flag(i, 1, 0);
        boolean twoRowHeader = parentWeights != ParentWeights.PER_LEVEL && flag(i, 4, 2);
        boolean subtotals = separate && flag(i, 2, 0);
        String totalLabel = new String[] {"合计", "总分", null, "合计", "总计"}[(i * 2 + 1) % 5];
        boolean split = flag(i, 3, 1);
        boolean annex = flag(i, 5, 3);
        boolean summary = flag(i, 2, 1) || split && annex;
        boolean summaryGradeRow = summary && flag(i, 7, 0);
        boolean projects = kind == Kind.FUND || kind == Kind.DEPARTMENT && flag(i, 2, 0);
        int countWording = (i / 3) % 3;
        boolean indicatorCount = flag(i, 3, 2);
        boolean ratios = !flag(i, 6, 5);
        boolean budgetTable = flag(i, 2, 1);
        boolean survey = flag(i, 4, 1) || kind == Kind.PROJECT && flag(i, 1, 0);
        boolean abstractFigures = flag(i, 3, 0);
        int formulaDepth = new int[] {0, 1, 2, 3, 2, 1}[(i + i / 4) % 6];
        int formulaWording = i % 3;
        boolean formulaTrimmed = flag(i, 1, 1);
        int bandWording = (i * 3 + i / 5) % Bands.WORDINGS;
        int cutOffs = new int[] {0, 0, 1, 0, 2, 0, 3}[i % 7];
        boolean longGradeWords = i % 9 == 4;
        boolean integerWeights = flag(i, 2, 3);
        boolean wordHeadings = flag(i, 3, 2);
        boolean horizontalRulesOnly = i % 8 == 5;
        boolean htmlBold = flag(i, 2, 2);
        int captionStyle = i % 3;
        int totalWording = (i / 2) % 3;
        return new Shape(i, kind, framework, depth, targetLeaves, targetBand, names, parentWeights, mixedDepth, shallow, serial, levelHeader,
                weightHeader, scoreHeader, rateHeader, textHeader, textBeforeWeight, twoRowHeader, subtotals, totalLabel, split, annex,
                summary, summaryGradeRow, projects, countWording, indicatorCount, ratios, budgetTable, survey, abstractFigures,
                formulaDepth, formulaWording, formulaTrimmed, bandWording, cutOffs, longGradeWords, integerWeights, wordHeadings,
                horizontalRulesOnly, htmlBold, captionStyle, totalWording);
    }

    /** ((i + salt) / period) is even: periods 1 … 7 give both answers in several of the 28 reports, differently mixed. */
    private static boolean flag(int i, int period, int salt) {
        return ((i + salt) / period) % 2 == 0;
    }

    /** The variations this report exercises, as labels; every label must occur in at least two reports. */
    Set<String> features() {
        Set<String> f = new LinkedHashSet<>();
        f.add("kind=" + kind);
        f.add("depth=" + depth);
        f.add("names=" + names);
        if (names.separateColumns()) {
            f.add("parentWeights=" + parentWeights);
            f.add(serial ? "serialColumn" : "noSerialColumn");
            f.add(subtotals ? "subtotalRows" : "noSubtotalRows");
            if (mixedDepth) {
                f.add("shallowLeaf=" + shallow);
            }
        }
        f.add(mixedDepth ? "mixedDepth" : "evenDepth");
        f.add("weightHeader=" + weightHeader);
        f.add("scoreHeader=" + scoreHeader);
        f.add("rateHeader=" + rateHeader);
        f.add("textColumn=" + textHeader);
        if (textHeader != null) {
            f.add(textBeforeWeight ? "textBeforeWeight" : "textBeforeScore");
        }
        if (!names.separateColumns()) {
            f.add("levelHeader=" + levelHeader);
        }
        f.add(twoRowHeader ? "twoRowHeader" : "oneRowHeader");
        f.add("totalRow=" + totalLabel);
        f.add(split ? "splitPerFirstLevel" : "oneScoreTable");
        f.add(annex ? "annexCopy" : "noAnnex");
        f.add(summary ? "summaryTable" : "noSummaryTable");
        if (summary) {
            f.add(summaryGradeRow ? "summaryGradeRow" : "noSummaryGradeRow");
        }
        f.add(projects ? "projectTable" : "noProjectTable");
        if (projects) {
            f.add("countWording=" + countWording);
        }
        f.add(indicatorCount ? "indicatorCountSentence" : "noIndicatorCount");
        f.add(ratios ? "ratioSentences" : "noRatioSentences");
        f.add(budgetTable ? "budgetTable" : "noBudgetTable");
        f.add(survey ? "survey" : "noSurvey");
        f.add(abstractFigures ? "abstract" : "noAbstract");
        f.add("formulaDepth=" + formulaDepth);
        if (formulaDepth > 0) {
            f.add("formulaWording=" + formulaWording);
            f.add(formulaTrimmed ? "formulaTrimmed" : "formulaFixed");
        }
        f.add("bandWording=" + bandWording);
        f.add("cutOffs=" + Bands.CUT_OFFS.get(cutOffs));
        f.add(longGradeWords ? "gradeWords=优秀良好合格不合格" : "gradeWords=优良中差");
        f.add(integerWeights ? "wholeWeightsAsIntegers" : "weightsWith2Decimals");
        f.add(wordHeadings ? "wordHeadings" : "boldParagraphHeadings");
        f.add(horizontalRulesOnly ? "horizontalRulesOnly" : "fullBorders");
        f.add(htmlBold ? "htmlBold" : "htmlPlain");
        f.add("captionStyle=" + captionStyle);
        f.add("totalWording=" + totalWording);
        f.add("grade=" + targetBand);
        f.add(targetLeaves >= 80 ? "leaves>=80" : targetLeaves >= 40 ? "leaves40-79" : "leaves<40");
        return f;
    }
}
