package org.jixiao.formats.disclosure;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jixiao.core.disclosure.ColumnKey;
import org.jixiao.core.disclosure.Figure;
import org.jixiao.core.disclosure.FunctionClasses;
import org.jixiao.core.disclosure.Line;
import org.jixiao.core.disclosure.Measure;
import org.jixiao.core.disclosure.Period;
import org.jixiao.core.disclosure.PrintedRow;
import org.jixiao.core.disclosure.PrintedTable;
import org.jixiao.core.disclosure.RowKey;
import org.jixiao.core.disclosure.Statement;
import org.jixiao.core.disclosure.TableRole;
import org.jixiao.core.disclosure.Unit;
import org.jixiao.core.review.Quote;
import org.jixiao.core.review.RecoveredReport;
import org.jixiao.core.review.Where;
import org.jixiao.formats.document.Cell;
import org.jixiao.formats.document.TableBlock;

/**
 * Reads one disclosure table into a {@link PrintedTable}: the header rows told from the body (栏次 rows included), each
 * column's meaning from its header words, the two halves of a 收入 | 支出 table, each row's key from its 科目编码 (one
 * column, or 类/款/项 columns), its 科目名称 or its fixed label, and every printed figure with its cell. What is not
 * understood — a column of figures under unknown words, a row of figures with an unknown label — is reported, not guessed.
 */
final class TableReader {
    /** The table read, and what in it could not be read. */
    record Read(PrintedTable table, List<RecoveredReport.Unread> unread, int rows, int columns) {}

    /** A grid row as printed: the cell at each column (a merged cell repeated), and where the row was read. */
    private record GridRow(List<Cell> cells, Where where) {
        String text(int column) {
            Cell cell = column < cells.size() ? cells.get(column) : null;
            return cell == null ? "" : cell.text().strip();
        }

        Cell cell(int column) {
            return column < cells.size() ? cells.get(column) : null;
        }

        String joined() {
            StringBuilder out = new StringBuilder();
            Cell last = null;
            for (Cell cell : cells) {
                if (cell != null && cell != last) {
                    out.append(DisclosureWords.normalise(cell.text())).append('|');
                }
                last = cell;
            }
            return out.toString();
        }
    }

    private enum Kind { CODE, CLASS_CODE, SECTION_CODE, ITEM_CODE, NAME, LINE_NUMBER, FIGURES, UNKNOWN }

    /** A column as understood: its kind, its side (0 whole, 1 收入, 2 支出), its key or “三公” item, its header words. */
    private record Column(Kind kind, int side, ColumnKey key, Line item, String header) {}

    private final SourceTables.Source source;
    private final Statement statement;
    private final int year;
    private final List<RecoveredReport.Unread> unread = new ArrayList<>();

    private TableReader(SourceTables.Source source, Statement statement, int year) {
        this.source = source;
        this.statement = statement;
        this.year = year;
    }

    static Read read(SourceTables.Source source, Statement statement, int year, Unit fallbackUnit) {
        return new TableReader(source, statement, year).read(fallbackUnit);
    }

    private Read read(Unit fallbackUnit) {
        List<GridRow> rows = gridRows();
        int header = headerRows(rows);
        List<GridRow> head = rows.subList(0, header);
        List<GridRow> body = rows.subList(header, rows.size());
        int columnCount = source.columns();
        int boundary = boundary(head, columnCount);
        List<Column> columns = new ArrayList<>();
        for (int c = 0; c < columnCount; c++) {
            columns.add(column(head, body, c, boundary));
        }
        columns = sideBySide(columns);
        Unit unit = source.unit != null ? source.unit : fallbackUnit;
        if (unit == null) {
            unit = Unit.WAN_YUAN;
            unread.add(new RecoveredReport.Unread(new Quote(source.where(), name()), "表上未印金额单位（单位：万元/元），按万元核对"));
        }
        Map<ColumnKey, String> keys = new LinkedHashMap<>();
        List<PrintedRow> printed = new ArrayList<>();
        if (source.role == TableRole.THREE_PUBLIC && columns.stream().anyMatch(c -> c.item() != null)) {
            threeAcross(body, columns, keys, printed);
        } else {
            for (Column column : columns) {
                if (column.key() != null && !keys.containsKey(column.key())) {
                    keys.put(column.key(), column.header());
                }
            }
            rows(body, columns, printed);
        }
        boolean empty = source.markedEmpty || printed.stream().allMatch(row -> row.figures().values().stream().allMatch(f -> f.value().signum() == 0));
        PrintedTable table = new PrintedTable(statement, source.role, source.title == null ? "" : source.title.strip(), unit, source.where(),
                keys, printed, empty, source.blocks.stream().anyMatch(TableBlock::inferred));
        return new Read(table, unread, rows.size(), columnCount);
    }

