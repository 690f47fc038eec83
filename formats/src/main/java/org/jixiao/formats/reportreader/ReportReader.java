package org.jixiao.formats.reportreader;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jixiao.core.review.PrintedNumbers;
import org.jixiao.core.review.Quote;
import org.jixiao.core.review.RecoveredNode;
import org.jixiao.core.review.RecoveredReport;
import org.jixiao.core.review.RecoveredReport.Copy;
import org.jixiao.core.review.RecoveredReport.DataTable;
import org.jixiao.core.review.RecoveredReport.FormulaLine;
import org.jixiao.core.review.RecoveredReport.GradedRow;
import org.jixiao.core.review.RecoveredReport.StatedBands;
import org.jixiao.core.review.RecoveredReport.StatedCount;
import org.jixiao.core.review.RecoveredReport.StatedRatio;
import org.jixiao.core.review.RecoveredReport.StatedTotal;
import org.jixiao.core.review.RecoveredReport.TableTotal;
import org.jixiao.core.review.RecoveredReport.Unread;
import org.jixiao.core.review.Where;
import org.jixiao.formats.document.Block;
import org.jixiao.formats.document.SourceDocument;
import org.jixiao.formats.document.TableBlock;
import org.jixiao.formats.document.TextBlock;

/**
 * Recovers from an evaluation report written by a person — any layout, any source format, through the one document
 * model — what the review checks: the score tables and the indicator tree(s) they show (each tree once, however often it
 * is printed), 合计 and 小计 rows, graded rows, the grade bands, the stated total and grade, the formulaic lines, stated
 * counts and ratios, and the other tables with numbers. What it cannot place is listed as unread, with the reason.
 */
public final class ReportReader {
    static final Pattern FORMULA = Pattern.compile(
            "(?:该|本)?指标?(?:分值|满分|权重分?|标准分)\\s*(?:为|是|：|:)?\\s*(\\d+(?:\\.\\d+)?)\\s*分\\s*[，,、；;]?\\s*(?:其中)?\\s*(?:评价|实际|最终|自评|综合|考核|本次)?(?:得分|得)\\s*(?:为|是|：|:)?\\s*(\\d+(?:\\.\\d+)?)\\s*分"
                    + "(?:\\s*[，,、；;]\\s*得分率\\s*(?:为|是|：|:)?\\s*(\\d+(?:\\.\\d+)?)\\s*[%％])?");
    private static final Pattern TOTAL = Pattern.compile(
            "(综合得分|总得分|总分|综合评分|最终得分|评价总分|综合评价得分|总体得分|自评总分|自评得分|评价得分|得分)\\s*(?:为|是|：|:|达到|达)?\\s*(\\d+(?:\\.\\d+)?)\\s*分");
    private static final Pattern OVERALL_WORDS = Pattern.compile("综合得分|总得分|总分|综合评分|最终得分|评价总分|综合评价得分|总体得分|自评总分");
    private static final Pattern GRADE = Pattern.compile(
            "(?:等级|级别|等次|档次|评价结果|结论)\\s*(?:为|是|：|:|属于|评定为|评为|确定为|认定为)?\\s*[“\"'‘「]?(" + Bands.GRADE_WORDS + ")"
                    + "|(?:评定为|评为|认定为|定为|评价为|属于)\\s*[“\"'‘「]?(" + Bands.GRADE_WORDS + ")[”\"'’」]?\\s*(?:等级|级|档)?");
    private static final Pattern COUNT_AFTER = Pattern.compile("(\\d+)\\s*(?:个|家|项)\\s*(?:(?:项目|单位|部门)?\\s*(?:为|评为|等级为|被评为|获评|评价为|属于|评价等级为|评定为))?\\s*[“\"]?(优秀|良好|中等|较差|不合格|合格|优|良|中|差)(?![小央期心华国共间层型部标化势好性异距额])");
    private static final Pattern COUNT_BEFORE = Pattern.compile("[“\"]?(优秀|良好|中等|较差|不合格|合格|优|良|中|差)[”\"]?(?:等级|等次|级)?(?:的)?(?:项目|单位)?\\s*(?:有|为|共|计)?\\s*(\\d+)\\s*(?:个|家|项)");
    private static final Pattern COUNT_TOTAL = Pattern.compile("(?:(?:共|对|评价了|抽取|选取|涉及|评价的|抽查的|纳入评价的)\\s*(\\d+)\\s*(?:个|家|项)(?:项目|单位|部门))|(?:^|[，,。；;])\\s*(\\d+)\\s*个(?:项目|单位|部门)中");
    private static final Pattern DEDUCTED = Pattern.compile("(?:分值|满分)\\s*(?:为)?\\s*(\\d+(?:\\.\\d+)?)\\s*分(.{0,80}?)(?:最终|实际|评价|综合)?得(?:分)?\\s*(?:为|是)?\\s*(\\d+(?:\\.\\d+)?)\\s*分");
    private static final Pattern DEDUCTION = Pattern.compile("扣(?:除|减)?\\s*(\\d+(?:\\.\\d+)?)\\s*分");
    private static final Pattern LEVEL_COUNT = Pattern.compile(
            "([一二三四五])级指标\\s*(?:共)?\\s*(?:有|为|设置|计)?\\s*(\\d+)\\s*(?:个|项)|(\\d+)\\s*(?:个|项)\\s*([一二三四五])级指标");
    private static final Pattern LIST_THEN_COUNT = Pattern.compile("(?:包括|包含|涵盖|设有|分为|即|有)[：:]?\\s*([^。；;，,：:]{2,200}?)(等)?\\s*(\\d+)\\s*(?:个|项|家|名)");
    private static final Pattern COUNT_THEN_LIST = Pattern.compile("(\\d+)\\s*(?:个|项|家|名)[^。；;：:，,]{0,20}?[，,]?\\s*(?:即|分别为|分别是|包括|具体为)[：:]?\\s*([^。；;]{2,300})");
    private static final Pattern PERCENT = Pattern.compile("\\d(?:\\.\\d+)?\\s*[%％]");

