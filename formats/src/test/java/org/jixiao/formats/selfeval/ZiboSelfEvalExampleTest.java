package org.jixiao.formats.selfeval;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import org.jixiao.formats.SharedReference;
import org.jixiao.core.review.Finding;
import org.jixiao.core.selfeval.FundRow;
import org.jixiao.core.selfeval.IndicatorScore;
import org.jixiao.core.selfeval.SelfEvalScore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The example workbook reproduces the five published Zibo 2024 self-evaluation tables and the ten-row summary. */
class ZiboSelfEvalExampleTest {
    static final Path DIR = Path.of("..", "examples", "zibo-2024-selfeval");
    static final Path WORKBOOK = DIR.resolve("zibo-2024-selfeval.xlsx");
    static final String FIGURES = "figures/zibo-industry-bureau-2024-final-accounts.figures.yaml";

    static List<SelfEvalBatch.Processed> tables = new ArrayList<>();
    static SelfEvalBatch.Result result;

    @BeforeAll
    static void importExample() {
        result = SelfEvalBatch.process(List.of(WORKBOOK), 1, tables::add);
    }

    @Test
    void totalsExecutionPointsAndGradesAsPublished() {
        assertThat(result.problems()).isEmpty();
        assertThat(tables).extracting(p -> p.score().table().project()).containsExactly("安全生产综合管理经费", "第三方护航商贸领域运行安全项目",
                "数字化工作经费", "技改装备科工作经费", "非公有制企业党委党建工作经费");
        assertThat(tables).extracting(p -> p.score().total().toPlainString()).containsExactly("97.41", "95.93", "93.54", "91.38", "90.19");
        assertThat(tables).extracting(p -> p.score().executionPoints().toPlainString()).containsExactly("7.41", "5.93", "3.54", "1.38", "0.19");
        assertThat(tables).extracting(p -> p.score().executionRate().toPlainString()).containsExactly("74.14", "59.25", "35.36", "13.78", "1.94");
        assertThat(tables).extracting(p -> p.score().grade()).containsOnly("优");
        assertThat(tables).allSatisfy(p -> assertThat(p.score().total()).isEqualByComparingTo(p.score().recordedTotal()));
    }

    @Test
    void summaryHasTenRowsConsistentWithTheTables() {
        assertThat(result.summary()).hasSize(10);
        assertThat(result.summary().get(5).project()).isEqualTo("综合运转支出");
        assertThat(result.summary().get(5).score()).isEqualByComparingTo("94.29");
        assertThat(result.summary()).extracting(r -> r.grade()).containsOnly("优");
        assertThat(result.summaryFindings()).isEmpty();
    }

    @Test
    void reviewFlagsTheTableExecutedAtOnePointNinetyFourPercentWithFullOutputMarks() {
        SelfEvalBatch.Processed partyBuilding = tables.get(4);
        assertThat(partyBuilding.findings()).filteredOn(f -> f.code().equals("SE_LOW_EXEC_FULL")).singleElement().satisfies(f -> {
            assertThat(f.location().document()).isEqualTo("zibo-2024-selfeval.xlsx");
            assertThat(f.location().part()).isEqualTo("5-非公有制企业党委党建工作经费");
            assertThat(f.location().item()).isEqualTo("H6");
            assertThat(f.printed()).isEqualTo("1.94%");
        });
        // E4-02: cost ceilings 353.18 + 8.82 = 362 against a budget of 61.88
        assertThat(partyBuilding.findings()).filteredOn(f -> f.code().equals("SE_COST_OVER_BUDGET")).singleElement()
                .satisfies(f -> assertThat(f.printed() + " > " + f.expected()).isEqualTo("362 > 61.88"));
        // every finding of the example: low execution (4 tables), conservative targets (195%, 250%), units, cost ceilings
        assertThat(tables.stream().flatMap(p -> p.findings().stream()).map(Finding::code).toList()).containsExactlyInAnyOrder(
                "SE_UNIT", "SE_UNIT", "SE_LOW_EXEC_FULL", "SE_CONSERVATIVE", "SE_LOW_EXEC_FULL", "SE_COST_OVER_BUDGET", "SE_UNIT",
                "SE_CONSERVATIVE", "SE_LOW_EXEC_FULL", "SE_LOW_EXEC_FULL", "SE_COST_OVER_BUDGET");
        assertThat(tables.get(0).findings()).isEmpty();
    }

