package org.jixiao.formats.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Texts made at random (fixed seeds) the way pdftotext lays out tables: columns of names and numbers at jittered
 * positions, names wrapped over lines and aligned to the top or centred, blank lines between rows, sentences and page
 * breaks between tables, and the same cells one per line. Whatever the text, reading it never fails, keeps every
 * printed character once, every cell it reads is a whole number, a placeholder or a word, and every row it reads with
 * numbers is a printed row: the same numbers in the same order.
 */
class TextReaderRandomTest {
    private static final String[] NAMES = {"预算执行率", "管理效率", "决策依据充分性", "重点支出项目保障率", "社会效益", "满意度",
            "资金使用合规性", "新旧动能转换专项资金", "项目管理专项经费", "安全生产和应急管理专项支出", "绩效目标合理性", "固定资产利用率"};
    private static final String[] HEADERS = {"指标名称", "分值", "得分", "得分率", "金额", "执行率", "项目名称"};

    static Stream<Long> seeds() {
        return IntStream.range(0, 200).mapToObj(i -> 7919L * i + 17);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void readingNeverFailsNorLosesACharacterNorBreaksANumber(long seed) throws Exception {
        Random random = new Random(seed);
        StringBuilder text = new StringBuilder();
        for (int part = 0; part < 1 + random.nextInt(3); part++) {
            text.append("    二、评价指标分析：根据评分标准，各项指标得分情况如下表所示。\n\n");
            if (random.nextBoolean()) {
                layoutTable(random, text);
            } else {
                cellPerLineTable(random, text);
            }
            text.append(random.nextInt(4) == 0 ? "\f" : "\n");
        }
        SourceDocument document = Documents.read("random.txt", text.toString().getBytes(StandardCharsets.UTF_8));
        StringBuilder read = new StringBuilder();
        for (Block block : document.blocks()) {
            if (block instanceof TextBlock paragraph) {
                read.append(paragraph.text());
            } else if (block instanceof TableBlock table) {
                table.cells().forEach(cell -> read.append(cell.text()));
                for (Cell cell : table.cells()) {
                    String value = cell.text().replace(" ", "");
                    boolean digits = value.chars().anyMatch(Character::isDigit);
                    boolean word = value.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
                    // a cell is a name, a whole number, or empty: never two numbers run together or a piece of one
                    assertThat(!digits || word || value.matches("[-−]?[\\d,]+(\\.\\d+)?%?|——|—")).as(cell.text()).isTrue();
                }
            }
        }
        assertThat(characters(read.toString())).isEqualTo(characters(text.toString()));
        // every row read with numbers is a row that was printed: its name and its numbers, in their order
        for (TableBlock table : document.tables()) {
            for (int row = 0; row < table.rowCount(); row++) {
                List<String> cells = table.rowTexts(row).stream().map(cell -> cell.replace(" ", "")).toList();
                List<String> numbers = cells.stream().filter(cell -> cell.matches("[\\d,.]+%?|——")).toList();
                if (numbers.isEmpty() || cells.stream().anyMatch(HEADER_WORDS::contains)) {
                    continue;
                }
                // the numbers exactly; the name at least overlapping: in tight rows whose alignment nothing in the table
                // tells, a name's wrapped line can go to the row beside it (预算执行率安全生产和), never a number
                assertThat(printed).as("row %s of a table read from seed %d", cells, seed).anySatisfy(printedRow -> {
                    assertThat(printedRow.subList(1, printedRow.size())).isEqualTo(numbers);
                    String name = printedRow.get(0);
                    assertThat(name.contains(cells.get(0)) || cells.get(0).contains(name)).isTrue();
                });
            }
        }
    }

    private static final List<String> HEADER_WORDS = List.of(HEADERS);
    private final List<List<String>> printed = new ArrayList<>();

    private void layoutTable(Random random, StringBuilder text) {
        int columns = 2 + random.nextInt(4);
        int[] starts = new int[columns];
        int[] widths = new int[columns];
        int at = random.nextInt(4);
        for (int c = 0; c < columns; c++) {
            widths[c] = c == 0 ? 8 + random.nextInt(8) : 6 + random.nextInt(4);
            starts[c] = at;
            at += widths[c] + 2 + random.nextInt(4);
        }
        boolean centred = random.nextBoolean();
        List<String[]> rows = new ArrayList<>();
        String[] header = new String[columns];
        for (int c = 0; c < columns; c++) {
            header[c] = c == 0 ? "指标名称" : HEADERS[1 + random.nextInt(HEADERS.length - 1)];
        }
        rows.add(header);
        // a column holds one kind of number: amounts, or percentages (and now and then a dash)
        boolean[] percent = new boolean[columns];
        for (int c = 1; c < columns; c++) {
            percent[c] = random.nextInt(3) == 0;
        }
        for (int r = 0; r < 2 + random.nextInt(12); r++) {
            String[] row = new String[columns];
            row[0] = NAMES[random.nextInt(NAMES.length)];
            for (int c = 1; c < columns; c++) {
                row[c] = random.nextInt(12) == 0 ? "——" : percent[c] ? random.nextInt(101) + "." + String.format("%02d", random.nextInt(100)) + "%"
                        : String.format("%,d.%02d", random.nextInt(5000), random.nextInt(100));
            }
            rows.add(row);
        }
        for (String[] row : rows.subList(1, rows.size())) {
            printed.add(List.of(row));
        }
        for (String[] row : rows) {
            // cells wider than their column wrap; the row prints as many lines as its tallest cell
            List<List<String>> wrapped = new ArrayList<>();
            int height = 1;
            for (int c = 0; c < columns; c++) {
                List<String> lines = new ArrayList<>();
                String cell = row[c];
                int width = c == 0 ? widths[c] / 2 + 1 : widths[c];
                while (cell.codePointCount(0, cell.length()) > width) {
                    int cut = cell.offsetByCodePoints(0, width);
                    lines.add(cell.substring(0, cut));
                    cell = cell.substring(cut);
                }
                lines.add(cell);
                wrapped.add(lines);
                height = Math.max(height, lines.size());
            }
            for (int line = 0; line < height; line++) {
                StringBuilder printed = new StringBuilder();
                for (int c = 0; c < columns; c++) {
                    List<String> lines = wrapped.get(c);
                    int offset = centred ? (height - lines.size()) / 2 : 0;
                    int index = line - offset;
                    if (index < 0 || index >= lines.size()) {
                        continue;
                    }
                    int column = starts[c] + random.nextInt(2);
                    while (printed.length() < column) {
                        printed.append(' ');
                    }
                    if (printed.length() > 0 && printed.charAt(printed.length() - 1) != ' ') {
                        printed.append("  ");
                    }
                    printed.append(lines.get(index));
                }
                text.append(printed).append('\n');
            }
            if (random.nextInt(3) == 0) {
                text.append('\n');
            }
        }
    }

    private void cellPerLineTable(Random random, StringBuilder text) {
        int columns = 3 + random.nextInt(2);
        text.append("指标名称\n\n");
        for (int c = 1; c < columns; c++) {
            text.append(HEADERS[1 + random.nextInt(3)]).append("\n\n");
        }
        for (int r = 0; r < 2 + random.nextInt(8); r++) {
            List<String> row = new ArrayList<>();
            row.add(NAMES[random.nextInt(NAMES.length)]);
            for (int c = 1; c < columns; c++) {
                row.add(random.nextInt(20) + "." + random.nextInt(10) + "0");
            }
            printed.add(row);
            for (String cell : row) {
                text.append(cell).append("\n\n");
            }
        }
    }

    private static Map<Integer, Integer> characters(String text) {
        Map<Integer, Integer> counts = new TreeMap<>();
        text.codePoints().filter(cp -> !Character.isWhitespace(cp)).forEach(cp -> counts.merge(cp, 1, Integer::sum));
        return counts;
    }
}