    private String name() {
        return source.title != null ? source.title.strip() : source.role.standardName(statement);
    }

    // ------------------------------------------------------------------------------------------------ grid

    private List<GridRow> gridRows() {
        List<GridRow> rows = new ArrayList<>();
        List<String> header = new ArrayList<>();
        for (int b = 0; b < source.blocks.size(); b++) {
            TableBlock block = source.blocks.get(b);
            int start = b == 0 ? source.titleRows : 0;
            List<GridRow> piece = new ArrayList<>();
            for (int r = start; r < block.rowCount(); r++) {
                List<Cell> cells = new ArrayList<>();
                boolean any = false;
                for (int c = 0; c < block.columnCount(); c++) {
                    Cell cell = block.cellAt(r, c);
                    cells.add(cell);
                    any |= cell != null && !cell.text().isBlank();
                }
                if (any) {
                    piece.add(new GridRow(cells, block.rowWhere(r)));
                }
            }
            if (b == 0) {
                int h = headerRows(piece);
                for (int r = 0; r < h; r++) {
                    header.add(piece.get(r).joined());
                }
            } else {
                // a continued table repeats its header on the new page (whole, or only its first row): drop it
                int skip = 0;
                while (skip < piece.size() && skip < header.size() && piece.get(skip).joined().equals(header.get(skip))) {
                    skip++;
                }
                skip = Math.max(skip, headerRows(piece));
                piece = piece.subList(skip, piece.size());
            }
            rows.addAll(piece);
        }
        return rows;
    }

    /** Leading rows without a figure in their body columns, 栏次 rows included, at most six. */
    private static int headerRows(List<GridRow> rows) {
        int header = 0;
        while (header < rows.size() && header < 6) {
            GridRow row = rows.get(header);
            if (isCountingRow(row)) {
                header++;
                continue;
            }
            if (isBodyRow(row)) {
                break;
            }
            header++;
        }
        return header == rows.size() ? Math.min(header, rows.isEmpty() ? 0 : rows.size()) : header;
    }

    /** A 栏次 row: "栏次 | | 1 | 2 | 3", or only the numbers 1, 2, 3 … of the columns. */
    private static boolean isCountingRow(GridRow row) {
        int numbers = 0;
        int previous = 0;
        boolean word = false;
        Cell last = null;
        for (Cell cell : row.cells()) {
            if (cell == null || cell == last) {
                continue;
            }
            last = cell;
            String text = DisclosureWords.normalise(cell.text());
            if (text.isEmpty()) {
                continue;
            }
            if (text.equals("栏次") || text.equals("行次") || text.equals("栏号")) {
                word = true;
            } else if (text.matches("\\d{1,2}") && (word || Integer.parseInt(text) == previous + 1)) {
                previous = Integer.parseInt(text);
                numbers++;
            } else if (!text.matches("[A-Z]|[甲乙丙丁]") && !(text.matches("\\D{1,6}\\d{1,2}") && row.joined().contains("栏次"))) {
                // (a 栏次 row on a continued page may carry the end of a header broken over two lines: "算数1")
                return false;
            }
        }
        return word || numbers >= 3;
    }