    @Test
    void everyRowMatchesTheReferenceFigures() throws Exception {
        JsonNode published = new ObjectMapper(new YAMLFactory()).readTree(SharedReference.require(FIGURES).toFile()).path("self_eval_tables");
        assertThat(published).hasSize(tables.size());
        for (int t = 0; t < tables.size(); t++) {
            JsonNode expected = published.get(t);
            SelfEvalScore score = tables.get(t).score();
            assertThat(score.table().project()).isEqualTo(expected.path("project").asText());
            FundRow[] funds = {score.table().budget().total(), score.table().budget().fiscal(), score.table().budget().carryOver(),
                    score.table().budget().other()};
            for (int b = 0; b < 4; b++) {
                JsonNode row = expected.path("budget").get(b);
                assertThat(funds[b].initial()).as("%s 预算第 %d 行", score.table().project(), b + 1).isEqualByComparingTo(row.path("initial").asText());
                assertThat(funds[b].annual()).isEqualByComparingTo(row.path("annual_A").asText());
                assertThat(funds[b].executed()).isEqualByComparingTo(row.path("executed_B").asText());
            }
            JsonNode head = expected.path("budget").get(0);
            assertThat(score.executionRate().toPlainString() + "%").isEqualTo(head.path("rate").asText());
            assertThat(score.executionPoints()).isEqualByComparingTo(head.path("score").asText());
            JsonNode rows = expected.path("indicators");
            assertThat(score.indicators()).hasSize(rows.size());
            for (int i = 0; i < rows.size(); i++) {
                JsonNode row = rows.get(i);
                IndicatorScore indicator = score.indicators().get(i);
                String where = score.table().project() + " 指标 " + (i + 1);
                assertThat(indicator.row().name()).as(where).isEqualTo(row.path("name").asText());
                assertThat(indicator.row().category().label()).as(where).isEqualTo(row.path("level1").asText());
                assertThat(indicator.row().level2()).as(where).isEqualTo(row.path("level2").asText());
                assertThat(indicator.row().targetText()).as(where).isEqualTo(row.path("target").asText());
                assertThat(indicator.row().actualText()).as(where).isEqualTo(row.path("actual").asText());
                assertThat(indicator.row().weight()).as(where).isEqualByComparingTo(row.path("weight").asText());
                assertThat(indicator.recorded()).as(where).isEqualByComparingTo(row.path("score").asText());
                assertThat(indicator.computed()).as(where).isEqualByComparingTo(row.path("score").asText());
                if (!"qualitative".equals(row.path("op").asText())) {
                    assertThat(indicator.row().target().operator().symbol()).as(where).isEqualTo(row.path("op").asText().replace("=", "="));
                    assertThat(indicator.row().target().value()).as(where).isEqualByComparingTo(row.path("target_value").asText());
                }
            }
            assertThat(score.total()).isEqualByComparingTo(expected.path("total_printed").path("total").asText());
            assertThat(score.recordedTotal()).isEqualByComparingTo(expected.path("total_printed").path("total").asText());
        }
    }

    @Test
    void theCommittedWorkbookIsWhatTheYamlSourceProduces(@TempDir Path dir) throws Exception {
        SelfEvalYaml.Batch batch = SelfEvalYaml.read(DIR.resolve("zibo-2024-selfeval.yaml"));
        Path fresh = dir.resolve("zibo-2024-selfeval.xlsx");
        try (var out = Files.newOutputStream(fresh); SelfEvalWorkbookWriter writer = new SelfEvalWorkbookWriter(out, true)) {
            writer.summary(batch.summaryTitle(), batch.department(), batch.summary());
            int seq = 1;
            for (var table : batch.tables()) {
                writer.table(seq++ + "-" + table.project(), table);
            }
        }
        List<SelfEvalBatch.Processed> again = new ArrayList<>();
        SelfEvalBatch.Result second = SelfEvalBatch.process(List.of(fresh), 1, again::add);
        assertThat(second.summary()).extracting(r -> r.project() + r.score().toPlainString() + r.grade())
                .isEqualTo(result.summary().stream().map(r -> r.project() + r.score().toPlainString() + r.grade()).toList());
        for (int t = 0; t < tables.size(); t++) {
            var a = tables.get(t).score().table();
            var b = again.get(t).score().table();
            assertThat(b.withSource(a.source())).isEqualTo(a);
        }
    }

    static BigDecimal d(String s) {
        return new BigDecimal(s);
    }
}
