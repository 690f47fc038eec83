package org.jixiao.formats.reportreader;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jixiao.core.review.RecoveredReport.SurveyItem;

/**
 * Satisfaction survey tables (满意度调查统计表) in their two common layouts: one row per question with a column per answer
 * (非常满意 / 满意 / 基本满意 / 不满意 …, counts, sometimes shares under each), a 合计 or 有效问卷 column and a 满意度 column;
 * or one row per answer with 人数 and 占比 columns and a 合计 row. Answer scores stated in the text ("非常满意、满意、基本满意、
 * 不满意分别赋值100、80、60、0") are read once for the whole document.
 */
final class SurveyTables {
    static final Pattern ANSWER = Pattern.compile("非常满意|很满意|比较满意|较满意|基本满意|满意|一般|不太满意|较不满意|不满意|非常不满意|很不满意");
    private static final Pattern COUNT_HEADER = Pattern.compile(".*(人数|份数|数量|票数|频数|次数|个数|户数|人次|样本|有效问卷|问卷数|合计|小计|总数|总计).*");
    private static final Pattern SHARE_HEADER = Pattern.compile(".*(占比|比例|百分比|比重|%|％|率).*");
    private static final Pattern SATISFACTION_HEADER = Pattern.compile(".*(满意度|满意率).*");
    private static final Pattern TOTAL_HEADER = Pattern.compile(".*(合计|小计|总数|总计|样本|有效问卷|有效份数|问卷数|调查人数|有效样本).*");

    private SurveyTables() {}

    /** Answer scores stated in a sentence, in the order the answers are named; empty when the sentence states none. */
    static Map<String, BigDecimal> weights(String text) {
        Map<String, BigDecimal> weights = new LinkedHashMap<>();
        if (!text.matches(".*(赋值|赋分|计分|分值|权重|分别计|分别按|分别得).*")) {
            return weights;
        }
        Matcher pairs = Pattern.compile("(" + ANSWER.pattern() + ")\\s*[（(]?\\s*(?:赋值|得|计|为)?\\s*(\\d+(?:\\.\\d+)?)\\s*分?").matcher(text);
        while (pairs.find()) {
            weights.put(pairs.group(1), new BigDecimal(pairs.group(2)));
        }
        if (weights.size() >= 2) {
            return weights;
        }
        weights.clear();
        Matcher list = Pattern.compile("((?:(?:" + ANSWER.pattern() + ")[、，,和及]?\\s*){2,})[^0-9]{0,12}?(?:分别)?(?:赋值|赋分|计分|计|按|为|得)[^0-9]{0,4}((?:\\d+(?:\\.\\d+)?\\s*分?\\s*[、，,和及]?\\s*){2,})")
                .matcher(text);
        if (list.find()) {
            List<String> answers = new ArrayList<>();
            Matcher answer = ANSWER.matcher(list.group(1));
            while (answer.find()) {
                answers.add(answer.group());
            }
            List<BigDecimal> values = new ArrayList<>();
            Matcher number = Pattern.compile("\\d+(?:\\.\\d+)?").matcher(list.group(2));
            while (number.find()) {
                values.add(new BigDecimal(number.group()));
            }
            if (answers.size() == values.size()) {
                for (int i = 0; i < answers.size(); i++) {
                    weights.put(answers.get(i), values.get(i));
                }
            }
        }
        return weights;
    }

    static List<SurveyItem> read(LogicalTable table, Map<String, BigDecimal> weights) {
        List<SurveyItem> byColumns = answerColumns(table, weights);
        if (!byColumns.isEmpty()) {
            return byColumns;
        }
        return answerRows(table, weights);
    }

    private static boolean isAnswer(String text) {
        String key = TableVocabulary.key(text);
        return ANSWER.matcher(key).matches();
    }