    /**
     * A row of the body: a figure with decimals or separators; or a 科目编码, a 类 name or the label of a total or fixed row
     * in one of its first columns while its other cells hold figures or nothing (a header row names columns instead).
     */
    private static boolean isBodyRow(GridRow row) {
        Cell only = row.cells().stream().filter(java.util.Objects::nonNull).findFirst().orElse(null);
        if (only != null && row.cells().stream().allMatch(cell -> cell == null || cell == only) && only.columnSpan() * 10 >= row.cells().size() * 7) {
            return false; // one cell across the table: a title repeated on a continued page
        }
        Cell last = null;
        int index = 0;
        boolean label = false;
        boolean otherWords = false;
        for (Cell cell : row.cells()) {
            if (cell == null || cell == last) {
                index++;
                continue;
            }
            last = cell;
            String text = cell.text().strip();
            BigDecimal number = DisclosureWords.number(text);
            if (number != null && (text.contains(".") || text.contains(",") || text.contains("．") || number.abs().compareTo(BigDecimal.valueOf(99)) > 0)) {
                return true;
            }
            String key = DisclosureWords.normalise(text);
            if (index <= 3 && !label && (key.matches("\\d{3}|\\d{5}|\\d{7}") || DisclosureWords.isTotal(text)
                    || DisclosureWords.incomeLine(text, false) != null && !key.equals("财政拨款") && !isHeaderWord(key)
                    || FunctionClasses.code(text) != null)) {
                label = true;
            } else if (!key.isEmpty() && number == null) {
                otherWords = true;
            }
            index++;
        }
        return label && !otherWords;
    }

    private static boolean isHeaderWord(String key) {
        return DisclosureWords.measure(key) != null && key.length() <= 12 && !key.matches("^[一二三四五六七八九十]+、.*");
    }

    /** The first column of the 支出 half of a two-sided table, or -1. */
    private int boundary(List<GridRow> head, int columns) {
        if (source.role != TableRole.SUMMARY && source.role != TableRole.FISCAL_SUMMARY) {
            return -1;
        }
        for (GridRow row : head) {
            for (int c = 1; c < columns; c++) {
                String key = DisclosureWords.normalise(row.text(c));
                Cell cell = row.cell(c);
                if (cell != null && cell.column() == c && (key.equals("支出") || key.startsWith("支出项目") || key.equals("支出项目"))) {
                    return c;
                }
            }
        }
        // no 收入/支出 heading: the second 项目 column starts the other half
        int labels = 0;
        for (int c = 0; c < columns; c++) {
            String path = String.join("", path(head, c));
            if (path.contains("项目") || path.contains("名称")) {
                if (++labels == 2) {
                    return c;
                }
            }
        }
        return -1;
    }

    /** The distinct header words over a column, top to bottom, 栏次 rows left out. */
    private static List<String> path(List<GridRow> head, int column) {
        List<String> path = new ArrayList<>();
        Cell last = null;
        for (GridRow row : head) {
            if (isCountingRow(row)) {
                continue;
            }
            Cell cell = row.cell(column);
            if (cell == null || cell == last) {
                continue;
            }
            last = cell;
            String text = cell.text().replace('\n', ' ').strip();
            if (!text.isEmpty() && (path.isEmpty() || !path.get(path.size() - 1).equals(text))) {
                path.add(text);
            }
        }
        return path;
    }

