package org.jixiao.formats.finalaccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.jixiao.formats.SharedReference;
import org.jixiao.core.finalaccounts.AccountsReview;
import org.jixiao.core.finalaccounts.ExplanationWriter;
import org.jixiao.core.finalaccounts.FinalAccounts;
import org.jixiao.core.finalaccounts.TextReview;
import org.jixiao.core.review.Finding;
import org.jixiao.core.review.Severity;
import org.jixiao.formats.dataset.DatasetException;
import org.junit.jupiter.api.Test;

/**
 * The Zibo 2024 example: the generated 情况说明 reproduces every number and comparison word of the published text
 * (sections 1–13), the review finds nothing wrong in the tables, and finds each injected error.
 */
class ZiboAccountsTest {
    static final Path EXAMPLE = Path.of("..", "examples", "zibo-industry-2024-accounts.yaml");
    static final String REFERENCE = "zibo-industry-bureau-2024-final-accounts.txt";

    static String exampleText() throws Exception {
        return Files.readString(EXAMPLE, StandardCharsets.UTF_8);
    }

    static FinalAccounts read(String text) throws DatasetException {
        return FinalAccountsReader.read("broken.yaml", text, false);
    }

    /**
     * The published sentences with their numbers and comparison words. The reasons are the example's paraphrases,
     * not the published wording; everything else is as published, except where noted.
     */
    static final List<String> EXPECTED = List.of(
            "2024年度收、支总计均为6,096.59万元。与2023年相比，收、支总计各减少15,024.49万元，下降71.14%。主要是严控各项支出。",
            "2024年度收入合计6,095.94万元，其中：财政拨款收入6,095.94万元，占100%。",
            "1、财政拨款收入6,095.94万元。与2023年度相比，减少14,895.57万元，下降70.96%。主要是严控各项支出。",
            "2、上级补助收入0万元。与2023年度相比，增加0万元，增长0.00%。",
            "6、其他收入0万元。与2023年度相比，增加0万元，增长0.00%。",
            "2024年度支出合计6,095.94万元，其中：基本支出1,176万元，占19.29%；项目支出4,919.93万元，占80.71%。",
            "1、基本支出1,176万元。与2023年度相比，增加134.83万元，增长12.95%。",
            "2、项目支出4,919.93万元。与2023年度相比，减少15,030.71万元，下降75.34%。",
            "5、对附属单位补助支出0万元。与2023年度相比，增加0万元，增长0.00%。",
            "2024年度财政拨款收、支总计均为6,096.44万元。与2023年相比，财政拨款收、支总计各减少14,896.49万元，下降70.96%。主要是严控各项支出。",
            "2024年度一般公共预算财政拨款支出6,095.94万元，占本年支出合计的100%。与2023年度相比，一般公共预算财政拨款支出减少7,802.7万元，下降56.14%。主要是严控各项支出。",
            "2024年度一般公共预算财政拨款支出6,095.94万元，主要用于以下方面：科学技术支出（类）支出1,401.7万元，占22.99%；"
                    + "社会保障和就业支出（类）支出82.5万元，占1.35%；卫生健康支出（类）支出54.69万元，占0.9%；节能环保支出（类）支出500万元，占8.2%；"
                    + "资源勘探工业信息等支出（类）支出3,373.44万元，占55.34%；商业服务业等支出（类）支出598.64万元，占9.82%；"
                    + "住房保障支出（类）支出84.96万元，占1.4%。",
            // Differs from the published text ON PURPOSE: it prints 年初预算数 2,476.6 and 246.14% (大于), but its own twelve
            // 项 lines add up to 9,688.28; the example keeps the lines, so the total is 9,688.28, 62.92%, 小于.
            "2024年度一般公共预算财政拨款支出年初预算数为9,688.28万元，支出决算数为6,095.94万元，完成年初预算数的62.92%。决算数小于年初预算数，主要原因是部分项目压减，年初预算未全部执行。其中：",
            "1、科学技术支出（类）科学技术管理事务（款）行政运行（项）。年初预算数为932.49万元，支出决算数为779万元，完成年初预算的83.54%。决算数小于年初预算数，主要原因是压缩日常运转支出。",
            "2、科学技术支出（类）科学技术管理事务（款）一般行政管理事务（项）。年初预算数为1,004.71万元，支出决算数为622.7万元，完成年初预算的61.98%。决算数小于年初预算数，主要原因是严控一般性支出。",
            "3、社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位基本养老保险缴费支出（项）。年初预算数为121.81万元，支出决算数为80.11万元，完成年初预算的65.77%。决算数小于年初预算数，主要原因是人员待遇变动，经费有结余。",
            "4、社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位职业年金缴费支出（项）。年初预算数为10万元，支出决算数为2.39万元，完成年初预算的23.9%。决算数小于年初预算数，主要原因是人员待遇变动，经费有结余。",
            "5、卫生健康支出（类）行政事业单位医疗（款）行政单位医疗（项）。年初预算数为81.33万元，支出决算数为54.69万元，完成年初预算的67.24%。决算数小于年初预算数，主要原因是人员待遇变动，经费有结余。",
            "6、节能环保支出（类）能源节约利用（款）能源节约利用（项）。年初预算数为0万元，支出决算数为500万元，年初无预算。决算数大于年初预算数，主要原因是专项资金支付的统计口径调整。",
            "7、资源勘探工业信息等支出（类）制造业（款）其他制造业支出（项）。年初预算数为7,014万元，支出决算数为2,046.1万元，完成年初预算的29.17%。决算数小于年初预算数，主要原因是压缩项目支出。",
            "8、资源勘探工业信息等支出（类）支持中小企业发展和管理支出（款）中小企业发展专项（项）。年初预算数为400万元，支出决算数为627.54万元，完成年初预算的156.89%。决算数大于年初预算数，主要原因是专项资金支付的统计口径调整。",
            "9、资源勘探工业信息等支出（类）支持中小企业发展和管理支出（款）其他支持中小企业发展和管理支出（项）。年初预算数为0万元，支出决算数为699.8万元，年初无预算。决算数大于年初预算数，主要原因是专项资金支付的统计口径调整。",
            "10、商业服务业等支出（类）商业流通事务（款）其他商业流通事务支出（项）。年初预算数为1万元，支出决算数为154.76万元，完成年初预算的15476%。决算数大于年初预算数，主要原因是专项资金支付的统计口径调整。",
            "11、商业服务业等支出（类）涉外发展服务支出（款）其他涉外发展服务支出（项）。年初预算数为50.94万元，支出决算数为443.88万元，完成年初预算的871.38%。决算数大于年初预算数，主要原因是专项资金支付的统计口径调整。",
            "12、住房保障支出（类）住房改革支出（款）住房公积金（项）。年初预算数为72万元，支出决算数为84.96万元，完成年初预算的118%。决算数大于年初预算数，主要原因是公积金缴存基数提高。",
            "2024年度一般公共预算财政拨款基本支出决算1,176万元，包括人员经费和公用经费，支出具体情况如下：",
            "人员经费1,128.22万元，主要包括：基本工资、津贴补贴、奖金、绩效工资、机关事业单位基本养老保险缴费、职业年金缴费、职工基本医疗保险缴费、"
                    + "公务员医疗补助缴费、其他社会保障缴费、住房公积金、其他工资福利支出、退休费等。",
            "公用经费47.78万元，主要包括：办公费、邮电费、差旅费、维修（护）费、培训费、工会经费、其他商品和服务支出等。",
            "本部门没有政府性基金财政拨款收支。",
            "本部门没有国有资本经营预算财政拨款支出。",
            "本部门无财政拨款安排的“三公”经费支出。",
            "1、因公出国（境）费决算数为0万元，因公出国（境）团组0个，累计0人次。",
            "2、公务用车购置及运行维护费决算数为0万元，其中：公务用车购置费支出0万元，2024年使用财政拨款购置公务用车0辆；公务用车运行维护费0万元，2024年财政拨款开支运行维护费的公务用车保有量为0辆。",
            "3、公务接待费决算数为0万元。其中：国内接待费0万元，共计接待0批次、0人次（含外事接待0批次、0人次）；国（境）外接待费0万元，共计接待0批次、0人次。",
            "2024年度机关运行经费支出47.78万元，比年初预算数减少2.31万元，下降4.61%，主要原因是厉行节约。",
            "2024年度政府采购支出总额361.7万元，其中：政府采购货物支出2.39万元、政府采购工程支出0万元、政府采购服务支出359.31万元。"
                    + "授予中小企业合同金额361.7万元，占政府采购支出总额的100%，其中：授予小微企业合同金额361.01万元，占政府采购支出总额的99.81%。"
                    + "货物采购授予中小企业合同金额占货物支出金额的100%，服务采购授予中小企业合同金额占服务支出金额的100%。",
            "截至2024年12月31日，本部门共有车辆0辆，其中，符合规定领导干部用车0辆、机要通信用车0辆、应急保障用车0辆、执法执勤用车0辆、特种专业技术用车0辆、"
                    + "离退休干部用车0辆、其他用车0辆，单价100万元（含）以上设备（不含车辆）0台（套）。",
            "（一）预算绩效管理工作开展情况。根据预算绩效管理要求，工业信息化和商务局组织对2024年度区级预算项目全面开展绩效自评，其中区级预算项目10个，"
                    + "涉及预算资金953.061万元，占部门区级预算项目支出总额的100%。组织对“安全生产综合管理经费”开展了部门评价，涉及预算资金410.71万元。",
            "（二）区级预算项目绩效自评结果。工业信息化和商务局2024年度区级预算项目绩效自评的10个项目中，10个项目自评等级为“优”。项目执行总体较好，资金使用较规范，个别项目进度偏慢。",
            "1. 安全生产综合管理经费绩效自评综述：根据年初设定的绩效目标，项目自评得分为97.41分。全年预算数为410.71万元，执行数为304.49万元，完成预算的74.14%。"
                    + "项目绩效目标完成情况：完成年度工业企业安全技术指导。发现的主要问题及原因：个别指标不够细。下一步改进措施：立项时提高绩效目标编制的准确性。",
            "5. 非公有制企业党委党建工作经费绩效自评综述：根据年初设定的绩效目标，项目自评得分为90.19分。全年预算数为61.88万元，执行数为1.2万元，完成预算的1.94%。"
                    + "项目绩效目标完成情况：完成非公企业党建工作。发现的主要问题及原因：预算执行不够灵活。下一步改进措施：按实际需求调整预算执行。",
            "（四）部门评价结果。“安全生产综合管理经费”项目，绩效评价得分为“98”分，等级为“优”。");