    /** One row per question, one column (or a count and a share column) per answer. */
    private static List<SurveyItem> answerColumns(LogicalTable table, Map<String, BigDecimal> weights) {
        if (table.headerRows == 0) {
            return List.of();
        }
        List<String> answers = new ArrayList<>();
        List<Integer> countColumns = new ArrayList<>();
        List<Integer> shareColumns = new ArrayList<>();
        int total = -1;
        int satisfaction = -1;
        int question = -1;
        for (int c = 0; c < table.columns; c++) {
            List<String> texts = table.headerTexts(c);
            String answer = texts.stream().filter(SurveyTables::isAnswer).map(TableVocabulary::key).findFirst().orElse(null);
            String deepest = texts.isEmpty() ? "" : TableVocabulary.key(texts.get(texts.size() - 1));
            if (answer != null) {
                boolean share = SHARE_HEADER.matcher(deepest).matches() && !isAnswer(deepest);
                int index = answers.indexOf(answer);
                if (index < 0) {
                    answers.add(answer);
                    countColumns.add(share ? -1 : c);
                    shareColumns.add(share ? c : -1);
                } else if (share) {
                    shareColumns.set(index, c);
                } else {
                    countColumns.set(index, c);
                }
            } else if (SATISFACTION_HEADER.matcher(deepest).matches()) {
                satisfaction = c;
            } else if (TOTAL_HEADER.matcher(deepest).matches()) {
                total = c;
            } else if (question < 0 && c < table.columns - 1) {
                question = c;
            }
        }
        if (answers.size() < 2 || countColumns.contains(-1)) {
            return List.of();
        }
        List<SurveyItem> items = new ArrayList<>();
        for (LogicalTable.Row row : table.body()) {
            List<BigDecimal> counts = new ArrayList<>();
            for (int column : countColumns) {
                counts.add(ScoreTableReader.number(row.text(column)));
            }
            if (counts.contains(null)) {
                continue;
            }
            List<BigDecimal> shares = new ArrayList<>();
            for (int column : shareColumns) {
                shares.add(column < 0 ? null : ScoreTableReader.number(row.text(column)));
            }
            items.add(new SurveyItem(table.label(), question < 0 ? "" : row.text(question).strip(), answers, counts,
                    total < 0 ? null : ScoreTableReader.number(row.text(total)), shares,
                    satisfaction < 0 ? null : ScoreTableReader.number(row.text(satisfaction)), weights, table.rowQuote(row)));
        }
        return items;
    }

    /** One row per answer, with a count column, perhaps a share column, and a 合计 row. */
    private static List<SurveyItem> answerRows(LogicalTable table, Map<String, BigDecimal> weights) {
        int label = -1;
        for (int c = 0; c < Math.min(2, table.columns) && label < 0; c++) {
            int answers = 0;
            for (LogicalTable.Row row : table.body()) {
                if (isAnswer(row.text(c))) {
                    answers++;
                }
            }
            if (answers >= 2) {
                label = c;
            }
        }
        if (label < 0) {
            return List.of();
        }
        int count = -1;
        int share = -1;
        for (int c = label + 1; c < table.columns; c++) {
            String header = TableVocabulary.key(table.headerLabel(c));
            if (share < 0 && SHARE_HEADER.matcher(header).matches() && !COUNT_HEADER.matcher(header).matches()) {
                share = c;
            } else if (count < 0 && COUNT_HEADER.matcher(header).matches()) {
                count = c;
            }
        }
        if (count < 0) {
            return List.of();
        }
        List<String> answers = new ArrayList<>();
        List<BigDecimal> counts = new ArrayList<>();
        List<BigDecimal> shares = new ArrayList<>();
        BigDecimal total = null;
        LogicalTable.Row first = null;
        for (LogicalTable.Row row : table.body()) {
            String text = row.text(label);
            BigDecimal value = ScoreTableReader.number(row.text(count));
            if (TableVocabulary.get().isTotal(text) || TOTAL_HEADER.matcher(TableVocabulary.key(text)).matches()) {
                total = value;
                continue;
            }
            if (!isAnswer(text) || value == null) {
                continue;
            }
            first = first == null ? row : first;
            answers.add(TableVocabulary.key(text));
            counts.add(value);
            shares.add(share < 0 ? null : ScoreTableReader.number(row.text(share)));
        }
        if (answers.size() < 2) {
            return List.of();
        }
        return List.of(new SurveyItem(table.label(), "", answers, counts, total, shares, null, weights, table.anchorQuote()));
    }
}
