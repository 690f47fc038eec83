package org.jixiao.formats.document.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.jixiao.core.review.Where;
import org.jixiao.formats.document.Block;
import org.jixiao.formats.document.Cell;
import org.jixiao.formats.document.DocumentReadException;
import org.jixiao.formats.document.SourceDocument;
import org.jixiao.formats.document.TableBlock;

/**
 * A PDF with a text layer into the document model: per page, the glyphs and ruling lines of the content stream (one
 * pass, {@link PageCollector}); tables drawn with lines ({@link Lattice}) or aligned without ({@link Stream}); the
 * other lines joined into paragraphs, headings and captions ({@link Paragraphs}); running headers and footers dropped
 * ({@link Furniture}). A table continued on the next page stays two tables, one per page, as in the file.
 *
 * <p>Bad files end with a one-line message naming the file: scanned (no text layer), encrypted, damaged, or too big to
 * read in {@link Limits#SECONDS} seconds.
 */
public final class PdfDocumentReader {
    /** PDFBox may keep at most this much of a document's streams in memory while reading it. */
    private static final long STREAM_MEMORY = 64L * 1024 * 1024;

    private PdfDocumentReader() {}

    public static SourceDocument read(String name, byte[] bytes) throws DocumentReadException {
        return read(name, bytes, Limits.standard());
    }

    static SourceDocument read(String name, byte[] bytes, Limits limits) throws DocumentReadException {
        List<String> notes = new ArrayList<>();
        List<PageContent> pages;
        Map<Integer, List<Outline.Entry>> outline;
        try (PDDocument document = Loader.loadPDF(new RandomAccessReadBuffer(bytes), "",
                MemoryUsageSetting.setupMainMemoryOnly(STREAM_MEMORY).streamCache)) {
            checkContentSizes(name, document, limits);
            PageCollector collector = new PageCollector(limits, notes);
            pages = collector.collect(document);
            outline = Outline.read(document);
        } catch (InvalidPasswordException e) {
            throw new DocumentReadException(name + "：PDF 已加密，需要密码才能打开，无法复核", e);
        } catch (Limits.Exceeded e) {
            throw new DocumentReadException(e.kind == Limits.Exceeded.Kind.TIME
                    ? name + "：PDF 过大或过于复杂，读取超过 " + limits.seconds() + " 秒仍未完成，已停止。请拆分后再复核"
                    : name + "：PDF 内容过多，超出可读取的上限，无法复核。请拆分后再复核", e);
        } catch (IOException | RuntimeException | StackOverflowError e) {
            throw new DocumentReadException(name + "：无法作为 PDF 打开，文件可能已损坏或不完整", e);
        }
        try {
            return assemble(name, pages, outline, notes);
        } catch (RuntimeException | StackOverflowError e) {
            // a layout the reader cannot make sense of still ends in one line, never a stack trace
            throw new DocumentReadException(name + "：PDF 的版面无法解析，无法复核。请提供 Word 文档", e);
        }
    }

    /** Refuses a page whose content streams inflate beyond the limit before PDFBox reads them into memory. */
    private static void checkContentSizes(String name, PDDocument document, Limits limits) throws IOException, DocumentReadException {
        int number = 0;
        byte[] buffer = new byte[64 * 1024];
        for (PDPage page : document.getPages()) {
            number++;
            limits.check();
            if (!page.hasContents()) {
                continue;
            }
            long total = 0;
            try (InputStream in = page.getContents()) {
                int read;
                while ((read = in.read(buffer)) > 0) {
                    total += read;
                    if (total > limits.maxContentBytes()) {
                        throw new DocumentReadException(name + "：PDF 第 " + number + " 页的内容过大，无法复核");
                    }
                }
            }
        }
    }

    private static SourceDocument assemble(String name, List<PageContent> pages, Map<Integer, List<Outline.Entry>> outline,
                                           List<String> notes) throws DocumentReadException {
        int visible = 0;
        int drawn = 0;
        int undecodable = 0;
        List<PageContent> readable = new ArrayList<>();
        for (PageContent page : pages) {
            drawn += page.drawnGlyphs();
            int count = 0;
            int bad = 0;
            for (Glyph glyph : page.glyphs()) {
                if (!glyph.isSpace()) {
                    count++;
                    if (garbled(glyph.text())) {
                        bad++;
                    }
                }
            }
            if (count > 0 && bad >= 0.3 * count) {
                undecodable += count;
                notes.add("第 " + page.number() + " 页的文字无法解码（字体缺少编码信息），未能读取");
                readable.add(new PageContent(page.number(), page.width(), page.height(), List.of(), List.of(), page.drawnGlyphs(), 0,
                        page.imageArea()));
                continue;
            }
            visible += count;
            if (count == 0 && page.imageArea() > 0.2) {
                notes.add("第 " + page.number() + " 页是图片，没有文字层，未能读取");
            } else if (count > 0 && page.invisibleGlyphs() >= 0.8 * count) {
                notes.add("第 " + page.number() + " 页的文字是扫描图片上的识别文字（OCR），数字可能识别有误");
            }
            readable.add(page);
        }
        if (visible < 10) {
            if (undecodable > 0 || drawn > 10 * Math.max(visible, 1)) {
                throw new DocumentReadException(name + "：PDF 的文字无法解码（字体缺少编码信息），无法复核。请提供 Word 文档或另行导出的 PDF");
            }
            throw new DocumentReadException(name + "：是扫描件或图片（没有可读取的文字层），无法复核。请提供带文字的 PDF 或 Word 文档");
        }
        List<PageLayout> layouts = new ArrayList<>();
        for (PageContent page : readable) {
            layouts.add(PageLayout.of(page, notes));
        }
        Furniture.remove(layouts);
        List<Block> blocks = new ArrayList<>();
        Paragraphs paragraphs = new Paragraphs(layouts);
        int tables = 0;
        for (Paragraphs.Unit unit : paragraphs.units()) {
            if (unit instanceof Paragraphs.Table table) {
                tables++;
                TableBlock block = tableBlock(table.grid(), table.page(), tables);
                blocks.add(block);
            } else if (unit instanceof Paragraphs.Text text) {
                blocks.add(text.block(Outline.level(outline, text)));
            }
        }
        return new SourceDocument(name, SourceDocument.Format.PDF, pages.size(), blocks, notes);
    }

    private static TableBlock tableBlock(Grid grid, int page, int index) {
        List<Cell> cells = new ArrayList<>();
        java.util.Map<Grid.Slot, Integer> indents = Indents.of(grid);
        for (Grid.Slot slot : grid.slots) {
            double innerRight = PageLayout.innerRight(grid, slot);
            String text = org.jixiao.formats.document.Texts.normalize(PageLayout.cellText(slot.lines, innerRight));
            cells.add(new Cell(slot.row, slot.column, slot.rowSpan, slot.columnSpan, text,
                    new Where(page, 0, 0, index, slot.row + 1, slot.column + 1), indents.getOrDefault(slot, 0)));
        }
        return new TableBlock(cells, new Where(page, 0, 0, index, 0, 0));
    }

    /** A character a font without a Unicode mapping produces: private use, control characters, the replacement mark. */
    private static boolean garbled(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c >= 0xE000 && c <= 0xF8FF || c == 0xFFFD || c >= 0x7F && c < 0xA0) {
                return true;
            }
        }
        return false;
    }
}
