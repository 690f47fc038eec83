package org.jixiao.formats.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;

import org.jixiao.core.evaluation.EvaluationResult;
import org.jixiao.core.evaluation.EvaluationScorer;
import org.jixiao.core.indicator.ScoredIndicator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The bundled example reproduces the published Weihai 2022 evaluation exactly: every node of tables 7, 12, 13 and 14
 * (and the body's subtotals), the 一级 subtotals of table 6, the total 86.78 and the grade 良.
 */
class WeihaiExampleTest {
    static final Path EXAMPLE = Path.of("..", "examples", "weihai-econ-2022.yaml");

    /** level | name | 分值 | 得分 | 得分率 (%), in the report's order; transcribed from the report. */
    private static final String EXPECTED_TREE = """
            1|管理效率|32.00|24.28|75.88
            2|决策管理|2.00|1.70|85.00
            3|决策依据充分性|1.00|0.70|70.00
            3|决策程序规范性|1.00|1.00|100.00
            2|预算管理|9.00|6.80|75.56
            3|预算编制|5.00|4.30|86.00
            4|预算编制科学性|2.00|1.50|75.00
            4|在职人员控制率|1.00|1.00|100.00
            4|“三公经费”变动率|1.00|1.00|100.00
            4|重点支出项目保障率|1.00|0.80|80.00
            3|预算执行|4.00|2.50|62.50
            4|预算执行效率|2.00|1.00|50.00
            4|预算调整率|2.00|1.50|75.00
            2|成本控制|6.00|4.38|73.00
            3|基本支出成本控制|3.00|3.00|100.00
            4|公用经费控制率|2.00|2.00|100.00
            4|“三公经费”控制率|1.00|1.00|100.00
            3|项目支出成本控制|3.00|1.38|46.00
            4|政府采购执行率|1.00|1.00|100.00
            4|项目支出标准制定及匹配率|2.00|0.38|19.00
            2|制度管理|9.00|7.00|77.78
            3|制度建设|2.00|2.00|100.00
            4|财务管理制度健全性|1.00|1.00|100.00
            4|业务管理制度健全性|1.00|1.00|100.00
            3|制度执行|7.00|5.00|71.43
            4|资金使用合规性|3.00|2.00|66.67
            4|制度执行有效性|3.00|2.00|66.67
            4|预决算信息公开|1.00|1.00|100.00
            2|绩效管理|2.00|1.20|60.00
            3|绩效管理工作开展情况|2.00|1.20|60.00
            2|资产管理|4.00|3.20|80.00
            3|资产管理规范性|2.00|1.20|60.00
            3|固定资产利用率|2.00|2.00|100.00
            1|履职效能|38.00|37.50|98.68
            2|目标管理|3.00|2.50|83.33
            3|绩效目标合理性|2.00|2.00|100.00
            3|绩效指标科学性|1.00|0.50|50.00
            2|核心业务|35.00|35.00|100.00
            3|安全生产和应急管理|4.00|4.00|100.00
            4|应急安全工作完成情况|4.00|4.00|100.00
            3|工业与信息化发展|8.00|8.00|100.00
            4|人才集聚工程完成情况|4.00|4.00|100.00
            4|推动化工园区建设情况|4.00|4.00|100.00
            3|重大项目培育管理|8.00|8.00|100.00
            4|招商引资完成情况|2.00|2.00|100.00
            4|重点项目申报情况|3.00|3.00|100.00
            4|重点项目推进情况|3.00|3.00|100.00
            3|新旧动能转换|9.00|9.00|100.00
            4|扶持制造业高质量发展企业情况|2.00|2.00|100.00
            4|新材料产业发展情况|3.00|3.00|100.00
            4|规上工业企业培育情况|4.00|4.00|100.00
            3|综合统计工作|2.00|2.00|100.00
            4|统计调查工作完成情况|2.00|2.00|100.00
            3|社会信用体系建设|2.00|2.00|100.00
            4|社会信用体系建设情况|2.00|2.00|100.00
            3|服务业发展|2.00|2.00|100.00
            4|服务业小升规企业扶持数量|2.00|2.00|100.00
            1|社会效应|20.00|17.00|85.00
            2|外部影响|14.00|11.00|78.57
            3|经济效益|6.00|4.00|66.67
            4|规上工业增加值增速|2.00|2.00|100.00
            4|旅游休闲装备制造业企业利润增速|2.00|0.00|0.00
            4|规上服务业营业收入同比增速|2.00|2.00|100.00
            3|社会效益|8.00|7.00|87.50
            4|安全事故发生率|2.00|2.00|100.00
            4|推进新旧动能转换|2.00|2.00|100.00
            4|推动中小企业发展|2.00|1.00|50.00
            4|促进产业集群集聚发展|2.00|2.00|100.00
            2|满意度|6.00|6.00|100.00
            3|区级机关绩效考核综合评价|2.00|2.00|100.00
            3|辖区企业满意度|4.00|4.00|100.00
            1|可持续发展能力|10.00|8.00|80.00
            2|工作机制常态化|6.00|5.00|83.33
            3|工作机制常态化建设、运行情况|6.00|5.00|83.33
            4|建立重点企业精准帮促机制|3.00|3.00|100.00
            4|推进安全生产体系建设|3.00|2.00|66.67
            2|效益的可持续性|4.00|3.00|75.00
            3|社会效益的可持续性|4.00|3.00|75.00
            4|完善应急管理体系|4.00|3.00|75.00
            """;

    private static EvaluationResult result;

    @BeforeAll
    static void score() throws DatasetException {
        result = EvaluationScorer.score(DatasetReader.read(EXAMPLE).evaluation());
    }

    @Test
    void totalAndGradeAsPrintedInTable6() {
        assertThat(result.totalWeight()).isEqualByComparingTo("100.00");
        assertThat(result.totalScore()).isEqualByComparingTo("86.78");
        assertThat(result.totalRatePercent()).isEqualByComparingTo("86.78");
        assertThat(result.grade()).isEqualTo("良");
    }

    @Test
    void levelOneSubtotals() {
        assertThat(result.indicators()).extracting(ScoredIndicator::name)
                .containsExactly("管理效率", "履职效能", "社会效应", "可持续发展能力");
        assertThat(result.indicators()).extracting(i -> i.score().toPlainString())
                .containsExactly("24.28", "37.50", "17.00", "8.00");
        assertThat(result.indicators()).extracting(i -> i.ratePercent().toPlainString())
                .containsExactly("75.88", "98.68", "85.00", "80.00");
    }

    @Test
    void everyNodeMatchesTheReport() {
        List<ScoredIndicator> actual = result.allIndicators();
        List<String> expected = EXPECTED_TREE.lines().filter(l -> !l.isBlank()).toList();
        assertThat(actual).hasSize(expected.size());
        for (int i = 0; i < expected.size(); i++) {
            String[] cells = expected.get(i).split("\\|");
            ScoredIndicator node = actual.get(i);
            String where = "node " + i + " (" + cells[1] + ")";
            assertThat(node.level()).as(where + " level").isEqualTo(Integer.parseInt(cells[0]));
            assertThat(node.name()).as(where + " name").isEqualTo(cells[1]);
            assertThat(node.weight()).as(where + " 分值").isEqualByComparingTo(new BigDecimal(cells[2]));
            assertThat(node.score()).as(where + " 得分").isEqualByComparingTo(new BigDecimal(cells[3]));
            assertThat(node.ratePercent()).as(where + " 得分率").isEqualByComparingTo(new BigDecimal(cells[4]));
        }
    }

    @Test
    void treeShapeAsStatedInTheReport() {
        // "指标体系共设置4个一级指标，12个二级指标和26个三级指标" — and 46 scored leaves.
        List<ScoredIndicator> all = result.allIndicators();
        assertThat(all.stream().filter(i -> i.level() == 1)).hasSize(4);
        assertThat(all.stream().filter(i -> i.level() == 2)).hasSize(12);
        assertThat(all.stream().filter(i -> i.level() == 3)).hasSize(26);
        assertThat(result.leaves()).hasSize(46);
    }

    @Test
    void everyLeafExplainsItsScore() {
        for (ScoredIndicator leaf : result.leaves()) {
            assertThat(leaf.explanation()).as(leaf.name()).isNotBlank();
        }
        assertThat(result.find("决策依据充分性").orElseThrow().explanation()).contains("扣0.3分").contains("得0.7分");
        assertThat(result.find("在职人员控制率").orElseThrow().explanation()).contains("29 ÷ 29 × 100% = 100.00%").contains("得满分");
        assertThat(result.find("旅游休闲装备制造业企业利润增速").orElseThrow().explanation()).contains("目标未完成，不得分");
        assertThat(result.find("决策管理").orElseThrow().scoreLine()).isEqualTo("该指标分值2分，评价得分1.7分，得分率85%。");
    }

    @Test
    void standardRatiosAsPrintedInTheReport() {
        assertThat(ratio("budget_execution_rate")).isEqualByComparingTo("97");
        assertThat(ratio("budget_adjustment_rate")).isEqualByComparingTo("7.38");
        assertThat(ratio("budget_preparation_rate")).isEqualByComparingTo("76.92");
        assertThat(ratio("staff_control_rate")).isEqualByComparingTo("100");
        assertThat(ratio("three_public_change_rate")).isEqualByComparingTo("-50");
        assertThat(ratio("three_public_control_rate")).isEqualByComparingTo("0");
        assertThat(ratio("key_project_guarantee_rate")).isEqualByComparingTo("25.47");
        assertThat(ratio("public_funds_control_rate")).isEqualByComparingTo("95.73");
        assertThat(ratio("procurement_execution_rate")).isEqualByComparingTo("547.8");
        assertThat(ratio("fixed_asset_utilisation_rate")).isEqualByComparingTo("100");
        assertThat(ratio("project_execution_rate")).isEqualByComparingTo("99.10");
        assertThat(ratio("december_share")).isEqualByComparingTo("54.23");
    }

    @Test
    void monthlyProgressAsInTable10() {
        List<String> progress = List.of("1.50", "2.50", "3.53", "5.79", "9.45", "10.48", "12.06", "29.27", "34.95", "44.37", "45.77", "100.00");
        List<String> schedule = List.of("8.33", "16.67", "25.00", "33.33", "41.67", "50.00", "58.33", "66.67", "75.00", "83.33", "91.67", "100.00");
        var months = result.monthly().orElseThrow().months();
        assertThat(months).extracting(m -> m.progressPercent().toPlainString()).containsExactlyElementsOf(progress);
        assertThat(months).extracting(m -> m.schedulePercent().toPlainString()).containsExactlyElementsOf(schedule);
        assertThat(result.monthly().orElseThrow().behindSchedule()).hasSize(11);
    }

    @Test
    void projectTableAndThreeYearTables() {
        var projects = result.projectExecution();
        assertThat(projects.rows()).hasSize(49);
        assertThat(projects.totals().ratePercent()).isEqualByComparingTo("99.10");
        // the rows add up to 8,844.97 / 8,925.68; the report prints 8,844.96 / 8,925.67 (0.01 rounding upstream)
        assertThat(projects.totals().executed()).isEqualByComparingTo("8844.97");
        assertThat(projects.unexecuted()).extracting(r -> r.project().name()).containsExactly("2021年完善化工园区安全和环保信息平台");
        var income = result.history().income();
        assertThat(income).extracting(r -> r.total().toPlainString()).containsExactly("5721.50", "4951.91", "9738.40");
        assertThat(income.get(1).change().ratePercent()).isEqualByComparingTo("-13.45");
        assertThat(income.get(2).change().ratePercent()).isEqualByComparingTo("96.66");
        var expenditure = result.history().expenditure();
        assertThat(expenditure.get(1).change().ratePercent()).isEqualByComparingTo("-11.19");
        assertThat(expenditure.get(2).change().ratePercent()).isEqualByComparingTo("96.66");
        assertThat(result.history().adjustments()).extracting(a -> a.change().ratePercent().toPlainString())
                .contains("148.67", "183.17", "-58.36", "-31.57", "19.09", "36.16", "34.02");
    }

    @Test
    void targetsAssessed() {
        var unmet = result.targets().stream().filter(t -> Boolean.FALSE.equals(t.met())).map(t -> t.target().id()).toList();
        assertThat(unmet).containsExactlyInAnyOrder("T2-14", "B-10");
        var conservative = result.targets().stream().filter(t -> t.exceedsBy(new BigDecimal("150"))).map(t -> t.target().id()).toList();
        assertThat(conservative).contains("T1-04", "T2-01", "T2-06");
    }

    private static BigDecimal ratio(String key) {
        return result.ratios().all().stream().filter(r -> r.id().key().equals(key)).findFirst().orElseThrow().percent();
    }
}