    private Column column(List<GridRow> head, List<GridRow> body, int c, int boundary) {
        List<String> path = path(head, c);
        int side = boundary < 0 ? 0 : c < boundary ? 1 : 2;
        // the 收入 / 支出 heading over a half names the half, not the column
        String header = String.join("/", side == 0 ? path : path.stream().filter(p -> !p.strip().equals("收入") && !p.strip().equals("支出")).toList());
        String words = DisclosureWords.normalise(String.join("", path));
        String leaf = path.isEmpty() ? "" : DisclosureWords.normalise(path.get(path.size() - 1));
        if (words.contains("行次") || words.equals("栏次")) {
            return new Column(Kind.LINE_NUMBER, side, null, null, header);
        }
        if (leaf.equals("类")) {
            return new Column(Kind.CLASS_CODE, side, null, null, header);
        }
        if (leaf.equals("款")) {
            return new Column(Kind.SECTION_CODE, side, null, null, header);
        }
        if (leaf.equals("项")) {
            return new Column(Kind.ITEM_CODE, side, null, null, header);
        }
        if ((words.contains("编码") || words.contains("代码")) && !leaf.contains("名称")) {
            return new Column(Kind.CODE, side, null, null, header);
        }
        DisclosureWords.ColumnMeaning meaning = DisclosureWords.column(path, year);
        if (meaning == null || leaf.contains("名称") || leaf.equals("项目") || leaf.endsWith("项目")) {
            if (words.contains("名称") || words.contains("项目") || words.equals("收入") || words.equals("支出") || path.isEmpty()) {
                return mostlyCodes(body, c) ? new Column(Kind.CODE, side, null, null, header) : new Column(Kind.NAME, side, null, null, header);
            }
            return new Column(Kind.UNKNOWN, side, null, null, header);
        }
        return figures(meaning, side, header);
    }

    /**
     * The 基本支出 table as the 公开06表 prints it: 人员经费 and 公用经费 side by side, each a 科目编码 | 科目名称 | 决算数 group
     * (公用经费 in two such groups): each group is read as a table of its own, its rows by their codes.
     */
    private List<Column> sideBySide(List<Column> columns) {
        long codes = columns.stream().filter(c -> c.kind() == Kind.CODE).count();
        if (source.role != TableRole.BASIC || codes < 2) {
            return columns;
        }
        List<Column> grouped = new ArrayList<>();
        int group = 0;
        for (Column column : columns) {
            if (column.kind() == Kind.CODE || group == 0) {
                group++;
            }
            grouped.add(new Column(column.kind(), group, column.key(), column.item(), column.header()));
        }
        return grouped;
    }

    private static boolean mostlyCodes(List<GridRow> body, int c) {
        int codes = 0;
        int texts = 0;
        for (GridRow row : body) {
            String text = DisclosureWords.normalise(row.text(c));
            if (text.isEmpty()) {
                continue;
            }
            texts++;
            if (text.matches("\\d{3}|\\d{5}|\\d{7}")) {
                codes++;
            }
        }
        return texts > 0 && codes * 10 >= texts * 8;
    }

    /** The column's key in this table's role. */
    private Column figures(DisclosureWords.ColumnMeaning meaning, int side, String header) {
        Measure measure = meaning.measure();
        Period period = meaning.period();
        switch (source.role) {
            case SUMMARY -> measure = Measure.AMOUNT;
            case FISCAL_SUMMARY -> {
                if (side == 1 || isAmountWord(measure)) {
                    measure = side == 2 ? Measure.TOTAL : Measure.AMOUNT;
                }
            }
            case THREE_PUBLIC -> {
                Measure group = meaning.group() != null ? meaning.group() : measure;
                if (meaning.line() != null || meaning.group() != null && measure == Measure.TOTAL) {
                    Line item = meaning.line() != null ? meaning.line() : Line.THREE_TOTAL;
                    return new Column(Kind.FIGURES, side, new ColumnKey(threeMeasure(group), period), item, header);
                }
                measure = threeMeasure(measure);
            }
            case BASIC -> {
                if (meaning.group() == Measure.PERSONNEL || meaning.group() == Measure.PUBLIC_FUNDS) {
                    measure = meaning.group();
                } else if (isAmountWord(measure)) {
                    measure = Measure.TOTAL;
                }
            }
            default -> {
                if (isAmountWord(measure)) {
                    measure = Measure.TOTAL;
                }
            }
        }
        return new Column(Kind.FIGURES, side, new ColumnKey(measure, period), null, header);
    }

    private static boolean isAmountWord(Measure measure) {
        return measure == Measure.AMOUNT || measure == Measure.BUDGET || measure == Measure.ACTUAL;
    }

