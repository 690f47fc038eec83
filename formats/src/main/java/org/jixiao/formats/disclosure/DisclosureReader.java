package org.jixiao.formats.disclosure;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jixiao.core.disclosure.Passage;
import org.jixiao.core.disclosure.PrintedTable;
import org.jixiao.core.disclosure.PublishedDisclosure;
import org.jixiao.core.disclosure.Statement;
import org.jixiao.core.review.Quote;
import org.jixiao.core.review.RecoveredReport;
import org.jixiao.core.review.Where;
import org.jixiao.formats.document.SourceDocument;
import org.jixiao.formats.document.TableBlock;
import org.jixiao.formats.document.TextBlock;
import org.jixiao.formats.review.TableSummary;

/**
 * Reads a published 决算 or 预算 disclosure from the shared document model (any format the document reader takes): its
 * kind, unit and year from its title, each of its tables found by title and read by meaning, and its running text with
 * the heading each paragraph stands under.
 */
public final class DisclosureReader {
    private static final Pattern DOCUMENT_TITLE = Pattern.compile("((?:19|20)\\d{2})\\s*年(?:度)?(.{0,40}?)(?:部门|单位)?(决算|预算)");
    private static final Pattern HEADING = Pattern.compile(
            "^(?:第[一二三四五六七八九十]+部分|[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十]{1,3}[）)])\\s*\\S.{0,45}$");
    private static final Pattern TOP_HEADING = Pattern.compile("^(?:第[一二三四五六七八九十]+部分|[一二三四五六七八九十]{1,3}[、.．]).*");

    /**
     * What was read.
     *
     * @param tables one summary per table of the document, disclosure tables with the role they were read as
     * @param unread what could not be read (a column or row not understood, a table not recognised)
     */
    public record Result(PublishedDisclosure disclosure, List<TableSummary> tables, List<RecoveredReport.Unread> unread) {}

    private DisclosureReader() {}

    public static Result read(SourceDocument document) {
        SourceTables.Found found = SourceTables.of(document);
        Statement statement = statement(document, found);
        int year = 0;
        String organisation = "";
        for (String line : titleLines(document)) {
            Matcher title = DOCUMENT_TITLE.matcher(line);
            if (title.find()) {
                year = Integer.parseInt(title.group(1));
                organisation = title.group(2);
                break;
            }
        }
        if (year == 0) {
            for (SourceTables.Source source : found.tables()) {
                year = source.title == null ? 0 : DisclosureWords.year(source.title);
                if (year > 0) {
                    break;
                }
            }
        }
        List<PrintedTable> tables = new ArrayList<>();
        List<TableSummary> summaries = new ArrayList<>();
        List<RecoveredReport.Unread> unread = new ArrayList<>();
        java.util.Set<org.jixiao.core.disclosure.TableRole> seen = java.util.EnumSet.noneOf(org.jixiao.core.disclosure.TableRole.class);
        for (SourceTables.Source source : found.tables()) {
            Statement own = source.statement != null ? source.statement : statement;
            if (!seen.add(source.role)) {
                unread.add(new RecoveredReport.Unread(new Quote(source.where(), source.title == null ? "" : source.title),
                        "文件中又有一张" + source.role.title(own) + "（如下属单位的表），只核对了第一张"));
            }
            TableReader.Read read = TableReader.read(source, own, year, found.documentUnit());
            tables.add(read.table());
            unread.addAll(read.unread());
            TableBlock first = source.blocks.get(0);
            summaries.add(new TableSummary(first.where().table(), source.where(), source.title, read.table().role().title(own),
                    read.rows(), read.columns()));
        }
        for (TableBlock other : found.others()) {
            unread.add(new RecoveredReport.Unread(new Quote(other.where(), firstWords(other)),
                    "这个表格不是可识别的" + statement.word() + "公开表（标题或表头不符），未核对"));
            summaries.add(new TableSummary(other.where().table(), other.where(), null, "未使用", other.rowCount(), other.columnCount()));
        }
        summaries.sort((a, b) -> Integer.compare(a.index(), b.index()));
        PublishedDisclosure disclosure = new PublishedDisclosure(document.name(), statement, organisation, year, tables,
                passages(found.text()));
        return new Result(disclosure, summaries, unread);
    }

