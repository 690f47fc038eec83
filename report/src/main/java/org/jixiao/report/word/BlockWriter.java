package org.jixiao.report.word;

import java.io.IOException;
import java.math.BigInteger;
import java.util.List;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.util.Units;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.XWPFChart;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlCursor;
import org.jixiao.report.document.Block;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * Writes blocks into a Word document before a given paragraph (the paragraph holding a template tag), using the
 * document's own styles so that a template's look carries over.
 */
final class BlockWriter {
    private static final String PLACEHOLDER_COLOR = "C00000";
    private static final byte[][] COLORS = {{0x2F, 0x55, (byte) 0x97}, {(byte) 0xC5, 0x5A, 0x11}, {0x54, (byte) 0x82, 0x35}, {0x70, 0x30, (byte) 0xA0}};
    private final XWPFDocument document;
    private final XWPFParagraph anchor;

    BlockWriter(XWPFDocument document, XWPFParagraph anchor) {
        this.document = document;
        this.anchor = anchor;
    }

    void write(List<Block> blocks) {
        for (Block block : blocks) {
            if (block instanceof Block.Heading heading) {
                paragraph(WordStyles.HEADING + Math.min(Math.max(heading.level(), 1), 4)).createRun().setText(heading.text());
            } else if (block instanceof Block.Paragraph paragraph) {
                XWPFRun run = paragraph(WordStyles.BODY).createRun();
                run.setText(paragraph.text());
                run.setBold(paragraph.emphasis());
            } else if (block instanceof Block.Placeholder placeholder) {
                XWPFRun run = paragraph(WordStyles.BODY).createRun();
                run.setText(placeholder.text());
                run.setColor(PLACEHOLDER_COLOR);
            } else if (block instanceof Block.Table table) {
                table(table);
            } else if (block instanceof Block.Chart chart) {
                chart(chart);
            } else if (block instanceof Block.PageBreak) {
                paragraph(WordStyles.BODY).createRun().addBreak(BreakType.PAGE);
            }
        }
    }

    private XmlCursor cursor() {
        return anchor.getCTP().newCursor();
    }

    private XWPFParagraph paragraph(String style) {
        XmlCursor cursor = cursor();
        XWPFParagraph paragraph = document.insertNewParagraph(cursor);
        cursor.dispose();
        paragraph.setStyle(style);
        return paragraph;
    }