    /** In a “三公” table every figure is a 预算数 or a 决算数; a budget's table prints 预算数 only. */
    private Measure threeMeasure(Measure measure) {
        if (measure == Measure.BUDGET || measure == Measure.ACTUAL) {
            return measure;
        }
        return statement == Statement.BUDGET ? Measure.BUDGET : Measure.ACTUAL;
    }

    // ------------------------------------------------------------------------------------------------ rows

    private void rows(List<GridRow> body, List<Column> columns, List<PrintedRow> printed) {
        String lastClass = null;
        String lastSection = null;
        boolean openingBlock = false;
        int sides = columns.stream().mapToInt(Column::side).max().orElse(0);
        for (GridRow row : body) {
            int rowStart = printed.size();
            for (int side = sides == 0 ? 0 : 1; side <= sides; side++) {
                String label = "";
                String code = null;
                String classPart = null;
                String sectionPart = null;
                String itemPart = null;
                Where where = row.where();
                Map<ColumnKey, Figure> figures = new LinkedHashMap<>();
                java.util.Set<ColumnKey> unreadable = new java.util.HashSet<>();
                boolean unknownFigures = false;
                Cell last = null;
                for (int c = 0; c < columns.size(); c++) {
                    Column column = columns.get(c);
                    if (column.side() != side) {
                        continue;
                    }
                    Cell cell = row.cell(c);
                    String text = cell == null ? "" : cell.text().strip();
                    switch (column.kind()) {
                        case CODE -> {
                            String digits = DisclosureWords.normalise(text);
                            if (digits.matches("\\d{3}|\\d{5}|\\d{7}")) {
                                code = digits;
                            } else if (!digits.isEmpty() && label.isEmpty()) {
                                label = text;
                                where = cell.where();
                            }
                        }
                        case CLASS_CODE -> classPart = digitsOrLabel(text, 3);
                        case SECTION_CODE -> sectionPart = digitsOrLabel(text, 2);
                        case ITEM_CODE -> itemPart = digitsOrLabel(text, 2);
                        case NAME -> {
                            if (!text.isEmpty() && cell != last) {
                                label = label.isEmpty() ? text : label.equals(text) ? label : label;
                                where = cell.where();
                            }
                        }
                        case FIGURES -> {
                            if (cell == null || cell == last && cell.columnSpan() > 1) {
                                break;
                            }
                            String figure = figureText(text, column.header());
                            BigDecimal value = DisclosureWords.number(figure);
                            if (value != null) {
                                figures.putIfAbsent(column.key(), new Figure(value, figure, cell.where()));
                            } else if (!DisclosureWords.isPlaceholder(text)) {
                                unreadable.add(column.key());
                            }
                        }
                        case UNKNOWN -> unknownFigures |= DisclosureWords.number(text) != null;
                        default -> { }
                    }
                    last = cell;
                }
                if (classPart != null || sectionPart != null || itemPart != null) {
                    // split codes: a 类 printed once above its 款 and 项 is carried down
                    if (classPart != null && classPart.matches("\\d{3}")) {
                        lastClass = classPart;
                        lastSection = null;
                    }
                    if (sectionPart != null && sectionPart.matches("\\d{2}")) {
                        lastSection = sectionPart;
                    }
                    // a 类 cell printed but not read as 3 digits (cut by a page) is not inherited from the row above
                    String cls = classPart != null && classPart.matches("\\d{3}") ? classPart : classPart == null ? lastClass : null;
                    if (cls != null) {
                        if (itemPart != null && itemPart.matches("\\d{2}") && lastSection != null) {
                            code = cls + (sectionPart != null && sectionPart.matches("\\d{2}") ? sectionPart : lastSection) + itemPart;
                        } else if (sectionPart != null && sectionPart.matches("\\d{2}")) {
                            code = cls + sectionPart;
                        } else if (classPart != null && classPart.matches("\\d{3}")) {
                            code = cls;
                        }
                    }
                    for (String part : new String[] {classPart, sectionPart, itemPart}) {
                        if (part != null && !part.matches("\\d+") && label.isEmpty()) {
                            label = part;
                        }
                    }
                }
                if (label.isEmpty() && code == null && figures.isEmpty()) {
                    continue;
                }
                boolean twoSided = source.role == TableRole.SUMMARY || source.role == TableRole.FISCAL_SUMMARY;
                PrintedRow.Side rowSide = !twoSided ? PrintedRow.Side.NONE : side == 1 ? PrintedRow.Side.INCOME
                        : side == 2 ? PrintedRow.Side.EXPENDITURE : PrintedRow.Side.NONE;
                if (side == 1 && DisclosureWords.label(label).contains("年初") && DisclosureWords.label(label).contains("结转")
                        && source.role == TableRole.FISCAL_SUMMARY) {
                    openingBlock = true;
                }
                RowKey key = key(label, code, rowSide, openingBlock && !DisclosureWords.label(label).contains("年初"));
                if (key == null) {
                    if (!figures.isEmpty() && figures.values().stream().anyMatch(f -> f.value().signum() != 0)) {
                        unread.add(new RecoveredReport.Unread(new Quote(where, label.isEmpty() ? row.joined() : label),
                                name() + "中这一行的名称未能识别，其数字未核对"));
                    }
                    continue;
                }
                if (unknownFigures && side <= 1) {
                    unread.add(new RecoveredReport.Unread(new Quote(where, row.joined()), name() + "中有表头未能识别的列，该列数字未核对"));
                }
                String shown = code != null && !label.startsWith(code) ? code + " " + label.strip() : label.strip();
                if (!unreadable.isEmpty()) {
                    unread.add(new RecoveredReport.Unread(new Quote(where, row.joined()), name() + "中这一行有数字未能读出（可能被分页截断），与它有关的勾稽关系未核对"));
                }
                PrintedRow read = new PrintedRow(key, rowSide, shown.isEmpty() ? key.toString() : shown, where, figures, unreadable);
                PrintedRow same = sameRowBefore(printed, rowStart, key);
                if (same != null) {
                    // the 人员经费合计 | 公用经费合计 row of a side-by-side table: one 合计 row with both figures
                    Map<ColumnKey, Figure> both = new LinkedHashMap<>(same.figures());
                    figures.forEach(both::putIfAbsent);
                    java.util.Set<ColumnKey> unread = new java.util.HashSet<>(same.unreadable());
                    unread.addAll(unreadable);
                    printed.set(printed.indexOf(same), new PrintedRow(key, rowSide, same.label(), same.where(), both, unread));
                } else {
                    printed.add(read);
                }
            }
        }
    }

