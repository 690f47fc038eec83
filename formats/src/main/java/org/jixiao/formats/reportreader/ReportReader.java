package org.jixiao.formats.reportreader;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jixiao.core.grade.GradeBand;
import org.jixiao.core.review.PrintedNumbers;
import org.jixiao.core.review.Quote;
import org.jixiao.core.review.RecoveredNode;
import org.jixiao.core.review.RecoveredReport;
import org.jixiao.core.review.RecoveredReport.DataTable;
import org.jixiao.core.review.RecoveredReport.FormulaLine;
import org.jixiao.core.review.RecoveredReport.Row;
import org.jixiao.core.review.RecoveredReport.StatedBands;
import org.jixiao.core.review.RecoveredReport.StatedRatio;
import org.jixiao.core.review.RecoveredReport.StatedTotal;
import org.jixiao.core.review.RecoveredReport.TableTotal;
import org.jixiao.core.review.RecoveredReport.Unread;

/**
 * Recovers, from a report written by a person ({@link ReportText}), what the review checks: the score tables and the
 * indicator tree they show, the overall result and the grade bands, the formulaic lines, the stated ratios with their
 * inputs, and the other tables with numbers. What it cannot place is listed as unread.
 */
public final class ReportReader {
    static final Pattern CAPTION = Pattern.compile("^\\s*表\\s*(\\d+)\\s*[：:．.、]?\\s*(.*)$");
    static final Pattern FORMULA = Pattern.compile(
            "(?:该)?指标分值\\s*(\\d+(?:\\.\\d+)?)\\s*分\\s*[，,]\\s*(?:评价)?得分\\s*(\\d+(?:\\.\\d+)?)\\s*分\\s*[，,]\\s*得分率\\s*(?:为)?\\s*(\\d+(?:\\.\\d+)?)\\s*[%％]?");
    private static final Pattern TOTAL = Pattern.compile("(?:综合得分|得分为|总得分|总分为)\\s*(?:为|是|：|:)?\\s*(\\d+(?:\\.\\d+)?)\\s*分");
    private static final Pattern GRADE = Pattern.compile("(?:级别|等级)\\s*(?:为|是|：|:)?\\s*[“\"'‘]?(优秀|良好|中等|较差|优|良|中|差)");
    private static final Pattern BAND = Pattern.compile(
            "(\\d+(?:\\.\\d+)?)\\s*分?\\s*(?:（含）|\\(含\\))?\\s*(?:[—–\\-~～至到]+)\\s*(\\d+(?:\\.\\d+)?)\\s*分?\\s*(?:（含）|\\(含\\)|（不含）|\\(不含\\))?\\s*(?:的)?(?:为|评为|属于|：|:)?\\s*[“\"'‘]?(优秀|良好|中等|较差|优|良|中|差)");
    private static final Pattern PERCENT = Pattern.compile("\\d(?:\\.\\d+)?\\s*[%％]");
    private static final Pattern NAME_WEIGHT = Pattern.compile("^(.*?)\\s*[（(]\\s*(\\d+(?:\\.\\d+)?)\\s*(?:分)?\\s*[)）]\\s*$");

    private final ReportText text;
    private final List<Unread> unread = new ArrayList<>();
    private final List<ParsedTable> tables = new ArrayList<>();
    private final List<NodeBuilder> roots = new ArrayList<>();
    private final List<TableTotal> tableTotals = new ArrayList<>();
    private final List<StatedTotal> totals = new ArrayList<>();
    private final List<FormulaLine> formulaLines = new ArrayList<>();
    private final List<StatedRatio> ratios = new ArrayList<>();
    private final List<DataTable> dataTables = new ArrayList<>();
    private StatedBands bands;

    private ReportReader(ReportText text) {
        this.text = text;
    }

