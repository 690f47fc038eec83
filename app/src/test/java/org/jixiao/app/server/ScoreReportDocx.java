package org.jixiao.app.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;

/**
 * A small evaluation report as a Word document, made here with POI, for the review page and API: the grade bands, the
 * stated total (89 分, 良) and a score table of five indicators in which one 得分率 is printed wrong — 产出数量: 27 of
 * 30 points printed as 95.00% where 27 ÷ 30 = 90.00%. Everything else adds up (10 + 10 + 20 + 30 + 30 = 100 points,
 * 9 + 8 + 18 + 27 + 27 = 89), so a review finds exactly that one error.
 */
public final class ScoreReportDocx {
    public static final String FILE_NAME = "示例县农业农村局绩效评价报告.docx";
    public static final String WRONG_RATE = "95.00";
    public static final String RIGHT_RATE = "90.00";
    public static final String INDICATOR = "产出数量";

    private static final String[][] SCORES = {
        {"一级指标", "二级指标", "分值", "得分", "得分率"},
        {"决策", "目标设定", "10.00", "9.00", "90.00%"},
        {"决策", "决策过程", "10.00", "8.00", "80.00%"},
        {"过程", "资金管理", "20.00", "18.00", "90.00%"},
        {"产出", INDICATOR, "30.00", "27.00", WRONG_RATE + "%"},
        {"效益", "社会效益", "30.00", "27.00", "90.00%"},
        {"合计", "", "100.00", "89.00", "89.00%"}};

    private ScoreReportDocx() {}

    public static byte[] bytes() {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            paragraph(document, "示例县农业农村局2023年度部门整体绩效评价报告");
            paragraph(document, "本次绩效评价总分为100分，评价等级划分为四档：综合得分90分（含）—100分为“优”；综合得分80分（含）—90分为“良”；"
                    + "综合得分60分（含）—80分为“中”；综合得分0分—60分为“差”。");
            paragraph(document, "经评价，示例县农业农村局2023年度部门整体绩效评价得分为89分，等级为“良”。");
            paragraph(document, "表1：绩效评价指标得分情况");
            XWPFTable table = document.createTable(SCORES.length, SCORES[0].length);
            for (int row = 0; row < SCORES.length; row++) {
                for (int column = 0; column < SCORES[row].length; column++) {
                    table.getRow(row).getCell(column).setText(SCORES[row][column]);
                }
            }
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A file that claims to be a Word document and is not one (a zip header, then nothing usable). */
    public static byte[] corrupt() {
        byte[] bytes = new byte[600];
        bytes[0] = 'P';
        bytes[1] = 'K';
        bytes[2] = 3;
        bytes[3] = 4;
        for (int i = 4; i < bytes.length; i++) {
            bytes[i] = (byte) (i * 31);
        }
        return bytes;
    }

    private static void paragraph(XWPFDocument document, String text) {
        document.createParagraph().createRun().setText(text);
    }
}