    /**
     * A figure cell's number. A PDF page that repeats a header broken over two lines may join the header's last characters
     * to the first figure under it ("算数10,081,900.00" under "2023年预算数"): characters of the column's own header before
     * the number are dropped, nothing else is.
     */
    private static String figureText(String text, String header) {
        if (DisclosureWords.number(text) != null) {
            return text;
        }
        java.util.regex.Matcher joined = java.util.regex.Pattern.compile("^([^\\d\\-（(]{1,6})([-（(]?[\\d,，.．]+[)）]?%?)$").matcher(text);
        if (joined.matches() && DisclosureWords.normalise(header).contains(DisclosureWords.normalise(joined.group(1)))) {
            return joined.group(2);
        }
        return text;
    }

    /** A row with this key read from the same grid row (another group of a side-by-side table), or null. */
    private static PrintedRow sameRowBefore(List<PrintedRow> printed, int rowStart, RowKey key) {
        for (int i = rowStart; i < printed.size(); i++) {
            if (printed.get(i).key().equals(key)) {
                return printed.get(i);
            }
        }
        return null;
    }

    private static String digitsOrLabel(String text, int digits) {
        String key = DisclosureWords.normalise(text);
        if (key.isEmpty()) {
            return null;
        }
        if (key.matches("\\d+") && key.length() >= digits) {
            return key.substring(key.length() - digits);
        }
        return text.strip();
    }

