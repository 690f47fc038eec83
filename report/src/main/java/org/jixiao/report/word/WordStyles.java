package org.jixiao.report.word;

import java.math.BigInteger;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * The paragraph styles a report uses. A template may define them itself (that is how an agency restyles its reports);
 * the default template gets these: 仿宋 for body text, 黑体 for headings, 宋体 in tables, Latin text in Times New Roman.
 */
public final class WordStyles {
    public static final String TITLE = "Title";
    public static final String HEADING = "Heading";
    public static final String BODY = "JxBody";
    public static final String CAPTION = "Caption";
    public static final String TABLE_TEXT = "JxTableText";
    public static final String NOTE = "JxNote";

    private WordStyles() {}

    /** Adds every style the renderer uses that the document does not already define. */
    public static void ensure(XWPFDocument document) {
        XWPFStyles styles = document.getStyles() != null ? document.getStyles() : document.createStyles();
        CTFonts defaults = CTFonts.Factory.newInstance();
        defaults.setAscii("Times New Roman");
        defaults.setHAnsi("Times New Roman");
        defaults.setEastAsia("仿宋");
        if (styles.getDefaultRunStyle() == null || !styles.styleExist(BODY)) {
            styles.setDefaultFonts(defaults);
            styles.setEastAsia("zh-CN");
        }
        add(styles, TITLE, "Title", "黑体", 44, true, STJc.CENTER, 0, 480, 480, -1);
        add(styles, HEADING + 1, "heading 1", "黑体", 32, true, STJc.LEFT, 0, 240, 120, 0);
        add(styles, HEADING + 2, "heading 2", "楷体", 32, true, STJc.LEFT, 0, 120, 60, 1);
        add(styles, HEADING + 3, "heading 3", "仿宋", 32, true, STJc.LEFT, 0, 60, 60, 2);
        add(styles, HEADING + 4, "heading 4", "仿宋", 32, false, STJc.LEFT, 0, 60, 60, 3);
        add(styles, BODY, "Jixiao 正文", "仿宋", 32, false, STJc.BOTH, 200, 0, 0, -1);
        add(styles, CAPTION, "caption", "黑体", 24, false, STJc.CENTER, 0, 120, 60, -1);
        add(styles, TABLE_TEXT, "Jixiao 表格文字", "宋体", 21, false, STJc.CENTER, 0, 0, 0, -1);
        add(styles, NOTE, "Jixiao 注释", "宋体", 21, false, STJc.RIGHT, 0, 0, 0, -1);
    }

    /**
     * @param halfPoints  font size in half-points (32 = 三号 16pt, 21 = 五号 10.5pt)
     * @param firstLineChars first-line indent in hundredths of a character (200 = 2 characters)
     * @param outline     outline level for headings (navigation pane, table of contents), -1 for none
     */
    private static void add(XWPFStyles styles, String id, String name, String eastAsiaFont, int halfPoints, boolean bold, STJc.Enum align,
                            int firstLineChars, int before, int after, int outline) {
        if (styles.styleExist(id)) {
            return;
        }
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId(id);
        style.setType(STStyleType.PARAGRAPH);
        style.addNewName().setVal(name);
        style.addNewQFormat();
        CTPPrGeneral paragraph = style.addNewPPr();
        paragraph.addNewJc().setVal(align);
        CTSpacing spacing = paragraph.addNewSpacing();
        spacing.setBefore(BigInteger.valueOf(before));
        spacing.setAfter(BigInteger.valueOf(after));
        spacing.setLine(BigInteger.valueOf(halfPoints >= 28 ? 560 : 360));
        spacing.setLineRule(org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule.AT_LEAST);
        if (firstLineChars > 0) {
            var indent = paragraph.addNewInd();
            indent.setFirstLineChars(BigInteger.valueOf(firstLineChars));
            // twips too, for readers that ignore character units: 2 characters of the style's size
            indent.setFirstLine(BigInteger.valueOf((long) firstLineChars * halfPoints / 10));
        }
        if (outline >= 0) {
            paragraph.addNewOutlineLvl().setVal(BigInteger.valueOf(outline));
            paragraph.addNewKeepNext();
        }
        CTRPr run = style.addNewRPr();
        CTFonts fonts = run.addNewRFonts();
        fonts.setEastAsia(eastAsiaFont);
        fonts.setAscii("Times New Roman");
        fonts.setHAnsi("Times New Roman");
        run.addNewSz().setVal(BigInteger.valueOf(halfPoints));
        run.addNewSzCs().setVal(BigInteger.valueOf(halfPoints));
        if (bold) {
            run.addNewB();
        }
        styles.addStyle(new XWPFStyle(style, styles));
    }
}
