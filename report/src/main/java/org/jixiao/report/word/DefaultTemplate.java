package org.jixiao.report.word;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

/**
 * Writes a report template: A4, Chinese fonts, page numbers, a cover with text tags and one block tag per part. The
 * default report is rendered from it, and {@code jixiao report template} hands it to an agency to restyle.
 */
public final class DefaultTemplate {
    /** A4 in twentieths of a point, and margins of 2.8 cm left/right, 2.54 cm top/bottom. */
    static final int PAGE_WIDTH = 11906;
    static final int PAGE_HEIGHT = 16838;
    static final int MARGIN_SIDE = 1588;
    static final int MARGIN_TOP = 1440;
    public static final int TEXT_WIDTH = PAGE_WIDTH - 2 * MARGIN_SIDE;

    private DefaultTemplate() {}

    /**
     * @param partTags the block tags in order, e.g. summary, basic_info, …
     * @param cover    cover lines: each {label, tag}; the first is the title
     */
    public static byte[] create(List<String[]> cover, List<String> partTags) {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            WordStyles.ensure(document);
            pageSetup(document);
            pageNumbers(document);
            for (int i = 0; i < 6; i++) {
                document.createParagraph().setStyle(WordStyles.BODY);
            }
            XWPFParagraph title = document.createParagraph();
            title.setStyle(WordStyles.TITLE);
            title.createRun().setText("{{" + cover.get(0)[1] + "}}");
            for (int i = 0; i < 4; i++) {
                document.createParagraph().setStyle(WordStyles.BODY);
            }
            for (String[] line : cover.subList(1, cover.size())) {
                XWPFParagraph paragraph = document.createParagraph();
                paragraph.setStyle(WordStyles.BODY);
                paragraph.setAlignment(ParagraphAlignment.CENTER);
                paragraph.setIndentationFirstLine(0);
                XWPFRun run = paragraph.createRun();
                run.setText((line[0].isEmpty() ? "" : line[0] + "：") + "{{" + line[1] + "}}");
            }
            XWPFParagraph pageBreak = document.createParagraph();
            pageBreak.createRun().addBreak(BreakType.PAGE);
            for (String tag : partTags) {
                XWPFParagraph paragraph = document.createParagraph();
                paragraph.setStyle(WordStyles.BODY);
                paragraph.createRun().setText("{{" + tag + "}}");
            }
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void pageSetup(XWPFDocument document) {
        CTSectPr section = document.getDocument().getBody().isSetSectPr() ? document.getDocument().getBody().getSectPr()
                : document.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setW(BigInteger.valueOf(PAGE_WIDTH));
        size.setH(BigInteger.valueOf(PAGE_HEIGHT));
        CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        margins.setLeft(BigInteger.valueOf(MARGIN_SIDE));
        margins.setRight(BigInteger.valueOf(MARGIN_SIDE));
        margins.setTop(BigInteger.valueOf(MARGIN_TOP));
        margins.setBottom(BigInteger.valueOf(MARGIN_TOP));
        margins.setHeader(BigInteger.valueOf(851));
        margins.setFooter(BigInteger.valueOf(992));
    }

    /** A centred PAGE field in the footer: "- 3 -". */
    private static void pageNumbers(XWPFDocument document) {
        XWPFFooter footer = document.createFooter(HeaderFooterType.DEFAULT);
        XWPFParagraph paragraph = footer.createParagraph();
        paragraph.setAlignment(ParagraphAlignment.CENTER);
        paragraph.createRun().setText("- ");
        var field = paragraph.getCTP().addNewFldSimple();
        field.setInstr("PAGE \\* MERGEFORMAT");
        field.addNewR().addNewT().setStringValue("1");
        paragraph.createRun().setText(" -");
    }
}
