package org.jixiao.formats.reportreader;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * The words reports use for the columns and rows of their tables ({@code table-vocabulary.yaml}): a new wording is a
 * line in that file. Header texts are compared after {@link #key(String)}.
 */
final class TableVocabulary {
    enum Role { SEQUENCE, RATE, GRADE, LEVEL1, LEVEL2, LEVEL3, LEVEL4, LEVEL5, TEXT, DEDUCTION, WEIGHT, SCORE, NAME, NUMBER, OTHER;

        int level() {
            return switch (this) {
                case LEVEL1 -> 1;
                case LEVEL2 -> 2;
                case LEVEL3 -> 3;
                case LEVEL4 -> 4;
                case LEVEL5 -> 5;
                default -> 0;
            };
        }
    }

    private record Words(Role role, List<String> exact, List<String> prefix, List<String> suffix, List<String> contains) {}

    private static final TableVocabulary INSTANCE = load();

    private final List<Words> columns;
    private final List<String> totals;
    private final List<String> subtotals;
    private final List<String> gradeRows;
    private final List<String> notes;

    private TableVocabulary(List<Words> columns, List<String> totals, List<String> subtotals, List<String> gradeRows, List<String> notes) {
        this.columns = columns;
        this.totals = totals;
        this.subtotals = subtotals;
        this.gradeRows = gradeRows;
        this.notes = notes;
    }

    static TableVocabulary get() {
        return INSTANCE;
    }

    @SuppressWarnings("unchecked")
    private static TableVocabulary load() {
        try (InputStream in = TableVocabulary.class.getResourceAsStream("table-vocabulary.yaml")) {
            Map<String, Object> root = new ObjectMapper(new YAMLFactory()).readValue(in, Map.class);
            List<Words> columns = new ArrayList<>();
            for (Map<String, Object> entry : (List<Map<String, Object>>) root.get("columns")) {
                columns.add(new Words(Role.valueOf(((String) entry.get("role")).toUpperCase(java.util.Locale.ROOT)), keys(entry.get("exact")),
                        keys(entry.get("prefix")), keys(entry.get("suffix")), keys(entry.get("contains"))));
            }
            Map<String, Object> rows = (Map<String, Object>) root.get("rows");
            return new TableVocabulary(columns, keys(rows.get("total")), keys(rows.get("subtotal")), keys(rows.get("gradeRow")),
                    (List<String>) rows.get("note"));
        } catch (IOException e) {
            throw new UncheckedIOException("table-vocabulary.yaml cannot be read", e);
        }
    }

    @SuppressWarnings("unchecked")
    private static List<String> keys(Object list) {
        if (list == null) {
            return List.of();
        }
        return ((List<Object>) list).stream().map(String::valueOf).map(TableVocabulary::key).toList();
    }

    /** Header or row text as compared: no whitespace, no quotes, no bracketed unit or note ("分值（分）" → "分值"). */
    static String key(String text) {
        if (text == null) {
            return "";
        }
        String key = text.replaceAll("[\\s\\u3000“”\"‘’'「」*]", "");
        String unbracketed = key.replaceAll("[（(][^）)]{0,8}[）)]", "");
        return unbracketed.isEmpty() ? key : unbracketed;
    }

    /** The role a header text names, or null when it names none. */
    Role roleOf(String header) {
        String key = key(header);
        if (key.isEmpty()) {
            return null;
        }
        for (Words words : columns) {
            if (words.exact().contains(key)) {
                return words.role();
            }
        }
        for (Words words : columns) {
            for (String prefix : words.prefix()) {
                if (key.startsWith(prefix)) {
                    return words.role();
                }
            }
            for (String suffix : words.suffix()) {
                if (key.endsWith(suffix)) {
                    return words.role();
                }
            }
            for (String part : words.contains()) {
                if (key.contains(part)) {
                    return words.role();
                }
            }
        }
        return null;
    }

    boolean isTotal(String name) {
        String key = key(name).replaceAll("^[一二三四五六七八九十\\d]+[、.．]", "");
        return totals.stream().anyMatch(word -> key.equals(word) || (key.startsWith(word) && key.length() <= word.length() + 4));
    }

    boolean isSubtotal(String name) {
        String key = key(name);
        return subtotals.stream().anyMatch(word -> key.equals(word) || key.startsWith(word) || key.endsWith(word));
    }

    boolean isGradeRow(String name) {
        String key = key(name).replace("：", "").replace(":", "");
        return gradeRows.contains(key);
    }

    boolean isNote(String text) {
        String stripped = text.strip();
        return notes.stream().anyMatch(stripped::startsWith);
    }
}