    /** What was read, and the role each table was taken in. */
    public record Result(RecoveredReport report, List<TableInfo> tables) {}

    /** @param number the how-many-th table of the document its first piece is */
    public record TableInfo(int number, Where where, String caption, String role, int rows, int columns) {}

    private final SourceDocument document;
    private final List<Unread> unread = new ArrayList<>();
    private final List<TableInfo> infos = new ArrayList<>();
    private final List<Forest> forests = new ArrayList<>();
    private final List<Copy> copies = new ArrayList<>();
    private final Map<TableNode, TableNode> placed = new IdentityHashMap<>();
    private final List<ScoreTableReader.Reading> readings = new ArrayList<>();
    private final List<TableTotal> tableTotals = new ArrayList<>();
    private final List<StatedTotal> totals = new ArrayList<>();
    private final List<GradedRow> gradedRows = new ArrayList<>();
    private final List<RecoveredNode> looseRows = new ArrayList<>();
    private final List<DataTable> dataTables = new ArrayList<>();
    private final List<FormulaLine> formulaLines = new ArrayList<>();
    private final List<StatedRatio> ratios = new ArrayList<>();
    private final List<StatedCount> counts = new ArrayList<>();
    private final List<RecoveredReport.Arithmetic> arithmetic = new ArrayList<>();
    private final List<RecoveredReport.SurveyItem> surveys = new ArrayList<>();
    private Map<String, BigDecimal> surveyWeights = Map.of();
    private StatedBands bands;

    private ReportReader(SourceDocument document) {
        this.document = document;
    }

    /** @throws ReportReadException when the document holds nothing an evaluation report has (no score table, no result, no ratio) */
    public static Result read(SourceDocument document) throws ReportReadException {
        ReportReader reader = new ReportReader(document);
        List<LogicalTable> tables = LogicalTables.of(document);
        for (Block block : document.blocks()) {
            if (block instanceof TextBlock text && reader.surveyWeights.isEmpty()) {
                reader.surveyWeights = SurveyTables.weights(Grades.halfWidth(text.text()));
            }
        }
        reader.readTables(tables);
        Map<TableNode, RecoveredNode> built = new IdentityHashMap<>();
        List<List<RecoveredNode>> trees = new ArrayList<>();
        for (Forest forest : reader.forests) {
            List<RecoveredNode> roots = new ArrayList<>();
            for (TableNode root : forest.roots) {
                roots.add(build(root, built));
            }
            trees.add(roots);
        }
        reader.totalsOf(built);
        reader.readParagraphs(trees.isEmpty() ? List.of() : trees.get(0), tables);
        reader.restatedCopies();
        List<RecoveredNode> main = trees.isEmpty() ? List.of() : trees.get(0);
        List<List<RecoveredNode>> others = trees.size() > 1 ? trees.subList(1, trees.size()) : List.of();
        if (main.isEmpty() && reader.formulaLines.isEmpty() && reader.totals.isEmpty() && reader.ratios.isEmpty()
                && reader.tableTotals.isEmpty() && reader.gradedRows.isEmpty() && reader.looseRows.isEmpty() && reader.arithmetic.isEmpty() && reader.surveys.isEmpty() && reader.dataTables.isEmpty()) {
            throw new ReportReadException(document.name() + "：没有找到绩效评价报告的内容（得分表、“该指标分值…分，评价得分…分，得分率…%”句式、"
                    + "综合得分或预算执行率等比率），无法复核。请确认这是一份绩效评价报告");
        }
        RecoveredReport report = new RecoveredReport(document.name(), main, reader.tableTotals, reader.totals, reader.bands,
                reader.formulaLines, reader.ratios, reader.dataTables, reader.unread, reader.looseRows, reader.gradedRows, reader.counts,
                reader.copies, others, reader.arithmetic, reader.surveys,
                reader.forests.isEmpty() || reader.forests.get(0).rootsListedTogether || reader.firstLevelConfirmed(main));
        return new Result(report, reader.infos);
    }