    /** @throws ReportReadException when the text holds nothing an evaluation report has (no score table, no result, no ratio) */
    public static RecoveredReport read(ReportText text) throws ReportReadException {
        ReportReader reader = new ReportReader(text);
        reader.readTables();
        reader.buildTree();
        List<Paragraph> paragraphs = Paragraph.split(text.lines());
        reader.readParagraphs(paragraphs);
        if (reader.roots.isEmpty() && reader.formulaLines.isEmpty() && reader.totals.isEmpty() && reader.ratios.isEmpty()
                && reader.tableTotals.isEmpty()) {
            throw new ReportReadException(text.name() + "：没有找到绩效评价报告的内容（得分表、“该指标分值…分，评价得分…分，得分率…%”句式、"
                    + "综合得分或预算执行率等比率），无法复核。请确认这是一份绩效评价报告");
        }
        return new RecoveredReport(text.name(), reader.roots.stream().map(NodeBuilder::build).toList(), reader.tableTotals,
                reader.totals, reader.bands, reader.formulaLines, reader.ratios, reader.dataTables, reader.unread);
    }

    // ---- tables ----

    /** A table as printed, its page-continuations joined. */
    static final class ParsedTable {
        String caption;
        Quote captionQuote;
        List<List<String>> header = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        int lastLine;
    }

    private void readTables() {
        List<String> lines = text.lines();
        String caption = null;
        Quote captionQuote = null;
        ParsedTable previous = null;
        boolean gapIsSmall = true;
        for (int index = 0; index < lines.size(); index++) {
            String line = lines.get(index);
            if (!line.contains("\t")) {
                Matcher matcher = CAPTION.matcher(line);
                if (matcher.matches() && line.strip().length() <= 60) {
                    caption = line.strip();
                    captionQuote = new Quote(index + 1, line.strip());
                    previous = null;
                } else if (!line.isBlank() && !isPageNoise(line)) {
                    gapIsSmall = false;
                }
                continue;
            }
            List<List<String>> block = new ArrayList<>();
            List<Integer> numbers = new ArrayList<>();
            int start = index;
            while (index < lines.size() && lines.get(index).contains("\t")) {
                block.add(cells(lines.get(index)));
                numbers.add(index + 1);
                index++;
            }
            index--;
            int headerRows = headerRows(block);
            List<List<String>> header = block.subList(0, headerRows);
            if (previous != null && caption == null && gapIsSmall && sameHeader(previous.header, header)) {
                append(previous, block, numbers, headerRows);
            } else {
                ParsedTable table = new ParsedTable();
                table.caption = caption;
                table.captionQuote = captionQuote != null ? captionQuote : new Quote(start + 1, lines.get(start).strip());
                table.header = new ArrayList<>(header);
                append(table, block, numbers, headerRows);
                tables.add(table);
                previous = table;
            }
            caption = null;
            captionQuote = null;
            gapIsSmall = true;
        }
    }

    private void append(ParsedTable table, List<List<String>> block, List<Integer> numbers, int headerRows) {
        for (int row = headerRows; row < block.size(); row++) {
            int line = numbers.get(row);
            table.rows.add(new Row(block.get(row), new Quote(line, text.lines().get(line - 1).strip())));
            table.lastLine = line;
        }
    }

    private static boolean isPageNoise(String line) {
        String stripped = line.strip();
        return stripped.matches("(第\\s*)?\\d+\\s*(页)?|-\\s*\\d+\\s*-|单位[：:].*|(共\\s*\\d+\\s*页)");
    }

    private static List<String> cells(String line) {
        List<String> cells = new ArrayList<>();
        for (String cell : line.split("\t", -1)) {
            cells.add(cell.strip());
        }
        return cells;
    }

    /** Leading rows without a number in any column but the first are header rows. */
    private static int headerRows(List<List<String>> block) {
        int rows = 0;
        for (List<String> row : block) {
            boolean numeric = false;
            for (int column = 1; column < row.size(); column++) {
                if (PrintedNumbers.parse(row.get(column)) != null) {
                    numeric = true;
                    break;
                }
            }
            if (numeric || row.stream().anyMatch(cell -> cell.equals("续上页"))) {
                break;
            }
            rows++;
            if (rows == 3) {
                break;
            }
        }
        return Math.min(rows, block.size());
    }

    private static boolean sameHeader(List<List<String>> a, List<List<String>> b) {
        if (b.isEmpty()) {
            return true;
        }
        return normalize(a.toString()).equals(normalize(b.toString()));
    }

