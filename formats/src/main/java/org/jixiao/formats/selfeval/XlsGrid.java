package org.jixiao.formats.selfeval;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * A sheet of an old-format .xls workbook (read with POI, which reports merged cells): texts as Excel shows them, number
 * cells with the decimals of their format.
 */
final class XlsGrid implements Grid {
    /** Larger sheets are not self-evaluation tables: reading stops there. */
    private static final int MAX_ROWS = 20_000;
    private static final int MAX_COLUMNS = 200;
    private final String[][] texts;
    private final BigDecimal[][] numbers;
    private final boolean[][] percents;
    private final int[][] anchors;
    private final int columns;

    record NamedGrid(String name, Grid grid) {}

    static List<NamedGrid> read(InputStream in) throws IOException {
        List<NamedGrid> grids = new ArrayList<>();
        try (HSSFWorkbook workbook = new HSSFWorkbook(in)) {
            DataFormatter formatter = new DataFormatter();
            for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
                Sheet sheet = workbook.getSheetAt(i);
                grids.add(new NamedGrid(sheet.getSheetName(), new XlsGrid(sheet, formatter)));
            }
        }
        return grids;
    }

    private XlsGrid(Sheet sheet, DataFormatter formatter) {
        int rows = Math.min(sheet.getLastRowNum() + 1, MAX_ROWS);
        int width = 0;
        for (int r = 0; r < rows; r++) {
            Row row = sheet.getRow(r);
            if (row != null) {
                width = Math.max(width, Math.min(row.getLastCellNum(), MAX_COLUMNS));
            }
        }
        columns = Math.max(width, 0);
        texts = new String[rows][columns];
        numbers = new BigDecimal[rows][columns];
        percents = new boolean[rows][columns];
        anchors = new int[rows][columns];
        for (int r = 0; r < rows; r++) {
            Row row = sheet.getRow(r);
            for (int c = 0; c < columns; c++) {
                texts[r][c] = "";
                anchors[r][c] = r * MAX_COLUMNS + c;
                Cell cell = row == null ? null : row.getCell(c);
                if (cell == null) {
                    continue;
                }
                CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
                if (type == CellType.NUMERIC) {
                    String format = cell.getCellStyle().getDataFormatString();
                    boolean percent = format != null && format.contains("%");
                    BigDecimal shown = SheetGrid.printed(new BigDecimal(Double.toString(cell.getNumericCellValue())), format, percent);
                    numbers[r][c] = shown;
                    percents[r][c] = percent;
                    texts[r][c] = percent ? shown.movePointRight(2).toPlainString() + "%" : shown.toPlainString();
                } else {
                    texts[r][c] = formatter.formatCellValue(cell).strip();
                }
            }
        }
        for (CellRangeAddress merged : sheet.getMergedRegions()) {
            int top = merged.getFirstRow();
            int left = merged.getFirstColumn();
            if (top >= rows || left >= columns) {
                continue;
            }
            for (int r = top; r <= Math.min(merged.getLastRow(), rows - 1); r++) {
                for (int c = left; c <= Math.min(merged.getLastColumn(), columns - 1); c++) {
                    anchors[r][c] = top * MAX_COLUMNS + left;
                    if (r != top || c != left) {
                        texts[r][c] = texts[top][left];
                        numbers[r][c] = numbers[top][left];
                        percents[r][c] = percents[top][left];
                    }
                }
            }
        }
    }

    @Override
    public int rows() {
        return texts.length;
    }

    @Override
    public int columns() {
        return columns;
    }

    @Override
    public String text(int row, int column) {
        return row < 0 || row >= texts.length || column < 0 || column >= columns ? "" : texts[row][column];
    }

    @Override
    public boolean knowsMerges() {
        return true;
    }

    @Override
    public boolean sameCell(int row1, int column1, int row2, int column2) {
        if (row1 < 0 || row2 < 0 || row1 >= texts.length || row2 >= texts.length || column1 < 0 || column2 < 0 || column1 >= columns
                || column2 >= columns) {
            return false;
        }
        return anchors[row1][column1] == anchors[row2][column2];
    }

    @Override
    public BigDecimal number(int row, int column) {
        return row < 0 || row >= texts.length || column < 0 || column >= columns ? null : numbers[row][column];
    }

    @Override
    public boolean percent(int row, int column) {
        return number(row, column) != null && percents[row][column];
    }

    @Override
    public Places places() {
        return EXCEL;
    }
}