    private static RecoveredNode build(TableNode node, Map<TableNode, RecoveredNode> built) {
        List<RecoveredNode> children = new ArrayList<>();
        for (TableNode child : node.children) {
            children.add(build(child, built));
        }
        RecoveredNode result = new RecoveredNode(node.name, node.level, node.weight, node.weightInName, node.score, node.rate, node.quote,
                children);
        built.put(node, result);
        return result;
    }

    // ---- tables ----

    private void readTables(List<LogicalTable> tables) {
        for (LogicalTable table : tables) {
            List<RecoveredReport.SurveyItem> survey = SurveyTables.read(table, surveyWeights);
            if (!survey.isEmpty()) {
                surveys.addAll(survey);
                infos.add(new TableInfo(table.number, LogicalTables.where(table), table.caption, "满意度调查表", table.rows.size(), table.columns));
                continue;
            }
            ScoreTableReader.Reading reading = ScoreTableReader.read(table);
            unread.addAll(reading.unread);
            totals.addAll(reading.statedGrades);
            gradedRows.addAll(reading.graded);
            String role;
            switch (reading.kind) {
                case SCORE -> {
                    if (!reading.trusted) {
                        role = "得分表（层级未能识别，逐行核对）";
                        loose(reading);
                    } else {
                        role = place(reading);
                    }
                    readings.add(reading);
                }
                case GRADED -> {
                    role = "等级表";
                    dataTable(table);
                }
                default -> role = dataTable(table);
            }
            infos.add(new TableInfo(table.number, LogicalTables.where(table), table.caption, role, table.rows.size(), table.columns));
        }
    }

    private String place(ScoreTableReader.Reading reading) {
        for (int i = 0; i < forests.size(); i++) {
            int before = forests.get(i).roots.size() + forests.get(i).all().size();
            if (forests.get(i).fit(reading)) {
                int after = forests.get(i).roots.size() + forests.get(i).all().size();
                return after == before ? "得分表（重复印出，已与前表核对）" : i == 0 ? "得分表" : "得分表（第 " + (i + 1) + " 套指标）";
            }
        }
        if (reading.firstLevel || !forests.isEmpty() || reading.top.stream().anyMatch(node -> !node.children.isEmpty())
                || reading.top.size() > 1) {
            Forest forest = new Forest(copies, unread, placed);
            if (forest.fit(reading)) {
                forests.add(forest);
                return forests.size() == 1 ? "得分表" : "得分表（第 " + forests.size() + " 套指标）";
            }
        }
        unread.add(new Unread(reading.table.anchorQuote(), reading.table.label() + "：无法确定这张得分表属于哪个一级指标，只逐行核对"));
        loose(reading);
        return "得分表（归属不明，逐行核对）";
    }

    private void loose(ScoreTableReader.Reading reading) {
        // each printed row on its own: its own figures only (a weight in a name may belong to another level)
        for (TableNode node : reading.valued) {
            for (TableNode.Values values : node.values) {
                looseRows.add(new RecoveredNode(node.name, node.level, values.weight(), null, values.score(), values.rate(), values.quote(), List.of()));
            }
        }
        reading.totals.clear();
    }

    /** 合计 and 小计 rows with the tree nodes they add up (the table's own top nodes, wherever they were placed). */
    private void totalsOf(Map<TableNode, RecoveredNode> built) {
        for (ScoreTableReader.Reading reading : readings) {
            for (ScoreTableReader.TotalRow total : reading.totals) {
                List<TableNode> terms = total.subtotal() ? total.over() : reading.top;
                List<RecoveredNode> over = new ArrayList<>();
                boolean complete = !terms.isEmpty();
                for (TableNode term : terms) {
                    TableNode at = placed.get(term);
                    RecoveredNode node = at == null ? null : built.get(at);
                    if (node == null) {
                        complete = false;
                        break;
                    }
                    if (!over.contains(node)) {
                        over.add(node);
                    }
                }
                if (!complete) {
                    unread.add(new Unread(total.quote(), "合计行无法与指标对应（本表指标未能读取），未核对"));
                    continue;
                }
                String scope = total.subtotal() ? "小计" : reading.table.label();
                tableTotals.add(new TableTotal(scope, total.weight(), total.score(), total.rate(), total.quote(), over));
            }
        }
    }