    static String normalize(String name) {
        return name.replaceAll("[\\s“”\"‘’'「」]", "");
    }

    // ---- score tables → tree ----

    private static final class NodeBuilder {
        final String name;
        final int level;
        BigDecimal weight;
        BigDecimal weightInName;
        BigDecimal score;
        BigDecimal rate;
        Quote quote;
        final List<NodeBuilder> children = new ArrayList<>();

        NodeBuilder(String name, int level, Quote quote) {
            this.name = name;
            this.level = level;
            this.quote = quote;
        }

        RecoveredNode build() {
            return new RecoveredNode(name, level, weight, weightInName, score, rate, quote, children.stream().map(NodeBuilder::build).toList());
        }
    }

    private record ScoreColumns(List<Integer> names, List<Integer> levels, int weight, int score, int rate) {}

    private static ScoreColumns scoreColumns(ParsedTable table) {
        if (table.header.isEmpty()) {
            return null;
        }
        List<String> header = table.header.get(table.header.size() - 1).stream().map(ReportReader::normalize).toList();
        int weight = -1;
        int score = -1;
        int rate = -1;
        for (int column = 0; column < header.size(); column++) {
            String cell = header.get(column);
            if (weight < 0 && (cell.contains("分值") || cell.equals("权重") || cell.equals("标准分"))) {
                weight = column;
            } else if (cell.contains("得分率")) {
                rate = column;
            } else if (score < 0 && cell.contains("得分")) {
                score = column;
            }
        }
        if (weight < 0 || score < 0) {
            return null;
        }
        List<Integer> names = new ArrayList<>();
        List<Integer> levels = new ArrayList<>();
        int lastLevel = 0;
        for (int column = 0; column < weight; column++) {
            String cell = header.get(column);
            if (cell.contains("序号")) {
                continue;
            }
            int level = cell.startsWith("一级") ? 1 : cell.startsWith("二级") ? 2 : cell.startsWith("三级") ? 3 : cell.startsWith("四级") ? 4
                    : cell.startsWith("五级") ? 5 : 0;
            if (level == 0 && lastLevel > 0) {
                level = lastLevel + 1;
            }
            lastLevel = level;
            names.add(column);
            levels.add(level);
        }
        return names.isEmpty() ? null : new ScoreColumns(names, levels, weight, score, rate);
    }

    private void buildTree() {
        List<ParsedTable> subTables = new ArrayList<>();
        for (ParsedTable table : tables) {
            ScoreColumns columns = scoreColumns(table);
            if (columns == null) {
                dataTables.add(new DataTable(table.caption, table.captionQuote, table.header, table.rows));
                continue;
            }
            boolean flat = columns.levels().stream().allMatch(level -> level == 0);
            if (flat && isOverall(table, columns)) {
                readRows(table, columns, null, true);
            } else {
                subTables.add(table);
            }
        }
        for (ParsedTable table : subTables) {
            ScoreColumns columns = scoreColumns(table);
            boolean hasFirstLevel = columns.levels().contains(1);
            NodeBuilder root = null;
            if (!hasFirstLevel) {
                root = rootFor(table);
            }
            readRows(table, columns, root, false);
        }
    }

    private boolean isOverall(ParsedTable table, ScoreColumns columns) {
        for (Row row : table.rows) {
            String name = nameText(row, columns);
            if (name.contains("综合得分") || name.contains("总分") || name.contains("合计") || name.contains("总计")) {
                BigDecimal weight = number(row, columns.weight());
                if (weight != null && weight.compareTo(BigDecimal.valueOf(100)) == 0) {
                    return true;
                }
            }
        }
        return false;
    }

