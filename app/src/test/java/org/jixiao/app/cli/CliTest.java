package org.jixiao.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the command line the way a user does and reads what it prints. */
class CliTest {
    private static final String EXAMPLE = Path.of("..", "examples", "weihai-econ-2022.yaml").toString();

    record Run(int exit, String out, String err) {}

    static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void scorePrintsTheTreeTotalAndGrade() {
        Run run = run("score", EXAMPLE);
        assertThat(run.exit()).isZero();
        assertThat(run.out())
                .containsPattern("管理效率\\s+32\\.00\\s+24\\.28\\s+75\\.88%")
                .containsPattern("履职效能\\s+38\\.00\\s+37\\.50\\s+98\\.68%")
                .containsPattern("社会效应\\s+20\\.00\\s+17\\.00\\s+85\\.00%")
                .containsPattern("可持续发展能力\\s+10\\.00\\s+8\\.00\\s+80\\.00%")
                .containsPattern("项目支出标准制定及匹配率\\s+2\\.00\\s+0\\.38\\s+19\\.00%")
                .containsPattern("旅游休闲装备制造业企业利润增速\\s+2\\.00\\s+0\\.00\\s+0\\.00%")
                .containsPattern("综合得分\\s+100\\.00\\s+86\\.78\\s+86\\.78%")
                .contains("综合得分 86.78 分，评价等级：良");
    }

    @Test
    void scoreAndValidateShowEveryPrintedFigureThatDepartsFromTheComputedOne() throws Exception {
        Run score = run("score", EXAMPLE);
        Run validate = run("validate", EXAMPLE);
        String difference = "第 1545 行 (printed.projects[14].rate)：项目“2021年安全生产和应急管理专项资金”预算执行率（%）：报告印 99.99，计算为 99.90（相差 0.09）";
        for (Run run : new Run[] {score, validate}) {
            assertThat(run.exit()).isZero();
            assertThat(run.out()).contains("报告印数核对：共 215 个印数，1 处与计算不一致：").contains(difference);
        }
        JsonNode json = new ObjectMapper().readTree(run("score", "--format", "json", EXAMPLE).out());
        assertThat(json.at("/printed/checked").asInt()).isEqualTo(215);
        assertThat(json.at("/printed/differences/0/field").asText()).isEqualTo("printed.projects[14].rate");
        assertThat(json.at("/printed/differences/0/line").asInt()).isEqualTo(1545);
    }

    @Test
    void scoreExplainShowsHowEachLeafWasScored() {
        Run run = run("score", "--explain", EXAMPLE);
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("扣分点：①").contains("定性评价为“达成”").contains("29 ÷ 29 × 100% = 100.00%");
    }

    @Test
    void scoreAsJsonForMachines() throws Exception {
        Run run = run("score", "--format", "json", EXAMPLE);
        assertThat(run.exit()).isZero();
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.at("/total/score").decimalValue()).isEqualByComparingTo("86.78");
        assertThat(json.at("/total/grade").asText()).isEqualTo("良");
        assertThat(json.at("/indicators/0/score").decimalValue()).isEqualByComparingTo("24.28");
        assertThat(json.at("/indicators/0/children/0/children/0/name").asText()).isEqualTo("决策依据充分性");
        assertThat(json.at("/indicators/0/children/0/children/0/rule").asText()).isEqualTo("deductions");
        assertThat(run.out()).contains("\"score\" : 86.78");
    }

    @Test
    void ratiosPrintEveryRatioWithItsDerivation() {
        Run run = run("ratios", EXAMPLE);
        assertThat(run.exit()).isZero();
        assertThat(run.out())
                .contains("预算执行率：97.00%")
                .contains("9,738.4 ÷ 10,039.31 × 100% = 97.00%")
                .contains("预算调整率：7.38%")
                .contains("(10,039.31 − 7,490.64 − 1,995.84) ÷ 7,490.64 × 100% = 552.83 ÷ 7,490.64 × 100% = 7.38%")
                .contains("预算编制率：76.92%")
                .contains("在职人员控制率：100.00%")
                .contains("“三公经费”变动率：-50.00%")
                .contains("重点支出项目保障率：25.47%")
                .contains("公用经费控制率：95.73%")
                .contains("政府采购执行率：547.80%")
                .contains("项目预算执行率：99.10%")
                .contains("12月支出占比：54.23%")
                .containsPattern("8月\\s+14,852,211\\.00\\s+8,733,642\\.23\\s+29\\.27%\\s+66\\.67%");
    }

    @Test
    void ratiosAsJson() throws Exception {
        Run run = run("ratios", "--format", "json", EXAMPLE);
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.at("/ratios/0/id").asText()).isEqualTo("budget_execution_rate");
        assertThat(json.at("/ratios/0/percent").decimalValue()).isEqualByComparingTo("97.00");
        assertThat(json.at("/monthly/11/progress").decimalValue()).isEqualByComparingTo("100.00");
        assertThat(json.at("/projects/rate").decimalValue()).isEqualByComparingTo("99.10");
    }

    @Test
    void validateAcceptsTheExample() {
        Run run = run("validate", EXAMPLE);
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("校验通过").contains("末级指标 46 个");
    }

    @Test
    void badInputExitsWith2AndNamesFileLineAndField(@TempDir Path dir) throws Exception {
        String text = Files.readString(Path.of(EXAMPLE)).replaceFirst("kind: deductions", "kind: bonus");
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, text);
        int line = text.lines().toList().indexOf(text.lines().filter(l -> l.contains("kind: bonus")).findFirst().orElseThrow()) + 1;
        for (String command : new String[] {"score", "ratios", "validate"}) {
            Run run = run(command, bad.toString());
            assertThat(run.exit()).as(command).isEqualTo(2);
            assertThat(run.err()).as(command).contains(bad + " 第 " + line + " 行 (indicators[0].children[0].children[0].rule.kind): 未知的评分规则类型“bonus”")
                    .contains("共 1 个错误，文件未被使用。")
                    .doesNotContain("Exception").doesNotContain("\tat ");
            assertThat(run.out()).as(command).isEmpty();
        }
    }

    @Test
    void missingFileIsBadInputNotACrash() {
        Run run = run("score", "nowhere.yaml");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("nowhere.yaml: 文件不存在").doesNotContain("Exception");
    }

    @Test
    void unknownCommandOrOptionIsAUsageError() {
        assertThat(run("scorer", EXAMPLE).exit()).isEqualTo(2);
        assertThat(run("score", "--format", "xml", EXAMPLE).exit()).isEqualTo(2);
    }

    @Test
    void helpListsTheCommands() {
        Run run = run("--help");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("score").contains("ratios").contains("validate");
    }
}
