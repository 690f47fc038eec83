package org.jixiao.formats.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.jixiao.formats.SharedReference;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Nothing printed is lost or read twice, whichever way a text's lines are read (paragraphs, tables of any of the
 * three layouts, lines left as text): the characters other than spaces of every block are those of the file, but for
 * the header a table repeats on each page it runs on to, read once.
 */
class TextReaderKeepsEveryLineTest {
    static Stream<String> texts() throws Exception {
        List<String> names = new ArrayList<>();
        for (String input : new String[] {"hand-aligned.txt", "weihai-budget.layout.txt", "weihai-budget.plain.txt",
                "weihai-scores.layout.txt", "weihai-scores.plain.txt", "weihai-tables.layout.txt", "weihai-tables.plain.txt",
                "weihai-top.layout.txt", "weihai-top.plain.txt",
                "zibo-selfeval.layout.txt", "zibo-selfeval.plain.txt"}) {
            names.add("inputs/" + input);
        }
        Path reference = SharedReference.folder();
        if (SharedReference.present()) {
            try (Stream<Path> files = Files.list(reference)) {
                files.filter(file -> file.toString().endsWith(".txt")).sorted().forEach(file -> names.add(file.toString()));
            }
        }
        return names.stream();
    }

    @ParameterizedTest
    @MethodSource("texts")
    void everyPrintedCharacterIsReadOnce(String name) throws Exception {
        byte[] bytes = name.startsWith("inputs/") ? Grids.resource(name) : Files.readAllBytes(Path.of(name));
        SourceDocument document = Documents.read(Path.of(name).getFileName().toString(), bytes);
        StringBuilder read = new StringBuilder();
        for (Block block : document.blocks()) {
            if (block instanceof TextBlock text) {
                read.append(text.text());
            } else if (block instanceof TableBlock table) {
                table.cells().forEach(cell -> read.append(cell.text()));
            }
        }
        Map<Integer, Integer> printed = characters(new String(bytes, StandardCharsets.UTF_8));
        int repeated = name.endsWith("weihai-scores.layout.txt") ? 2 : name.endsWith("weihai-top.layout.txt") ? 1 : 0;
        characters("一级指标二级指标三级指标四级指标分值得分得分率".repeat(repeated)).forEach((cp, n) -> printed.merge(cp, -n, Integer::sum));
        assertThat(characters(read.toString())).isEqualTo(printed);
    }

    private static Map<Integer, Integer> characters(String text) {
        Map<Integer, Integer> counts = new TreeMap<>();
        text.codePoints().filter(cp -> !Character.isWhitespace(cp) && cp != '\u00a0' && cp != '\u3000')
                .forEach(cp -> counts.merge(cp, 1, Integer::sum));
        return counts;
    }
}