    private NodeBuilder rootFor(ParsedTable table) {
        String caption = table.caption == null ? "" : normalize(CAPTION.matcher(table.caption).replaceFirst("$2"));
        NodeBuilder best = null;
        for (NodeBuilder root : roots) {
            String name = normalize(root.name);
            if (!name.isEmpty() && caption.contains(name) && (best == null || name.length() > normalize(best.name).length())) {
                best = root;
            }
        }
        if (best != null) {
            return best;
        }
        String name = caption.replaceAll("(指标)?(得分|评分)(情况|明细)?(表)?$", "");
        if (name.isEmpty()) {
            name = "表格（第 " + table.captionQuote.line() + " 行）";
        }
        NodeBuilder root = new NodeBuilder(name, 1, table.captionQuote);
        roots.add(root);
        unread.add(new Unread(table.captionQuote, "得分表“" + name + "”未在一级指标得分表中找到对应的一级指标，按表名作为一级指标处理"));
        return root;
    }

    private static String nameText(Row row, ScoreColumns columns) {
        StringBuilder name = new StringBuilder();
        for (int column : columns.names()) {
            name.append(column < row.cells().size() ? normalize(row.cells().get(column)) : "");
        }
        return name.toString();
    }

    private static BigDecimal number(Row row, int column) {
        return column >= 0 && column < row.cells().size() ? PrintedNumbers.parse(row.cells().get(column)) : null;
    }

    private void readRows(ParsedTable table, ScoreColumns columns, NodeBuilder root, boolean overall) {
        NodeBuilder[] current = new NodeBuilder[columns.names().size()];
        String scope = overall ? null : root != null ? root.name : null;
        for (Row row : table.rows) {
            String name = nameText(row, columns);
            BigDecimal weight = number(row, columns.weight());
            BigDecimal score = number(row, columns.score());
            BigDecimal rate = number(row, columns.rate());
            if (name.contains("合计") || name.contains("综合得分") || name.contains("总计") || name.equals("总分")) {
                tableTotals.add(new TableTotal(scope, weight, score, rate, row.quote()));
                continue;
            }
            if ((name.contains("等级") || name.contains("级别")) && weight == null) {
                String grade = row.cells().stream().skip(1).filter(cell -> !cell.isBlank()).findFirst().orElse("");
                Matcher matcher = Pattern.compile("^(优秀|良好|中等|较差|优|良|中|差)").matcher(grade.strip());
                if (matcher.find()) {
                    totals.add(new StatedTotal(null, gradeWord(matcher.group(1)), row.quote()));
                } else {
                    unread.add(new Unread(row.quote(), "等级行无法识别等级"));
                }
                continue;
            }
            if (weight == null && score == null) {
                unread.add(new Unread(row.quote(), "得分表中的行没有分值和得分，未读取"));
                continue;
            }
            NodeBuilder leaf = null;
            boolean dashed = false;
            for (int i = 0; i < columns.names().size(); i++) {
                int column = columns.names().get(i);
                String cell = column < row.cells().size() ? row.cells().get(column).strip() : "";
                if (dashed) {
                    continue;
                }
                if (cell.isEmpty() || cell.equals("续上页")) {
                    continue;
                }
                if (cell.matches("[—–\\-－/]+")) {
                    dashed = true;
                    continue;
                }
                Matcher matcher = NAME_WEIGHT.matcher(cell);
                String nodeName = normalize(matcher.matches() ? matcher.group(1) : cell);
                BigDecimal nameWeight = matcher.matches() ? new BigDecimal(matcher.group(2)) : null;
                int level = columns.levels().get(i) > 0 ? columns.levels().get(i) : overall ? 1 : (root != null ? root.level + 1 + i : i + 1);
                NodeBuilder node = new NodeBuilder(nodeName, level, row.quote());
                node.weight = nameWeight;
                NodeBuilder parent = null;
                for (int j = i - 1; j >= 0; j--) {
                    if (current[j] != null) {
                        parent = current[j];
                        break;
                    }
                }
                if (parent == null) {
                    parent = root;
                }
                if (parent == null) {
                    NodeBuilder existing = roots.stream().filter(r -> r.name.equals(nodeName)).findFirst().orElse(null);
                    if (existing != null) {
                        node = existing;
                        if (node.weight == null) {
                            node.weight = nameWeight;
                        }
                    } else {
                        roots.add(node);
                    }
                } else {
                    parent.children.add(node);
                }
                current[i] = node;
                for (int k = i + 1; k < current.length; k++) {
                    current[k] = null;
                }
                leaf = node;
            }
            if (leaf == null) {
                unread.add(new Unread(row.quote(), "无法确定本行属于哪个指标（指标名称列为空或“续上页”），未读取"));
                continue;
            }
            if (weight != null) {
                if (leaf.weight != null && leaf.weight.compareTo(weight) != 0) {
                    leaf.weightInName = leaf.weight;
                }
                leaf.weight = weight;
            }
            leaf.score = score;
            leaf.rate = rate;
            leaf.quote = row.quote();
        }
    }

