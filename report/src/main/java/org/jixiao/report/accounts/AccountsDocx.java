package org.jixiao.report.accounts;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;

import org.apache.poi.util.Units;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFPieChartData;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTDPt;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFChart;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFRun.FontCharRange;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;

import org.jixiao.core.finalaccounts.Disclosure;
import org.jixiao.core.finalaccounts.Disclosure.Block;
import org.jixiao.core.finalaccounts.Disclosure.Chart;
import org.jixiao.core.finalaccounts.Disclosure.ChartKind;

/**
 * Writes the 情况说明 as a Word document: headings and paragraphs in 仿宋/黑体 (declared for East Asian text), and the
 * charts of sections 1–5 as native Word charts (bar and pie charts with their data in an embedded workbook, editable
 * in Word).
 */
public final class AccountsDocx {
    static final String BODY_FONT = "仿宋_GB2312";
    static final String HEADING_FONT = "黑体";

    private static final byte[][] COLOURS = {
        {0x44, 0x72, (byte) 0xC4}, {(byte) 0xED, 0x7D, 0x31}, {(byte) 0xA5, (byte) 0xA5, (byte) 0xA5}, {(byte) 0xFF, (byte) 0xC0, 0x00},
        {0x5B, (byte) 0x9B, (byte) 0xD5}, {0x70, (byte) 0xAD, 0x47}, {0x26, 0x44, 0x78}, {(byte) 0x9E, 0x48, 0x0E}};

    private AccountsDocx() {}

    public static void write(Disclosure disclosure, OutputStream out) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            XWPFStyles styles = doc.createStyles();
            CTFonts fonts = CTFonts.Factory.newInstance();
            fonts.setEastAsia(BODY_FONT);
            fonts.setAscii("Times New Roman");
            fonts.setHAnsi("Times New Roman");
            styles.setDefaultFonts(fonts);

            XWPFParagraph title = doc.createParagraph();
            title.setAlignment(ParagraphAlignment.CENTER);
            run(title, disclosure.title(), HEADING_FONT, 18, true);
            for (Disclosure.Section section : disclosure.sections()) {
                run(doc.createParagraph(), section.heading(), HEADING_FONT, 16, true);
                for (Block block : section.blocks()) {
                    if (block instanceof Disclosure.Heading h) {
                        XWPFParagraph p = doc.createParagraph();
                        p.setIndentationFirstLine(640);
                        run(p, h.text(), "楷体_GB2312", 16, true);
                    } else if (block instanceof Disclosure.Paragraph text) {
                        XWPFParagraph p = doc.createParagraph();
                        p.setIndentationFirstLine(640);
                        p.setSpacingBetween(1.5);
                        run(p, text.text(), BODY_FONT, 16, false);
                    } else if (block instanceof Chart chart) {
                        chart(doc, chart);
                    }
                }
            }
            doc.write(out);
        } catch (InvalidFormatException e) {
            throw new IOException("无法生成图表：" + e.getMessage(), e);
        }
    }

    private static XWPFRun run(XWPFParagraph paragraph, String text, String font, int halfPointsTimesHalf, boolean bold) {
        XWPFRun run = paragraph.createRun();
        run.setText(text);
        run.setFontFamily(font, FontCharRange.eastAsia);
        run.setFontSize(halfPointsTimesHalf);
        run.setBold(bold);
        return run;
    }

    private static void chart(XWPFDocument doc, Chart spec) throws IOException, InvalidFormatException {
        XWPFParagraph holder = doc.createParagraph();
        holder.setAlignment(ParagraphAlignment.CENTER);
        XWPFChart chart = doc.createChart(holder.createRun(), 14 * Units.EMU_PER_CENTIMETER, 7 * Units.EMU_PER_CENTIMETER);
        // the caption under the chart names it; a title inside would say the same twice
        chart.setAutoTitleDeleted(true);
        String[] categories = spec.categories().toArray(String[]::new);
        List<BigDecimal> values = spec.series().get(0).values();
        // Chart values are display data in the embedded sheet; the figures themselves stay BigDecimal in the text.
        Double[] numbers = values.stream().map(BigDecimal::doubleValue).toArray(Double[]::new);
        // Write the data into the chart's embedded workbook too, so that 编辑数据 in Word shows and keeps it.
        var sheet = chart.getWorkbook().getSheetAt(0);
        var header = sheet.getRow(0) != null ? sheet.getRow(0) : sheet.createRow(0);
        header.createCell(0).setCellValue("类别");
        header.createCell(1).setCellValue(spec.series().get(0).name());
        for (int i = 0; i < categories.length; i++) {
            var row = sheet.getRow(i + 1) != null ? sheet.getRow(i + 1) : sheet.createRow(i + 1);
            row.createCell(0).setCellValue(categories[i]);
            row.createCell(1).setCellValue(numbers[i]);
        }
        XDDFCategoryDataSource cats = XDDFDataSourcesFactory.fromArray(categories,
                chart.formatRange(new org.apache.poi.ss.util.CellRangeAddress(1, categories.length, 0, 0)), 0);
        XDDFNumericalDataSource<Double> vals = XDDFDataSourcesFactory.fromArray(numbers,
                chart.formatRange(new org.apache.poi.ss.util.CellRangeAddress(1, categories.length, 1, 1)), 1);
        XDDFChartData data;
        if (spec.kind() == ChartKind.BAR) {
            XDDFCategoryAxis x = chart.createCategoryAxis(AxisPosition.BOTTOM);
            XDDFValueAxis y = chart.createValueAxis(AxisPosition.LEFT);
            data = chart.createData(ChartTypes.BAR, x, y);
            ((XDDFBarChartData) data).setBarDirection(BarDirection.COL);
            ((XDDFBarChartData) data).setVaryColors(false);
        } else {
            data = chart.createData(ChartTypes.PIE, null, null);
            data.setVaryColors(true);
            chart.getOrAddLegend().setPosition(LegendPosition.RIGHT);
        }
        XDDFChartData.Series series = data.addSeries(cats, vals);
        series.setTitle(spec.series().get(0).name(), new org.apache.poi.ss.util.CellReference(sheet.getSheetName(), 0, 1, true, true));
        if (series instanceof XDDFPieChartData.Series pie) {
            // Each slice its own colour (Word varies them itself; LibreOffice needs them written out).
            for (int i = 0; i < categories.length; i++) {
                CTDPt point = pie.getCTPieSer().addNewDPt();
                point.addNewIdx().setVal(i);
                point.addNewBubble3D().setVal(false);
                point.addNewSpPr().addNewSolidFill().addNewSrgbClr().setVal(COLOURS[i % COLOURS.length]);
            }
        } else {
            XDDFShapeProperties properties = new XDDFShapeProperties();
            properties.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(COLOURS[0])));
            series.setShapeProperties(properties);
        }
        chart.plot(data);
        XWPFParagraph caption = doc.createParagraph();
        caption.setAlignment(ParagraphAlignment.CENTER);
        run(caption, spec.caption(), BODY_FONT, 12, false);
    }
}