    private void table(Block.Table table) {
        XWPFParagraph caption = paragraph(WordStyles.CAPTION);
        caption.createRun().setText(table.caption());
        caption.setKeepNext(true);
        if (table.unit() != null) {
            XWPFParagraph unit = paragraph(WordStyles.NOTE);
            unit.createRun().setText(table.unit());
            unit.setKeepNext(true);
        }
        XmlCursor cursor = cursor();
        XWPFTable word = document.insertNewTbl(cursor);
        cursor.dispose();
        word.setWidthType(TableWidthType.PCT);
        word.setWidth("100%");
        int totalWidth = table.columns().stream().mapToInt(Block.Column::width).sum();
        CTTblGrid grid = word.getCTTbl().getTblGrid() == null ? word.getCTTbl().addNewTblGrid() : word.getCTTbl().getTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        int[] twips = new int[table.columns().size()];
        for (int c = 0; c < twips.length; c++) {
            twips[c] = DefaultTemplate.TEXT_WIDTH * table.columns().get(c).width() / totalWidth;
            grid.addNewGridCol().setW(BigInteger.valueOf(twips[c]));
        }
        word.setTopBorder(XWPFTable.XWPFBorderType.SINGLE, 8, 0, "000000");
        word.setBottomBorder(XWPFTable.XWPFBorderType.SINGLE, 8, 0, "000000");
        word.setLeftBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "000000");
        word.setRightBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "000000");
        word.setInsideHBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "000000");
        word.setInsideVBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "000000");

        List<List<Block.Cell>> rows = table.rows();
        while (word.getNumberOfRows() > 0) {
            word.removeRow(0);
        }
        for (int r = 0; r < rows.size(); r++) {
            XWPFTableRow row = word.insertNewTableRow(r);
            if (r < table.headerRows()) {
                row.setRepeatHeader(true);
            }
            row.setCantSplitRow(true);
            for (int c = 0; c < rows.get(r).size(); c++) {
                Block.Cell cell = rows.get(r).get(c);
                XWPFTableCell wordCell = row.createCell();
                CTTcPr properties = wordCell.getCTTc().isSetTcPr() ? wordCell.getCTTc().getTcPr() : wordCell.getCTTc().addNewTcPr();
                properties.addNewTcW().setW(BigInteger.valueOf(twips[c]));
                wordCell.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
                boolean continuesBelow = r + 1 < rows.size() && rows.get(r + 1).get(c).mergedAbove();
                if (cell.mergedAbove()) {
                    properties.addNewVMerge();
                } else if (continuesBelow) {
                    properties.addNewVMerge().setVal(STMerge.RESTART);
                }
                XWPFParagraph text = wordCell.getParagraphs().isEmpty() ? wordCell.addParagraph() : wordCell.getParagraphs().get(0);
                text.setStyle(WordStyles.TABLE_TEXT);
                text.setAlignment(r < table.headerRows() ? ParagraphAlignment.CENTER : switch (table.columns().get(c).align()) {
                    case LEFT -> ParagraphAlignment.LEFT;
                    case CENTER -> ParagraphAlignment.CENTER;
                    case RIGHT -> ParagraphAlignment.RIGHT;
                });
                if (!cell.mergedAbove()) {
                    XWPFRun run = text.createRun();
                    run.setText(cell.text());
                    run.setBold(cell.bold() || r < table.headerRows());
                }
            }
        }
    }

    /** A native chart whose data lives in its embedded workbook, so that Word can edit it. */
    private void chart(Block.Chart chart) {
        XWPFParagraph holder = paragraph(WordStyles.CAPTION);
        holder.setKeepNext(true);
        XWPFRun run = holder.createRun();
        try {
            XWPFChart word = document.createChart(run, 15 * Units.EMU_PER_CENTIMETER, 8 * Units.EMU_PER_CENTIMETER);
            XSSFSheet sheet = word.getWorkbook().getSheetAt(0);
            int points = chart.categories().size();
            XSSFRow header = row(sheet, 0);
            header.createCell(0).setCellValue("类别");
            for (int i = 0; i < points; i++) {
                row(sheet, i + 1).createCell(0).setCellValue(chart.categories().get(i));
            }
            XDDFCategoryDataSource categories = XDDFDataSourcesFactory.fromArray(chart.categories().toArray(String[]::new),
                    word.formatRange(new CellRangeAddress(1, points, 0, 0)), 0);
            XDDFCategoryAxis categoryAxis = word.createCategoryAxis(AxisPosition.BOTTOM);
            XDDFValueAxis valueAxis = word.createValueAxis(AxisPosition.LEFT);
            valueAxis.setCrosses(AxisCrosses.AUTO_ZERO);
            valueAxis.setCrossBetween(AxisCrossBetween.BETWEEN);
            if (!chart.valueUnit().isEmpty()) {
                valueAxis.setTitle(chart.valueUnit());
            }
            XDDFChartData data = word.createData(chart.kind() == Block.Chart.Kind.BAR ? ChartTypes.BAR : ChartTypes.LINE, categoryAxis, valueAxis);
            for (int s = 0; s < chart.series().size(); s++) {
                Block.Series series = chart.series().get(s);
                int column = s + 1;
                header.createCell(column).setCellValue(series.name());
                Double[] values = new Double[points];
                for (int i = 0; i < points; i++) {
                    // the embedded sheet stores numbers as doubles: this is display data, the report's figures are BigDecimal
                    values[i] = series.values().get(i).doubleValue();
                    row(sheet, i + 1).createCell(column).setCellValue(values[i]);
                }
                XDDFNumericalDataSource<Double> source = XDDFDataSourcesFactory.fromArray(values,
                        word.formatRange(new CellRangeAddress(1, points, column, column)), column);
                XDDFChartData.Series added = data.addSeries(categories, source);
                added.setTitle(series.name(), new org.apache.poi.ss.util.CellReference(sheet.getSheetName(), 0, column, true, true));
                // explicit colours: without them some readers (LibreOffice) draw the bars with no fill at all
                XDDFSolidFillProperties fill = new XDDFSolidFillProperties(XDDFColor.from(COLORS[s % COLORS.length]));
                XDDFShapeProperties shape = new XDDFShapeProperties();
                if (chart.kind() == Block.Chart.Kind.BAR) {
                    shape.setFillProperties(fill);
                } else {
                    XDDFLineProperties line = new XDDFLineProperties(fill);
                    line.setWidth(2.0);
                    shape.setLineProperties(line);
                    ((XDDFLineChartData.Series) added).setMarkerStyle(MarkerStyle.CIRCLE);
                    ((XDDFLineChartData.Series) added).setSmooth(false);
                }
                added.setShapeProperties(shape);
            }
            if (data instanceof XDDFBarChartData bar) {
                bar.setBarDirection(BarDirection.COL);
                bar.setVaryColors(false);
            }
            if (data instanceof XDDFLineChartData line) {
                line.setVaryColors(false);
            }
            word.plot(data);
            if (chart.series().size() > 1) {
                word.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
            }
        } catch (IOException | InvalidFormatException e) {
            throw new IllegalStateException("无法生成图表：" + chart.caption(), e);
        }
        paragraph(WordStyles.CAPTION).createRun().setText(chart.caption());
    }

    private static XSSFRow row(XSSFSheet sheet, int index) {
        XSSFRow row = sheet.getRow(index);
        return row != null ? row : sheet.createRow(index);
    }
}