    @Test
    void explanationReproducesThePublishedSentences() throws Exception {
        FinalAccounts accounts = FinalAccountsReader.read(EXAMPLE);
        List<String> paragraphs = ExplanationWriter.write(accounts).sections().stream()
                .flatMap(s -> s.paragraphs().stream()).map(p -> p.text()).toList();
        assertThat(paragraphs).containsAll(EXPECTED);
        assertThat(ExplanationWriter.write(accounts).sections()).hasSize(13);
        assertThat(ExplanationWriter.write(accounts).charts()).extracting(c -> c.id())
                .containsExactly("chart1", "chart2", "chart3", "chart4", "chart5-1", "chart5-2");
    }

    @Test
    void reviewOfTheExampleFindsNoError() throws Exception {
        List<Finding> findings = AccountsReview.review(FinalAccountsReader.read(EXAMPLE));
        assertThat(findings).noneMatch(Finding::isError);
        // The six 0.01 differences of the printed totals (元 rounded to 万元) are reported as 尾差, nothing else.
        assertThat(findings).hasSize(6).allMatch(f -> f.severity() == Severity.INFO && f.expected().equals("6,095.93"));
    }

    @Test
    void reviewOfThePublishedTextFlagsTheInitialBudgetSentence() throws Exception {
        FinalAccounts accounts = FinalAccountsReader.read(EXAMPLE);
        List<Finding> findings = TextReview.check(accounts, ExplanationText.read(SharedReference.require(REFERENCE)), "reference");
        assertThat(findings).filteredOn(Finding::isError).extracting(Finding::code, Finding::printed, Finding::expected)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("TEXT_AMOUNT", "2,476.6", "9,688.28"),
                        org.assertj.core.groups.Tuple.tuple("TEXT_PERCENT", "246.14%", "62.92%"),
                        org.assertj.core.groups.Tuple.tuple("TEXT_WORD", "大于", "小于"));
        assertThat(findings).filteredOn(Finding::isError).allMatch(f -> f.location().line() == 222);
        // Every other paragraph with figures was matched and agrees (the 1.4% share included).
        assertThat(findings).hasSize(3);
    }

    @Test
    void aWrongPercentageInASuppliedTextIsFoundWithItsLine() throws Exception {
        FinalAccounts accounts = FinalAccountsReader.read(EXAMPLE);
        String text = "第三部分 情况说明\n一、收入支出决算总体情况说明\n"
                + "2024年度收、支总计均为6,096.59万元。与2023年相比，收、支总计各减少15,024.49万元，下降17.14%。主要是各项开支收紧。\n"
                + "第四部分 名词解释\n";
        List<Finding> findings = TextReview.check(accounts, ExplanationText.parse(text), "情况说明.txt");
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("TEXT_PERCENT");
            assertThat(f.printed()).isEqualTo("17.14%");
            assertThat(f.expected()).isEqualTo("71.14%");
            assertThat(f.location().line()).isEqualTo(3);
            assertThat(f.location().part()).contains("一、");
        });
    }

    private static List<Finding> errorsOf(String yaml) throws Exception {
        return AccountsReview.review(read(yaml)).stream().filter(Finding::isError).toList();
    }

    @Test
    void aWrongTotalIsFound() throws Exception {
        String broken = exampleText().replace(
                "actual: {overseas: 0, vehicle_purchase: 0, vehicle_operation: 0, reception_domestic: 0, reception_foreign: 0}",
                "actual: {overseas: 0, vehicle_purchase: 0, vehicle_operation: 0, reception_domestic: 0, reception_foreign: 0, total: 1.5}");
        assertThat(errorsOf(broken)).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("T9_TOTAL");
            assertThat(f.location().part()).startsWith("表9");
            assertThat(f.location().item()).isEqualTo("合计 · 决算数");
            assertThat(f.printed()).isEqualTo("1.5");
            assertThat(f.expected()).isEqualTo("0");
        });
    }

    @Test
    void anItemNotSummingToItsSectionIsFound() throws Exception {
        // Table 3 prints the 款 row 20805 (82.5); one of its 项 is changed so that the 项 add up to 83.5.
        String broken = exampleText().replace("      - {code: \"2080506\", basic: 2.39}\n      - {code: \"2101101\", basic: 54.69}\n      - {code: \"2110501\", project: 500}\n      - {code: \"2150599\", project: 2046.1}\n      - {code: \"2150805\", project: 627.54}\n      - {code: \"2150899\", project: 699.8}\n      - {code: \"2160299\", project: 154.76}\n      - {code: \"2160699\", project: 443.88}\n      - {code: \"2210201\", basic: 84.96}\n    total: {total: 6095.94, basic: 1176, project: 4919.93}\n\n  # 表4",
                "      - {code: \"2080506\", basic: 3.39}\n      - {code: \"20805\", basic: 82.5}\n      - {code: \"2101101\", basic: 54.69}\n      - {code: \"2110501\", project: 500}\n      - {code: \"2150599\", project: 2046.1}\n      - {code: \"2150805\", project: 627.54}\n      - {code: \"2150899\", project: 699.8}\n      - {code: \"2160299\", project: 154.76}\n      - {code: \"2160699\", project: 443.88}\n      - {code: \"2210201\", basic: 84.96}\n    total: {total: 6095.94, basic: 1176, project: 4919.93}\n\n  # 表4");
        assertThat(broken).isNotEqualTo(exampleText());
        assertThat(errorsOf(broken)).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("TABLE_HIERARCHY");
            assertThat(f.location().part()).startsWith("表3");
            assertThat(f.location().item()).isEqualTo("20805 行政事业单位养老支出 · 基本支出");
            assertThat(f.printed()).isEqualTo("82.5");
            assertThat(f.expected()).isEqualTo("83.5");
            assertThat(f.rule()).isEqualTo("款 = 所属各项之和");
        });
    }

    @Test
    void aTable5FigureDifferingFromTable4IsFound() throws Exception {
        // Table 4 prints 6,085.94 as 一般公共预算财政拨款支出, table 5 6,095.94. The same wrong figure also breaks table 4's
        // own balances, which the review names as well.
        String broken = exampleText().replace("expenditure: {general_public: 6095.94}", "expenditure: {general_public: 6085.94}");
        List<Finding> errors = errorsOf(broken);
        assertThat(errors).extracting(Finding::code).containsExactlyInAnyOrder("T4_T5", "T4_KIND_BALANCE", "T4_EXPENDITURE_GRAND_TOTAL");
        assertThat(errors).filteredOn(f -> f.code().equals("T4_T5")).singleElement().satisfies(f -> {
            assertThat(f.location().part()).startsWith("表4");
            assertThat(f.location().item()).isEqualTo("本年支出 · 一般公共预算财政拨款");
            assertThat(f.printed()).isEqualTo("6,085.94");
            assertThat(f.expected()).isEqualTo("6,095.94");
        });
    }

    @Test
    void aCodeThatDoesNotFitItsParentIsRejectedWithItsLine() throws Exception {
        String broken = exampleText().replace("{code: \"2060102\", name: 一般行政管理事务}", "{code: \"2070102\", name: 一般行政管理事务}");
        assertThatThrownBy(() -> read(broken)).isInstanceOf(DatasetException.class).satisfies(e -> {
            DatasetException d = (DatasetException) e;
            assertThat(d.problems()).first().satisfies(p -> {
                assertThat(p.line()).isEqualTo(lineOf(broken, "2070102"));
                assertThat(p.field()).isEqualTo("subjects[0].children[0].children[1].code");
                assertThat(p.message()).contains("与上级科目“20601”不符");
            });
        });
    }

    @Test
    void aNegativeAmountIsRejectedWithItsLine() throws Exception {
        String broken = exampleText().replace("{code: \"2150599\", project: 2046.1}", "{code: \"2150599\", project: -2046.1}");
        assertThatThrownBy(() -> read(broken)).isInstanceOf(DatasetException.class).satisfies(e -> {
            assertThat(((DatasetException) e).problems()).singleElement().satisfies(p -> {
                assertThat(p.line()).isEqualTo(lineOf(broken, "-2046.1"));
                assertThat(p.field()).isEqualTo("tables.expenditure.rows[6].project");
                assertThat(p.message()).contains("不能小于 0");
            });
        });
    }

    @Test
    void aMissingPriorYearIsRejected() throws Exception {
        String text = exampleText();
        int start = text.indexOf("prior_year:");
        int end = text.indexOf("office_running:");
        String broken = text.substring(0, start) + text.substring(end);
        assertThatThrownBy(() -> read(broken)).isInstanceOf(DatasetException.class)
                .hasMessageContaining("缺少上年数（prior_year）");
    }

    static int lineOf(String text, String needle) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(needle)) {
                return i + 1;
            }
        }
        throw new AssertionError(needle);
    }
}