    private String dataTable(LogicalTable table) {
        List<List<String>> header = new ArrayList<>();
        for (LogicalTable.Row row : table.header()) {
            header.add(texts(row));
        }
        List<RecoveredReport.Row> rows = new ArrayList<>();
        boolean numbers = false;
        for (LogicalTable.Row row : table.body()) {
            List<String> cells = texts(row);
            rows.add(new RecoveredReport.Row(cells, table.rowQuote(row)));
            numbers |= cells.stream().skip(1).anyMatch(cell -> PrintedNumbers.parse(cell) != null);
        }
        if (!numbers) {
            unread.add(new Unread(table.anchorQuote(), table.label() + "：没有可复算的数字列（文字或目标值表格），未核对"));
            return "文字表格";
        }
        dataTables.add(new DataTable(table.caption, table.anchorQuote(), header, rows, table.inferred));
        return "数据表";
    }

    private static List<String> texts(LogicalTable.Row row) {
        List<String> cells = new ArrayList<>();
        for (LogicalTable.Slot slot : row.slots()) {
            cells.add(Grades.halfWidth(slot.text().replace('\n', ' ').strip()));
        }
        return cells;
    }

    // ---- paragraphs ----

    private void readParagraphs(List<RecoveredNode> roots, List<LogicalTable> tables) {
        HeadingResolver resolver = new HeadingResolver(roots);
        RatioFinder ratioFinder = new RatioFinder();
        Paragraph previous = null;
        int tableIndex = 0;
        List<Integer> tableOfParagraph = new ArrayList<>();
        List<Paragraph> paragraphs = new ArrayList<>();
        for (Block block : document.blocks()) {
            if (block instanceof TableBlock) {
                tableIndex++;
                continue;
            }
            Paragraph paragraph = Paragraph.of((TextBlock) block);
            paragraphs.add(paragraph);
            tableOfParagraph.add(tableIndex);
        }
        for (int index = 0; index < paragraphs.size(); index++) {
            Paragraph paragraph = paragraphs.get(index);
            String body = paragraph.text();
            boolean used = false;
            boolean isHeading = HeadingResolver.isHeading(body) || paragraph.block().headingLevel() > 0;
            if (isHeading) {
                resolver.resolve(body);
            }
            Matcher formula = FORMULA.matcher(body);
            while (formula.find()) {
                used = true;
                Quote quote = paragraph.quoteAt(formula.start(), formula.group());
                List<String> path = null;
                String lead = body.substring(0, formula.start()).strip().replaceAll("[：:，,。；;\\s]+$", "");
                if (!lead.isEmpty() && lead.length() <= 40) {
                    path = resolver.resolve(lead);
                }
                if (path == null && previous != null && (HeadingResolver.isHeading(previous.text()) || previous.block().headingLevel() > 0
                        || previous.text().length() <= 30)) {
                    path = resolver.resolve(previous.text());
                }
                BigDecimal rate = formula.group(3) == null ? null : new BigDecimal(formula.group(3));
                formulaLines.add(new FormulaLine(path == null ? List.of() : path, new BigDecimal(formula.group(1)),
                        new BigDecimal(formula.group(2)), rate, quote));
                if (path == null && !roots.isEmpty()) {
                    unread.add(new Unread(quote, "未能确定这一句属于哪个指标（前一行“" + shorten(previous == null ? "" : previous.text())
                            + "”不是可识别的指标标题），只核对本句的得分率"));
                }
            }
            used |= readDeductions(paragraph);
            used |= readFirstLevelList(paragraph);
            RecoveredReport.SurveyItem told = SurveyTables.sentence(body, surveyWeights, paragraph.quoteAt(0, body));
            if (told != null) {
                surveys.add(told);
                used = true;
            }
            readRestated(paragraph);
            used |= readListedCounts(paragraph);
            used |= readLevelCounts(paragraph, roots);
            StatedBands found = Bands.find(paragraph);
            if (found != null) {
                used = true;
                if (bands == null) {
                    bands = found;
                } else if (!sameBands(bands, found)) {
                    unread.add(new Unread(found.quote(), "另有一套等级标准，与前文（" + bands.quote().where().describe() + "）不同，本处未使用"));
                }
            } else {
                used |= readTotal(paragraph);
            }
            used |= readCounts(paragraph, tables, tableOfParagraph.get(index));
            for (Expressions.Stated stated : Expressions.find(body)) {
                used = true;
                arithmetic.add(new RecoveredReport.Arithmetic(stated.expression(), stated.value(), stated.result(), stated.printedResult(),
                        paragraph.quoteAt(stated.start(), body.substring(stated.start(), stated.end())), stated.scale()));
            }
            List<StatedRatio> stated = ratioFinder.find(paragraph, unread);
            if (!stated.isEmpty() || ratioFinder.matchedAny()) {
                used = true;
                ratios.addAll(stated);
            }
            if (!used && !isHeading && PERCENT.matcher(body).find()) {
                unread.add(new Unread(paragraph.quoteAt(0, body), "含百分比的语句，没有可识别的复算依据，未核对"));
            }
            previous = paragraph;
        }
    }

