package org.jixiao.formats.selfeval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.jixiao.core.review.Finding;
import org.jixiao.core.selfeval.SelfEvalTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input never aborts the batch and never loses a table silently: each problem is a finding with workbook, sheet
 * and cell, the workbook with the problem contributes nothing, and the other workbooks are processed.
 */
class BadInputTest {
    @TempDir
    Path dir;

    static SelfEvalTable table(int n) {
        return SyntheticBatch.table(n, new SplittableRandom(n), null);
    }

    Path workbook(String name, List<SelfEvalTable> tables, int badSheet, Map<int[], Object> overrides) throws Exception {
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file); SelfEvalWorkbookWriter writer = new SelfEvalWorkbookWriter(out, true)) {
            for (int i = 0; i < tables.size(); i++) {
                writer.table("表" + (i + 1), tables.get(i), i == badSheet ? overrides : Map.of());
            }
        }
        return file;
    }

    record Outcome(SelfEvalBatch.Result result, List<String> projects) {}

    Outcome process(Path... files) {
        List<String> projects = new ArrayList<>();
        SelfEvalBatch.Result result = SelfEvalBatch.process(List.of(files), 2, p -> projects.add(p.score().table().project()));
        return new Outcome(result, projects);
    }

    @Test
    void textInANumberCell() throws Exception {
        Path bad = workbook("a.xlsx", List.of(table(1), table(2), table(3)), 1, Map.of(new int[] {5, 5}, "约300"));
        Path good = workbook("b.xlsx", List.of(table(4)), -1, Map.of());
        Outcome outcome = process(bad, good);
        assertThat(outcome.result().problems()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("IMPORT_NUMBER");
            assertThat(f.location().describe()).isEqualTo("a.xlsx › 表2 › F6");
            assertThat(f.printed()).isEqualTo("约300");
            assertThat(f.message()).contains("全年执行数(B)应为数值");
        });
        assertThat(outcome.projects()).containsExactly("合成项目5"); // nothing from a.xlsx, all of b.xlsx
        assertThat(outcome.result().filesRejected()).isEqualTo(1);
        assertThat(outcome.result().tablesNotImported()).isEqualTo(3);
    }

    @Test
    void zeroBudget() throws Exception {
        Path bad = workbook("a.xlsx", List.of(table(1)), 0, Map.of(new int[] {5, 4}, BigDecimal.ZERO));
        Path good = workbook("b.xlsx", List.of(table(2)), -1, Map.of());
        Outcome outcome = process(bad, good);
        assertThat(outcome.result().problems()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("IMPORT_BUDGET_ZERO");
            assertThat(f.location().describe()).isEqualTo("a.xlsx › 表1 › E6");
        });
        assertThat(outcome.projects()).containsExactly("合成项目3");
    }

    @Test
    void duplicatedProject() throws Exception {
        Path first = workbook("a.xlsx", List.of(table(1), table(2)), -1, Map.of());
        Path second = workbook("b.xlsx", List.of(table(3), table(1)), -1, Map.of());
        Outcome outcome = process(first, second);
        assertThat(outcome.result().problems()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("IMPORT_DUPLICATE");
            assertThat(f.location().describe()).isEqualTo("b.xlsx › 表2 › C3");
            assertThat(f.message()).contains("已在 a.xlsx › 表1 导入");
        });
        assertThat(outcome.projects()).containsExactly("合成项目2", "合成项目3", "合成项目4");
    }

    @Test
    void missingColumnInTheBulkSheet() throws Exception {
        Path bad = dir.resolve("flat.xlsx");
        try (OutputStream out = Files.newOutputStream(bad); SelfEvalWorkbookWriter writer = new SelfEvalWorkbookWriter(out, false)) {
            writer.flatRows(table(1));
            writer.flatRows(table(2));
            writer.flatHeader(Layout.FLAT_COLUMNS.indexOf(Layout.F_ANNUAL), "预算");
        }
        Path good = workbook("b.xlsx", List.of(table(3)), -1, Map.of());
        Outcome outcome = process(bad, good);
        assertThat(outcome.result().problems()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("IMPORT_COLUMN");
            assertThat(f.location().describe()).startsWith("flat.xlsx › 批量录入 › ");
            assertThat(f.message()).contains("缺少必填列“全年预算数(A)”");
        });
        assertThat(outcome.projects()).containsExactly("合成项目4");
    }

    @Test
    void theBulkSheetRoundTripsAndInconsistentRowsAreReported() throws Exception {
        Path flat = dir.resolve("flat.xlsx");
        try (OutputStream out = Files.newOutputStream(flat); SelfEvalWorkbookWriter writer = new SelfEvalWorkbookWriter(out, false)) {
            writer.flatRows(table(1));
            writer.flatRows(table(2));
        }
        List<SelfEvalBatch.Processed> read = new ArrayList<>();
        SelfEvalBatch.Result result = SelfEvalBatch.process(List.of(flat), 1, read::add);
        assertThat(result.problems()).isEmpty();
        assertThat(read).hasSize(2);
        assertThat(read.get(0).score().table().withSource(null)).isEqualTo(table(1));
        assertThat(read).allSatisfy(p -> assertThat(p.findings()).isEmpty());

        Path bad = dir.resolve("bad-flat.xlsx");
        SelfEvalTable t = table(5);
        try (OutputStream out = Files.newOutputStream(bad); SelfEvalWorkbookWriter writer = new SelfEvalWorkbookWriter(out, false)) {
            writer.flatRows(t);
        }
        // a second file where row 3 states another 全年执行数 for the same project: rewrite via the writer's override
        Path inconsistent = dir.resolve("c.xlsx");
        try (OutputStream out = Files.newOutputStream(inconsistent); SelfEvalWorkbookWriter writer = new SelfEvalWorkbookWriter(out, false)) {
            writer.flatRows(t);
            writer.flatCell(2, Layout.FLAT_COLUMNS.indexOf(Layout.F_EXECUTED), new BigDecimal("1.23"));
        }
        List<Finding> problems = SelfEvalBatch.process(List.of(inconsistent), 1, p -> { }).problems();
        assertThat(problems).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("IMPORT_INCONSISTENT");
            assertThat(f.location().item()).isEqualTo("F3");
            assertThat(f.printed()).isEqualTo("1.23");
        });
    }

    @Test
    void aQualitativeVerdictThatCannotBeReadIsNamed() throws Exception {
        Path bad = workbook("a.xlsx", List.of(table(1)), 0, Map.of(new int[] {17, 4}, "还行"));
        List<Finding> problems = process(bad).result().problems();
        assertThat(problems).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("IMPORT_ACTUAL");
            assertThat(f.location().item()).isEqualTo("E18");
            assertThat(f.expected()).contains("完成 / 部分完成 / 未完成");
        });
    }
}