    /** 决算 or 预算: as the document's title says, else as most table titles say, else 决算. */
    private static Statement statement(SourceDocument document, SourceTables.Found found) {
        for (String line : titleLines(document)) {
            Matcher title = DOCUMENT_TITLE.matcher(line);
            if (title.find()) {
                return title.group(3).equals("预算") ? Statement.BUDGET : Statement.FINAL_ACCOUNTS;
            }
        }
        int budget = 0;
        int accounts = 0;
        for (SourceTables.Source source : found.tables()) {
            if (source.statement == Statement.BUDGET) {
                budget++;
            } else if (source.statement == Statement.FINAL_ACCOUNTS) {
                accounts++;
            }
        }
        return budget > accounts ? Statement.BUDGET : Statement.FINAL_ACCOUNTS;
    }

    /**
     * The first paragraphs, each alone and joined with the next one: a title set large wraps onto a second line, which a PDF
     * may give as a paragraph of its own ("…工业信息化和商务局部" / "门决算").
     */
    static List<String> titleLines(SourceDocument document) {
        List<TextBlock> first = document.paragraphs().subList(0, Math.min(8, document.paragraphs().size()));
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < first.size(); i++) {
            String line = DisclosureWords.normalise(first.get(i).text());
            lines.add(line);
            if (i + 1 < first.size() && line.length() < 60) {
                lines.add(line + DisclosureWords.normalise(first.get(i + 1).text()));
            }
        }
        return lines;
    }

    /** The running text as passages, each with the heading it stands under (一、… and its （一）…). */
    private static List<Passage> passages(List<TextBlock> text) {
        List<Passage> passages = new ArrayList<>();
        String top = "";
        String sub = "";
        for (TextBlock paragraph : text) {
            String line = paragraph.text().strip();
            if (line.isEmpty()) {
                continue;
            }
            if (HEADING.matcher(line).matches() && !line.endsWith("。") && !line.matches(".*\\d.*万元.*")) {
                if (TOP_HEADING.matcher(line).matches()) {
                    top = line;
                    sub = "";
                } else {
                    sub = line;
                }
                continue;
            }
            String printed = paragraph.text();
            StringBuilder joined = new StringBuilder(printed.length());
            int[] at = new int[printed.length() + 1];
            for (int i = 0; i < printed.length(); i++) {
                at[i] = joined.length();
                if (!looseSpace(printed, i)) {
                    joined.append(printed.charAt(i));
                }
            }
            at[printed.length()] = joined.length();
            List<Integer> offsets = new ArrayList<>();
            List<Where> wheres = new ArrayList<>();
            for (TextBlock.Piece piece : paragraph.pieces()) {
                offsets.add(at[Math.min(piece.offset(), printed.length())]);
                wheres.add(piece.where());
            }
            passages.add(new Passage(sub.isEmpty() ? top : top + " " + sub, joined.toString(), offsets, wheres));
        }
        return passages;
    }

    /**
     * A single space between a Chinese character and a figure or another Chinese character, as text converted from a PDF
     * puts around numbers ({@code 本年支出 96,089,700 元}): not part of the sentence.
     */
    private static boolean looseSpace(String text, int i) {
        if (text.charAt(i) != ' ' || i == 0 || i + 1 >= text.length()) {
            return false;
        }
        char before = text.charAt(i - 1);
        char after = text.charAt(i + 1);
        boolean hanBefore = isHan(before);
        boolean hanAfter = isHan(after);
        return (hanBefore && (hanAfter || Character.isDigit(after) || after == '-'))
                || (hanAfter && (Character.isDigit(before) || before == '%'));
    }

    private static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN || "，。、；：（）“”％".indexOf(c) >= 0;
    }

    private static String firstWords(TableBlock table) {
        StringBuilder out = new StringBuilder();
        for (int r = 0; r < Math.min(2, table.rowCount()) && out.length() < 40; r++) {
            for (String cell : table.rowTexts(r)) {
                if (!cell.isBlank() && out.indexOf(cell) < 0) {
                    out.append(cell.strip()).append(' ');
                }
            }
        }
        String text = out.toString().strip();
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }
}
