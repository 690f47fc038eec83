package org.jixiao.formats.disclosure;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.jixiao.core.disclosure.Statement;
import org.jixiao.core.disclosure.TableRole;
import org.jixiao.core.disclosure.Unit;
import org.jixiao.core.review.Where;
import org.jixiao.formats.document.Block;
import org.jixiao.formats.document.Cell;
import org.jixiao.formats.document.SourceDocument;
import org.jixiao.formats.document.TableBlock;
import org.jixiao.formats.document.TextBlock;

/**
 * Finds the disclosure tables of a document: each table block with its title (in the lines above it, or as a title row
 * inside it), its 公开NN表 tag and its unit line; a table that goes on after a page break (no title of its own, the same
 * columns, its header repeated or not) joined to the one before it; a note under a table ("本表无数据") kept with it. The
 * paragraphs not used for any of this are the running text.
 */
final class SourceTables {
    private static final Pattern NOISE = Pattern.compile(
            "^(?:[（(]?\\s*续(?:表|上表|上页)?\\s*[\\d一二三四五六七八九十]*\\s*[）)]?|第\\s*\\d+\\s*页.*|[-—－]?\\s*\\d{1,3}\\s*[-—－]?|\\d+\\s*/\\s*\\d+)$");
    private static final Pattern EMPTY_NOTE = Pattern.compile(".*(?:本表无数据|无数据|为空表|空表|本表为空|无此项|不涉及|没有.{0,30}(?:收入|支出|收支|经费)).*");

    /** One table of the document with what was read around it. */
    static final class Source {
        final List<TableBlock> blocks = new ArrayList<>();
        String title;
        Where titleWhere = Where.NOWHERE;
        TableRole role;
        Statement statement;
        Unit unit;
        /** Rows of the first block that are a title inside the table, not part of its grid. */
        int titleRows;
        boolean markedEmpty;
        String note = "";

        int columns() {
            return blocks.get(0).columnCount();
        }

        Where where() {
            return titleWhere != Where.NOWHERE ? titleWhere : blocks.get(0).where();
        }
    }

    /** What was found: the disclosure tables, the other tables, the running text (paragraphs used for nothing else). */
    record Found(List<Source> tables, List<TableBlock> others, List<TextBlock> text, Unit documentUnit) {}

    private SourceTables() {}

    static Found of(SourceDocument document) {
        List<Source> tables = new ArrayList<>();
        List<TableBlock> others = new ArrayList<>();
        List<TextBlock> text = new ArrayList<>();
        List<TextBlock> pending = new ArrayList<>();
        Source previous = null;
        Unit documentUnit = null;
        for (Block block : document.blocks()) {
            if (block instanceof TextBlock paragraph) {
                pending.add(paragraph);
                continue;
            }
            TableBlock table = (TableBlock) block;
            if (table.rowCount() == 0 || table.columnCount() == 0) {
                continue;
            }
            // a note under the previous table ("注：本表无数据") belongs to it
            if (previous != null) {
                for (TextBlock line : pending) {
                    if (line.text().length() <= 120 && EMPTY_NOTE.matcher(DisclosureWords.normalise(line.text())).matches()
                            && DisclosureWords.title(line.text()) == null && pending.indexOf(line) < 3) {
                        previous.markedEmpty = true;
                        previous.note = line.text();
                    }
                }
            }
            Source source = start(table, pending);
            // a continued table that prints its title again on the new page (a title row repeated with the header)
            boolean repeated = source != null && previous != null && source.role == previous.role && source.titleRows > 0
                    && continues(previous, table, pending);
            if ((source == null || repeated) && previous != null && continues(previous, table, pending)) {
                previous.blocks.add(table);
                used(pending, text);
                pending = new ArrayList<>();
                continue;
            }
            if (source == null) {
                others.add(table);
                text.addAll(pending);
                pending = new ArrayList<>();
                previous = null;
                continue;
            }
            if (source.unit != null) {
                documentUnit = documentUnit == null ? source.unit : documentUnit;
            }
            tables.add(source);
            previous = source;
            used(pending, text);
            pending = new ArrayList<>();
        }
        if (previous != null) {
            for (TextBlock line : pending.subList(0, Math.min(3, pending.size()))) {
                if (line.text().length() <= 120 && EMPTY_NOTE.matcher(DisclosureWords.normalise(line.text())).matches()) {
                    previous.markedEmpty = true;
                    previous.note = line.text();
                }
            }
        }
        text.addAll(pending);
        // tables whose unit line was not printed take the document's (a unit printed once for all tables)
        for (Source source : tables) {
            if (source.unit == null) {
                source.unit = documentUnit;
            }
        }
        return new Found(tables, others, text, documentUnit);
    }