    private static boolean sameBands(StatedBands a, StatedBands b) {
        Map<String, BigDecimal> first = new LinkedHashMap<>();
        a.bands().forEach(band -> first.put(band.grade(), band.min()));
        for (var band : b.bands()) {
            BigDecimal min = first.get(band.grade());
            if (min != null && min.compareTo(band.min()) != 0) {
                return false;
            }
        }
        return true;
    }

    private static final Pattern FIRST_LEVEL_LIST = Pattern.compile("一级指标(?:及其?分值|分值|权重|及权重)?(?:分别)?(?:为|是|包括)[：:]?\\s*([^。；;]+)");
    private static final Pattern NAMED_WEIGHT = Pattern.compile("^\\s*([^、，,：:\\d（(]{2,14}?)\\s*[（(]?\\s*(\\d+(?:\\.\\d+)?)\\s*分\\s*[）)]?\\s*$");
    /** The 一级 indicators and weights a sentence lists ("一级指标及分值为：决策15分、过程25分…"), name → weight. */
    private final Map<String, BigDecimal> statedFirstLevel = new LinkedHashMap<>();
    private Quote statedFirstLevelQuote;

    private boolean readFirstLevelList(Paragraph paragraph) {
        Matcher matcher = FIRST_LEVEL_LIST.matcher(paragraph.text());
        if (!matcher.find() || !statedFirstLevel.isEmpty()) {
            return false;
        }
        Map<String, BigDecimal> listed = new LinkedHashMap<>();
        for (String item : matcher.group(1).split("[、，,]")) {
            Matcher named = NAMED_WEIGHT.matcher(item);
            if (!named.matches()) {
                return false;
            }
            listed.put(named.group(1).strip(), new BigDecimal(named.group(2)));
        }
        if (listed.size() < 2) {
            return false;
        }
        statedFirstLevel.putAll(listed);
        statedFirstLevelQuote = paragraph.quoteAt(matcher.start(), matcher.group());
        BigDecimal sum = listed.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        StringBuilder terms = new StringBuilder();
        listed.forEach((name, weight) -> terms.append(terms.length() > 0 ? " + " : "").append(name).append(weight.toPlainString()));
        arithmetic.add(new RecoveredReport.Arithmetic("WEIGHT_TOTAL", "所列一级指标分值之和（" + terms + "）应为 100", BigDecimal.valueOf(100), sum,
                sum.toPlainString(), statedFirstLevelQuote, 0));
        return true;
    }

    /** The 一级 read from the tables are all there when a sentence lists exactly them. */
    private boolean firstLevelConfirmed(List<RecoveredNode> roots) {
        if (statedFirstLevel.size() != roots.size() || roots.isEmpty()) {
            return false;
        }
        for (RecoveredNode root : roots) {
            String key = Names.key(root.name());
            if (statedFirstLevel.keySet().stream().map(Names::key).noneMatch(key::equals)) {
                return false;
            }
        }
        for (RecoveredNode root : roots) {
            BigDecimal stated = statedFirstLevel.entrySet().stream().filter(entry -> Names.key(entry.getKey()).equals(Names.key(root.name())))
                    .map(Map.Entry::getValue).findFirst().orElse(null);
            BigDecimal printed = root.weight();
            if (stated != null && printed != null && stated.compareTo(printed) != 0) {
                copies.add(new Copy(root.name() + " › 分值", printed, root.quote(), stated, statedFirstLevelQuote));
            }
        }
        return true;
    }

    private static final Pattern RESTATED = Pattern.compile(
            "(?<!项目)(?<!项目支出)(预算执行率|资金到位率|综合满意度|总体满意度|服务对象满意度|社会公众满意度)\\s*(?:为|达到|达|是)?\\s*(\\d+(?:\\.\\d+)?)\\s*[%％]");
    private final Map<String, List<Object[]>> restated = new LinkedHashMap<>();