    static String gradeWord(String word) {
        return switch (word) {
            case "优秀" -> "优";
            case "良好" -> "良";
            case "中等" -> "中";
            case "较差" -> "差";
            default -> word;
        };
    }

    // ---- paragraphs ----

    private void readParagraphs(List<Paragraph> paragraphs) {
        HeadingResolver resolver = new HeadingResolver(roots.stream().map(NodeBuilder::build).toList());
        RatioFinder ratioFinder = new RatioFinder();
        for (int index = 0; index < paragraphs.size(); index++) {
            Paragraph paragraph = paragraphs.get(index);
            String body = paragraph.text();
            boolean used = false;
            boolean isHeading = HeadingResolver.isHeading(body);
            if (isHeading) {
                resolver.resolve(body);
            }
            Matcher formula = FORMULA.matcher(body);
            while (formula.find()) {
                used = true;
                Quote quote = paragraph.quoteAt(formula.start(), formula.group());
                String heading = index > 0 ? paragraphs.get(index - 1).text() : "";
                List<String> path = HeadingResolver.isHeading(heading) ? resolver.resolve(heading) : null;
                if (path == null) {
                    unread.add(new Unread(quote, "未能确定这一句属于哪个指标（前一行“" + shorten(heading) + "”不是可识别的指标标题），未核对"));
                    continue;
                }
                formulaLines.add(new FormulaLine(path, new BigDecimal(formula.group(1)), new BigDecimal(formula.group(2)),
                        new BigDecimal(formula.group(3)), quote));
            }
            if (!used) {
                used = readBands(paragraph) || readTotal(paragraph);
            }
            List<StatedRatio> found = ratioFinder.find(paragraph, unread);
            if (!found.isEmpty() || ratioFinder.matchedAny()) {
                used = true;
                ratios.addAll(found);
            }
            if (!used && !isHeading && PERCENT.matcher(body).find()) {
                unread.add(new Unread(paragraph.quoteAt(0, body), "含百分比的语句，没有可识别的复算依据，未核对"));
            }
        }
    }

    private boolean readBands(Paragraph paragraph) {
        Matcher matcher = BAND.matcher(paragraph.text());
        Map<String, BigDecimal> found = new LinkedHashMap<>();
        while (matcher.find()) {
            BigDecimal low = new BigDecimal(matcher.group(1));
            BigDecimal high = new BigDecimal(matcher.group(2));
            found.putIfAbsent(gradeWord(matcher.group(3)), low.min(high));
        }
        if (found.size() < 2) {
            return false;
        }
        List<GradeBand> list = new ArrayList<>();
        found.forEach((grade, min) -> list.add(new GradeBand(grade, min)));
        if (bands == null) {
            bands = new StatedBands(list, paragraph.quoteAt(0, paragraph.text()));
        }
        return true;
    }

    private boolean readTotal(Paragraph paragraph) {
        String body = paragraph.text();
        Matcher total = TOTAL.matcher(body);
        if (!total.find()) {
            return false;
        }
        Matcher grade = GRADE.matcher(body);
        boolean hasGrade = grade.find(total.end());
        if (!hasGrade && !body.contains("综合得分")) {
            return false;
        }
        int end = hasGrade ? grade.end() : total.end();
        totals.add(new StatedTotal(new BigDecimal(total.group(1)), hasGrade ? gradeWord(grade.group(1)) : null,
                paragraph.quoteAt(total.start(), body.substring(total.start(), end))));
        return true;
    }

    static String shorten(String text) {
        String flat = text.strip();
        return flat.length() <= 30 ? flat : flat.substring(0, 30) + "…";
    }
}