    /** The lines above a table that are its tag, title or unit are not running text; the rest is. */
    private static void used(List<TextBlock> pending, List<TextBlock> text) {
        for (TextBlock line : pending) {
            String t = line.text().strip();
            boolean tableLine = t.length() <= 80 && (DisclosureWords.title(t) != null || DisclosureWords.isUnitLine(t)
                    || t.matches("^公开\\s*\\d+\\s*表$") || NOISE.matcher(DisclosureWords.normalise(t)).matches());
            if (!tableLine) {
                text.add(line);
            }
        }
    }

    /** A new disclosure table when a title is found above it (last few short lines) or in its first row; else null. */
    private static Source start(TableBlock table, List<TextBlock> pending) {
        Source source = new Source();
        source.blocks.add(table);
        for (int i = pending.size() - 1; i >= 0 && i >= pending.size() - 5; i--) {
            String line = pending.get(i).text().strip();
            if (line.length() > 90) {
                break;
            }
            Unit unit = DisclosureWords.unit(line);
            if (unit != null && source.unit == null) {
                source.unit = unit;
            }
            DisclosureWords.Title title = DisclosureWords.title(line);
            if (title != null && source.role == null) {
                source.role = title.role();
                source.statement = title.statement();
                source.title = line;
                source.titleWhere = pending.get(i).where();
            }
        }
        // a title (and a unit) printed as rows spanning the table
        for (int r = 0; r < Math.min(3, table.rowCount()); r++) {
            Cell cell = table.cellAt(r, 0);
            if (cell == null || cell.columnSpan() * 10 < table.columnCount() * 7 || table.columnCount() < 2) {
                break;
            }
            String text = cell.text().strip();
            Unit unit = DisclosureWords.unit(text);
            DisclosureWords.Title title = DisclosureWords.title(text);
            if (title == null && unit == null && !DisclosureWords.normalise(text).startsWith("编制")) {
                break;
            }
            if (title != null && source.role == null) {
                source.role = title.role();
                source.statement = title.statement();
                source.title = text;
                source.titleWhere = cell.where();
            }
            if (unit != null && source.unit == null) {
                source.unit = unit;
            }
            source.titleRows = r + 1;
        }
        if (source.unit == null) {
            // a unit in the header: 金额（万元）, or a cell "单位：元" at the top right
            for (int r = source.titleRows; r < Math.min(source.titleRows + 4, table.rowCount()); r++) {
                for (int c = 0; c < table.columnCount() && source.unit == null; c++) {
                    source.unit = DisclosureWords.unit(table.text(r, c));
                }
            }
        }
        return source.role == null ? null : source;
    }

    /** A table block goes on from the previous one: nothing between them but page noise, and the same columns. */
    private static boolean continues(Source previous, TableBlock table, List<TextBlock> between) {
        if (table.columnCount() != previous.columns()) {
            return false;
        }
        for (TextBlock line : between) {
            String t = DisclosureWords.normalise(line.text());
            if (!NOISE.matcher(t).matches() && !DisclosureWords.isUnitLine(t) && !t.matches("^公开\\d+表$")) {
                return false;
            }
        }
        return true;
    }
}