    /** Figures a report states more than once (摘要 and body): 预算执行率, 资金到位率, 满意度. */
    private void readRestated(Paragraph paragraph) {
        Matcher matcher = RESTATED.matcher(paragraph.text());
        while (matcher.find()) {
            String lead = paragraph.text().substring(Math.max(0, matcher.start() - 12), matcher.start());
            String around = paragraph.text().substring(Math.max(0, matcher.start() - 20), Math.min(paragraph.text().length(), matcher.end() + 6));
            if (around.matches(".*(权重|按照|赋分|分值|目标|不低于|以上|≥).*") || lead.endsWith("“")) {
                continue; // a weight, a target or a scoring rule, not the figure itself
            }
            Matcher year = Pattern.compile("(\\d{4})\\s*年").matcher(lead);
            String key = matcher.group(1).replace("综合", "").replace("总体", "") + (year.find() ? "@" + year.group(1) : "");
            restated.computeIfAbsent(key, k -> new ArrayList<>()).add(new Object[] {new BigDecimal(matcher.group(2)),
                    paragraph.quoteAt(matcher.start(), matcher.group())});
        }
    }

    /** Two statements of one figure with different values (a third, if any, agreeing with one of them) are a contradiction. */
    private void restatedCopies() {
        Map<String, List<Object[]>> merged = new LinkedHashMap<>();
        restated.forEach((key, list) -> merged.computeIfAbsent(key.replaceAll("@.*", ""), k -> new ArrayList<>()).addAll(list));
        // a year named in one statement and another year in the other: different figures, not copies
        for (var entry : merged.entrySet()) {
            long years = restated.keySet().stream().filter(key -> key.startsWith(entry.getKey() + "@")).count();
            List<Object[]> list = entry.getValue();
            if (years > 1 || list.size() < 2 || list.size() > 3) {
                continue;
            }
            List<BigDecimal> values = list.stream().map(item -> (BigDecimal) item[0]).toList();
            if (values.stream().map(BigDecimal::stripTrailingZeros).distinct().count() != 2) {
                continue;
            }
            Object[] first = list.get(0);
            for (Object[] other : list.subList(1, list.size())) {
                if (((BigDecimal) other[0]).compareTo((BigDecimal) first[0]) != 0) {
                    copies.add(new Copy(entry.getKey(), (BigDecimal) first[0], (Quote) first[1], (BigDecimal) other[0], (Quote) other[1]));
                }
            }
        }
    }

    /**
     * A stated number of things named in the same sentence: "包括决策管理、预算管理、成本控制3个二级指标",
     * "直属事业单位10个，即A、B、…". A list ending in 等 is not complete and is not counted.
     */
    private boolean readListedCounts(Paragraph paragraph) {
        String body = paragraph.text();
        boolean used = false;
        Matcher after = LIST_THEN_COUNT.matcher(body);
        while (after.find()) {
            if (after.group(2) != null) {
                continue;
            }
            List<String> items = items(after.group(1));
            if (items.size() >= 2) {
                addCount(paragraph, after.start(), after.end(), items, Integer.parseInt(after.group(3)), after.group(3));
                used = true;
            }
        }
        Matcher before = COUNT_THEN_LIST.matcher(body);
        while (before.find()) {
            String list = before.group(2);
            String sentence = body.substring(before.start(2)).split("[。；;]", 2)[0];
            if (sentence.matches(".*等(?:[，,。；;）)]|项目|单位|$).*")) {
                continue; // "分别为A、B（乙）有限公司…等": not every one is named
            }
            int end = list.length();
            for (String stop : new String[] {"，", ",", "：", "（", "("}) {
                int at = list.indexOf(stop);
                if (at >= 0) {
                    end = Math.min(end, at);
                }
            }
            list = list.substring(0, end);
            if (list.contains("等")) {
                continue;
            }
            List<String> items = items(list);
            if (items.size() >= 2) {
                addCount(paragraph, before.start(), before.start(2) + end, items, Integer.parseInt(before.group(1)), before.group(1));
                used = true;
            }
        }
        return used;
    }

    /** Names listed with 、 (each short, none of them a number): the items a count may be checked against. */
    private static List<String> items(String list) {
        String[] parts = list.split("、");
        List<String> items = new ArrayList<>();
        for (String part : parts) {
            String item = part.strip().replaceAll("^(和|及|以及)", "");
            if (item.isEmpty() || item.length() > 20 || item.matches(".*\\d.*")) {
                return List.of();
            }
            items.add(item);
        }
        if (!items.isEmpty()) {
            // "A、B和C": the last item may join two
            String last = items.get(items.size() - 1);
            if (last.contains("和") || last.contains("及")) {
                return List.of();
            }
        }
        return items;
    }

