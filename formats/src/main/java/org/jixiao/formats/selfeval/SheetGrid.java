package org.jixiao.formats.selfeval;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.Row;

/**
 * A sheet of an .xlsx workbook as a grid (read with fastexcel-reader, which does not report merged cells: a merged cell's
 * text is at its top-left position only). Number cells keep the decimals their format prints ("0" shows 8.62 as 9, and 9
 * is what the reader of the table saw); in the General format a value with decimals counts as printed with two (General
 * shows 7.90 as 7.9), an integer as an integer. A percentage format marks a fraction.
 */
final class SheetGrid implements Grid {
    private static final MathContext EXCEL_DIGITS = new MathContext(15, RoundingMode.HALF_UP);
    private final String[][] texts;
    private final BigDecimal[][] numbers;
    private final boolean[][] percents;
    private final int columns;

    SheetGrid(List<Row> rows) {
        int max = 0;
        int width = 0;
        for (Row row : rows) {
            max = Math.max(max, row.getRowNum());
            width = Math.max(width, row.getCellCount());
        }
        texts = new String[max][];
        numbers = new BigDecimal[max][];
        percents = new boolean[max][];
        columns = width;
        for (Row row : rows) {
            int r = row.getRowNum() - 1;
            int n = row.getCellCount();
            String[] text = new String[n];
            BigDecimal[] number = null;
            boolean[] percent = null;
            for (int c = 0; c < n; c++) {
                Cell cell = row.getCell(c);
                text[c] = "";
                if (cell == null) {
                    continue;
                }
                Object value = value(cell);
                if (value instanceof BigDecimal decimal) {
                    String format = cell.getDataFormatString();
                    boolean isPercent = format != null && format.contains("%");
                    BigDecimal shown = printed(decimal, format, isPercent);
                    if (number == null) {
                        number = new BigDecimal[n];
                        percent = new boolean[n];
                    }
                    number[c] = shown;
                    percent[c] = isPercent;
                    text[c] = null; // written when asked for: most number cells are only read as numbers
                } else if (value != null) {
                    text[c] = value.toString();
                }
            }
            texts[r] = text;
            numbers[r] = number;
            percents[r] = percent;
        }
    }

    /** The value as the format prints it: its decimals (for a percentage, the decimals of the percentage). */
    static BigDecimal printed(BigDecimal raw, String format, boolean percent) {
        BigDecimal value = raw.precision() > 15 ? raw.round(EXCEL_DIGITS) : raw;
        if (value.scale() > 0) {
            value = value.stripTrailingZeros();
        }
        if (value.scale() < 0) {
            value = value.setScale(0);
        }
        int decimals = decimals(format);
        if (decimals < 0) {
            // General drops trailing zeros: 7.90 shows as 7.9, so one decimal means two; an integer stays an integer
            return value.scale() == 1 && !percent ? value.setScale(2) : value;
        }
        return value.setScale(percent ? decimals + 2 : decimals, RoundingMode.HALF_UP);
    }

    /** Decimals a number format shows ("0.00" → 2, "0" → 0, "0.0%" → 1); -1 for General or no format. */
    static int decimals(String format) {
        if (format == null || format.isBlank() || format.equalsIgnoreCase("General") || format.equals("@")) {
            return -1;
        }
        String first = format.split(";", -1)[0];
        int dot = first.indexOf('.');
        if (!first.contains("0") && !first.contains("#")) {
            return -1;
        }
        if (dot < 0) {
            return 0;
        }
        int count = 0;
        for (int i = dot + 1; i < first.length() && (first.charAt(i) == '0' || first.charAt(i) == '#'); i++) {
            count++;
        }
        return count;
    }

    /** BigDecimal for numbers, String for text, null for blank. */
    static Object value(Cell cell) {
        CellType type = cell.getType();
        switch (type) {
            case NUMBER:
                return cell.asNumber();
            case STRING: {
                String text = cell.asString();
                return text == null || text.isBlank() ? null : text.strip();
            }
            case FORMULA: {
                String raw = cell.getRawValue();
                if (raw == null || raw.isBlank()) {
                    return "=" + cell.getFormula();
                }
                BigDecimal number = CellValues.number(raw);
                return number != null && raw.strip().matches("[-+]?\\d+(\\.\\d+)?([eE][-+]?\\d+)?") ? number : raw.strip();
            }
            case BOOLEAN:
                return String.valueOf(cell.asBoolean());
            case ERROR:
                return cell.getRawValue();
            default:
                return null;
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
        if (row < 0 || row >= texts.length || texts[row] == null || column < 0 || column >= texts[row].length) {
            return "";
        }
        String text = texts[row][column];
        if (text == null) {
            BigDecimal shown = numbers[row][column];
            text = percents[row][column] ? shown.movePointRight(2).toPlainString() + "%" : shown.toPlainString();
            texts[row][column] = text;
        }
        return text;
    }

    @Override
    public boolean knowsMerges() {
        return false;
    }

    @Override
    public boolean sameCell(int row1, int column1, int row2, int column2) {
        return row1 == row2 && column1 == column2;
    }

    @Override
    public BigDecimal number(int row, int column) {
        if (row < 0 || row >= numbers.length || numbers[row] == null || column < 0 || column >= numbers[row].length) {
            return null;
        }
        return numbers[row][column];
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
