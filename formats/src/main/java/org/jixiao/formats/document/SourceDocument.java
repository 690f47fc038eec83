package org.jixiao.formats.document;

import java.util.List;
import java.util.Objects;

/**
 * A document as read from its file, whatever the format: blocks (paragraphs and tables) in reading order, each with
 * where it was read. Every reader of a kind of document (evaluation report, self-evaluation table, disclosure) works on
 * this model only, never on a file format.
 *
 * @param name   the file name, for messages and locations
 * @param format what the file was
 * @param pages  the number of pages (PDF), 0 when the source has no pages
 * @param notes  what the reader noticed but could not represent (an image-only page, a nested table flattened …),
 *               in Chinese, for the "未能核对" list
 */
public record SourceDocument(String name, Format format, int pages, List<Block> blocks, List<String> notes) {
    public SourceDocument {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(format, "format");
        blocks = List.copyOf(blocks);
        notes = List.copyOf(notes);
    }

    public enum Format {
        DOCX("Word 文档"), PDF("PDF 文档"), HTML("网页"), MARKDOWN("Markdown 文本"), TEXT("文本");

        private final String label;

        Format(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public List<TableBlock> tables() {
        return blocks.stream().filter(TableBlock.class::isInstance).map(TableBlock.class::cast).toList();
    }

    public List<TextBlock> paragraphs() {
        return blocks.stream().filter(TextBlock.class::isInstance).map(TextBlock.class::cast).toList();
    }
}
