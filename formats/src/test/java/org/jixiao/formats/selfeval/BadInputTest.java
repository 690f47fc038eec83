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
    void textInANumberCellLeavesThatFigureUncheckedAndTheTableImported() throws Exception {
        Path bad = workbook("a.xlsx", List.of(table(1), table(2), table(3)), 1, Map.of(new int[] {5, 5}, "约300"));
        Path good = workbook("b.xlsx", List.of(table(4)), -1, Map.of());
        List<SelfEvalBatch.Processed> read = new ArrayList<>();
        SelfEvalBatch.Result result = SelfEvalBatch.process(List.of(bad, good), 2, read::add);
        assertThat(result.problems()).isEmpty();
        assertThat(read).extracting(p -> p.score().table().project()).containsExactly("合成项目2", "合成项目3", "合成项目4", "合成项目5");
        assertThat(read.get(1).findings()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("SE_UNCHECKED");
            assertThat(f.severity()).isEqualTo(org.jixiao.core.review.Severity.INFO);
            assertThat(f.message()).contains("“约300”不是数值").contains("F6");
        });
        assertThat(read.get(1).score().executionRate()).isNull();
    }

    @Test
    void zeroBudgetLeavesTheExecutionRateUnchecked() throws Exception {
        Path bad = workbook("a.xlsx", List.of(table(1)), 0, Map.of(new int[] {5, 4}, BigDecimal.ZERO, new int[] {6, 4}, BigDecimal.ZERO));
        List<SelfEvalBatch.Processed> read = new ArrayList<>();
        SelfEvalBatch.Result result = SelfEvalBatch.process(List.of(bad), 1, read::add);
        assertThat(result.problems()).isEmpty();
        assertThat(read).singleElement().satisfies(p -> assertThat(p.findings()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("SE_UNCHECKED");
            assertThat(f.location().describe()).isEqualTo("a.xlsx › 表1 › H6");
            assertThat(f.message()).contains("全年预算数为 0");
        }));
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
        SelfEvalTable back = read.get(0).score().table();
        assertThat(back.project()).isEqualTo(table(1).project());
        assertThat(back.indicators()).extracting(r -> r.name() + " " + r.targetText() + " " + r.actualText() + " " + r.weight() + " "
                + r.recordedScore()).isEqualTo(table(1).indicators().stream().map(r -> r.name() + " " + r.targetText() + " " + r.actualText()
                        + " " + r.weight() + " " + r.recordedScore()).toList());
        assertThat(back.printedTotal()).isEqualByComparingTo(table(1).printedTotal());
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
    void aQualitativeActualThatStatesNoVerdictLeavesItsRowUnchecked() throws Exception {
        Path bad = workbook("a.xlsx", List.of(table(1)), 0, Map.of(new int[] {17, 4}, "还行"));
        List<SelfEvalBatch.Processed> read = new ArrayList<>();
        assertThat(SelfEvalBatch.process(List.of(bad), 1, read::add).problems()).isEmpty();
        assertThat(read.get(0).findings()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("SE_UNCHECKED");
            assertThat(f.location().item()).isEqualTo("G18");
            assertThat(f.message()).contains("“还行”没有说明");
        });
    }
}