    /** The row's key in this table's role, or null when its label means nothing known. */
    private RowKey key(String label, String code, PrintedRow.Side side, boolean openingBlock) {
        TableRole role = source.role;
        if (role == TableRole.SUMMARY || role == TableRole.FISCAL_SUMMARY) {
            if (label.isBlank()) {
                return null;
            }
            if (side == PrintedRow.Side.INCOME) {
                Line line = DisclosureWords.incomeLine(label, openingBlock);
                return line == null ? new RowKey.Name(DisclosureWords.label(label)) : RowKey.line(line);
            }
            Line line = DisclosureWords.expenditureLine(label);
            if (line != null) {
                return RowKey.line(line);
            }
            String cls = code != null ? code : FunctionClasses.code(label);
            return cls != null ? RowKey.code(cls) : new RowKey.Name(DisclosureWords.label(label));
        }
        if (role == TableRole.THREE_PUBLIC) {
            if (DisclosureWords.isTotal(label)) {
                return RowKey.line(Line.THREE_TOTAL);
            }
            Line item = DisclosureWords.threePublicItem(label);
            return item == null ? null : RowKey.line(item);
        }
        if (code != null) {
            return RowKey.code(code);
        }
        String key = DisclosureWords.label(label);
        if (DisclosureWords.isTotal(label) || key.matches("(?:人员经费|公用经费)?合计")) {
            return RowKey.line(Line.TOTAL);
        }
        java.util.regex.Matcher embedded = java.util.regex.Pattern.compile("^(\\d{3}|\\d{5}|\\d{7})\\D").matcher(key);
        if (embedded.find()) {
            return RowKey.code(embedded.group(1));
        }
        if (role.byFunction()) {
            String cls = FunctionClasses.code(label);
            if (cls != null) {
                return RowKey.code(cls);
            }
        }
        return label.isBlank() ? null : new RowKey.Name(key);
    }

    // ------------------------------------------------------------------------------------------------ “三公” across

    /** The “三公” table laid out across: one row of figures, each column an item under 预算数 or 决算数. */
    private void threeAcross(List<GridRow> body, List<Column> columns, Map<ColumnKey, String> keys, List<PrintedRow> printed) {
        GridRow figuresRow = null;
        for (GridRow row : body) {
            boolean hasFigures = false;
            for (int c = 0; c < columns.size(); c++) {
                hasFigures |= columns.get(c).item() != null && DisclosureWords.number(row.text(c)) != null;
            }
            String first = row.text(0);
            if (hasFigures && (figuresRow == null || DisclosureWords.isTotal(first))) {
                figuresRow = row;
                if (DisclosureWords.isTotal(first) || DisclosureWords.number(first) != null) {
                    break;
                }
            }
        }
        Map<Line, Map<ColumnKey, Figure>> byItem = new LinkedHashMap<>();
        Map<Line, Where> whereOf = new LinkedHashMap<>();
        for (int c = 0; c < columns.size(); c++) {
            Column column = columns.get(c);
            if (column.item() == null) {
                continue;
            }
            keys.putIfAbsent(column.key(), column.key().toString());
            byItem.computeIfAbsent(column.item(), k -> new LinkedHashMap<>());
            if (figuresRow == null) {
                continue;
            }
            Cell cell = figuresRow.cell(c);
            String text = cell == null ? "" : cell.text().strip();
            BigDecimal value = DisclosureWords.number(text);
            whereOf.putIfAbsent(column.item(), cell == null ? figuresRow.where() : cell.where());
            if (value != null) {
                byItem.get(column.item()).putIfAbsent(column.key(), new Figure(value, text, cell.where()));
            }
        }
        for (Map.Entry<Line, Map<ColumnKey, Figure>> entry : byItem.entrySet()) {
            printed.add(new PrintedRow(RowKey.line(entry.getKey()), PrintedRow.Side.NONE, entry.getKey().label(),
                    whereOf.getOrDefault(entry.getKey(), figuresRow == null ? source.where() : figuresRow.where()), entry.getValue()));
        }
    }
}