    private void addCount(Paragraph paragraph, int start, int end, List<String> items, int stated, String printed) {
        // the quotation starts with its clause ("下设直属事业单位10个，即…"), so that it says what is counted
        String text = paragraph.text();
        int clause = start;
        while (clause > 0 && start - clause < 30 && "，。；：,;:！？".indexOf(text.charAt(clause - 1)) < 0) {
            clause--;
        }
        start = clause;
        arithmetic.add(new RecoveredReport.Arithmetic("COUNT", "所列名称个数（" + String.join("、", items) + "）", BigDecimal.valueOf(items.size()),
                new BigDecimal(printed), printed, paragraph.quoteAt(start, paragraph.text().substring(start, end)), 0));
    }

    /**
     * Whether no indicator's children fall short of its 分值: a row the reader missed makes its parent's children add up to
     * less, never more; a children's sum above the parent is an error of the document (reported on its own), not a row
     * lost, and leaves the count of rows to be trusted.
     */
    private static boolean noneShort(RecoveredNode node) {
        if (node.isLeaf()) {
            return true;
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (RecoveredNode child : node.children()) {
            if (!noneShort(child)) {
                return false;
            }
            BigDecimal weight = child.weight() != null ? child.weight() : leafWeight(child);
            sum = sum == null || weight == null ? null : sum.add(weight);
        }
        return node.weight() == null || sum == null || sum.compareTo(node.weight()) >= 0;
    }

    private static BigDecimal leafWeight(RecoveredNode node) {
        if (node.isLeaf()) {
            return node.weight();
        }
        BigDecimal total = BigDecimal.ZERO;
        for (RecoveredNode child : node.children()) {
            BigDecimal weight = leafWeight(child);
            if (weight == null) {
                return null;
            }
            total = total.add(weight);
        }
        return total;
    }

    /** "指标体系共设置一级指标4个、二级指标10个": the tree's own counts, when the tree is whole (its 一级 add up to 100). */
    private boolean readLevelCounts(Paragraph paragraph, List<RecoveredNode> roots) {
        String body = paragraph.text();
        if (roots.isEmpty() || !body.matches(".*(指标体系|共设|共有|设置|共计|分为).*") || body.contains("包括") || !looseRows.isEmpty()
                || forests.size() != 1) {
            return false;
        }
        BigDecimal weights = BigDecimal.ZERO;
        for (RecoveredNode root : roots) {
            if (root.isLeaf() || !noneShort(root)) {
                return false; // the levels below were not read, or some rows may be missing
            }
            BigDecimal weight = root.weight() != null ? root.weight() : leafWeight(root);
            if (weight == null) {
                return false;
            }
            weights = weights.add(weight);
        }
        if (weights.compareTo(BigDecimal.valueOf(100)) != 0) {
            return false;
        }
        boolean used = false;
        Matcher matcher = LEVEL_COUNT.matcher(body);
        while (matcher.find()) {
            String level = matcher.group(1) != null ? matcher.group(1) : matcher.group(4);
            String count = matcher.group(2) != null ? matcher.group(2) : matcher.group(3);
            int depth = "一二三四五".indexOf(level) + 1;
            int actual = 0;
            for (RecoveredNode root : roots) {
                actual += root.countAtLevel(depth);
            }
            arithmetic.add(new RecoveredReport.Arithmetic("COUNT", "得分表中的" + level + "级指标个数", BigDecimal.valueOf(actual), new BigDecimal(count),
                    count, paragraph.quoteAt(matcher.start(), matcher.group()), 0));
            used = true;
        }
        return used;
    }

    /**
     * "该指标分值2分，因…扣0.5分，得1.5分": a weight, the deductions actually made and the score, in one sentence. A sentence
     * that states a scoring rule (每…扣, 扣完为止, 最多扣) is not a deduction made.
     */
    private boolean readDeductions(Paragraph paragraph) {
        boolean used = false;
        int offset = 0;
        for (String sentence : paragraph.text().split("(?<=[。；;])")) {
            Matcher matcher = DEDUCTED.matcher(sentence);
            if (matcher.find() && !sentence.matches(".*(每|扣完为止|最多|最高|不超过|以上|以下|至多|酌情).*")) {
                List<BigDecimal> deductions = new ArrayList<>();
                Matcher deduction = DEDUCTION.matcher(matcher.group(2));
                while (deduction.find()) {
                    deductions.add(new BigDecimal(deduction.group(1)));
                }
                if (!deductions.isEmpty()) {
                    BigDecimal weight = new BigDecimal(matcher.group(1));
                    BigDecimal value = weight;
                    StringBuilder expression = new StringBuilder(weight.toPlainString());
                    for (BigDecimal d : deductions) {
                        value = value.subtract(d);
                        expression.append(" − ").append(d.toPlainString());
                    }
                    int scale = Math.max(weight.scale(), deductions.stream().mapToInt(BigDecimal::scale).max().orElse(0));
                    arithmetic.add(new RecoveredReport.Arithmetic("分值 − 扣分 = " + expression, value, new BigDecimal(matcher.group(3)),
                            matcher.group(3), paragraph.quoteAt(offset + matcher.start(), sentence.substring(matcher.start(), matcher.end())), scale));
                    used = true;
                }
            }
            offset += sentence.length();
        }
        return used;
    }

    private boolean readTotal(Paragraph paragraph) {
        String body = paragraph.text();
        Matcher total = TOTAL.matcher(body);
        boolean used = false;
        int from = 0;
        while (total.find(from)) {
            from = total.end();
            boolean overall = OVERALL_WORDS.matcher(total.group(1)).matches();
            Matcher grade = GRADE.matcher(body);
            String gradeWord = null;
            int end = total.end();
            if (grade.find(total.end()) && grade.start() - total.end() <= 30) {
                gradeWord = grade.group(1) != null ? grade.group(1) : grade.group(2);
                end = grade.end();
            }
            if (!overall && gradeWord == null) {
                continue;
            }
            // "总分为 100 分，其中管理效率 32 分…" states the scale, not a result
            if (new BigDecimal(total.group(2)).compareTo(BigDecimal.valueOf(100)) == 0
                    && (gradeWord == null || body.matches(".*(权重|分值|满分|设置|设定|构成|其中|包括|由).*"))) {
                continue;
            }
            // a sentence about a named indicator ("…指标得分为3分") is not the total
            String lead = body.substring(Math.max(0, total.start() - 12), total.start());
            if (!overall && lead.matches(".*(指标|该项|此项|本项|其中).*")) {
                continue;
            }
            String around = body.substring(Math.max(0, total.start() - 25), end);
            overall |= gradeWord != null && around.matches(".*(综合|总体|整体|本次|最终|评价结论|绩效评价得分|评价总).*");
            totals.add(new StatedTotal(new BigDecimal(total.group(2)), gradeWord, paragraph.quoteAt(total.start(), body.substring(total.start(), end)),
                    overall));
            used = true;
            from = end;
        }
        return used;
    }

    private boolean readCounts(Paragraph paragraph, List<LogicalTable> tables, int tablesBefore) {
        String body = paragraph.text();
        Map<String, Integer> byGrade = new LinkedHashMap<>();
        Matcher after = COUNT_AFTER.matcher(body);
        int start = -1;
        int end = -1;
        while (after.find()) {
            byGrade.merge(Grades.normalize(after.group(2)), Integer.parseInt(after.group(1)), Integer::sum);
            start = start < 0 ? after.start() : start;
            end = after.end();
        }
        if (byGrade.size() < 2) {
            byGrade.clear();
            start = -1;
            Matcher before = COUNT_BEFORE.matcher(body);
            while (before.find()) {
                byGrade.merge(Grades.normalize(before.group(1)), Integer.parseInt(before.group(2)), Integer::sum);
                start = start < 0 ? before.start() : start;
                end = before.end();
            }
        }
        if (byGrade.size() < 2) {
            return false;
        }
        Matcher total = COUNT_TOTAL.matcher(body);
        Integer stated = null;
        if (total.find() && total.start() < start) {
            stated = Integer.parseInt(total.group(1) != null ? total.group(1) : total.group(2));
            start = total.start();
        }
        String table = nearestGradedTable(tables, tablesBefore);
        Quote quote = paragraph.quoteAt(start, body.substring(start, end));
        if (table == null) {
            unread.add(new Unread(quote, "等级个数无法核对：没有找到列出各项等级的表格"));
            return true;
        }
        counts.add(new StatedCount(table, byGrade, stated, quote));
        return true;
    }

    /** The label of the graded table nearest to a paragraph (after it first, then before it). */
    private String nearestGradedTable(List<LogicalTable> tables, int tablesBefore) {
        String best = null;
        int distance = Integer.MAX_VALUE;
        for (LogicalTable table : tables) {
            String label = table.label();
            if (gradedRows.stream().noneMatch(row -> row.table().equals(label))) {
                continue;
            }
            int d = table.number > tablesBefore ? table.number - tablesBefore - 1 : tablesBefore - table.number;
            if (d < distance) {
                distance = d;
                best = label;
            }
        }
        return distance <= 3 ? best : null;
    }

    /** Text compared without spaces and quotes. */
    static String normalize(String name) {
        return name.replaceAll("[\\s“”\"‘’'「」]", "");
    }

    static String shorten(String text) {
        String flat = text.strip();
        return flat.length() <= 30 ? flat : flat.substring(0, 30) + "…";
    }
}
