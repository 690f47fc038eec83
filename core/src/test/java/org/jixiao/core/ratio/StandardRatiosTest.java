package org.jixiao.core.ratio;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The standard ratios of domain §5 recomputed from the Weihai 2022 department evaluation (威海临港经济技术开发区经济发展局,
 * reference/figures/weihai-econ-bureau-2022-dept-evaluation.figures.yaml: budget_facts, ratios, 表9 totals, 表10).
 */
class StandardRatiosTest {

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    /** budget_facts, 万元. */
    static BudgetFacts weihaiBudgetFacts() {
        return new BudgetFacts("万元",
                // 年初预算: total, basic, personnel, public, project (lines 521-523)
                new BudgetFacts.Block(d("7490.64"), d("935.14"), d("910.34"), d("24.8"), d("6555.5"), null, null),
                // 调整后预算 (表11, 2022)
                new BudgetFacts.Block(d("10039.31"), d("1113.64"), d("1088.84"), d("24.80"), d("8925.67"), null, null),
                // 决算
                new BudgetFacts.Block(d("9738.4"), d("893.44"), d("869.7"), d("23.74"), d("8844.96"), null, null),
                d("1995.84"),                                                   // 上级专项资金
                new BudgetFacts.Staff(d("29"), d("29")),                        // 核定 29, 在职 29
                new BudgetFacts.ThreePublic(d("0.5"), d("1"), d("0")),          // 2022 budget, 2021 budget, 2022 actual
                new BudgetFacts.BudgetVsActual(d("24.8"), d("23.74")),          // 公用经费
                new BudgetFacts.BudgetVsActual(d("112.95"), d("618.74")),       // 政府采购
                new BudgetFacts.FixedAssets(d("37"), d("37"), "抽查数量"),
                new BudgetFacts.Assets(d("134.81"), d("95.1"), d("39.71"), d("90.04"), d("50.33"), d("39.71")));
    }

    /** The two 重点项目 of 表8/表9 (年初 1,620 + 50 = 1,670). */
    static List<Project> weihaiKeyProjects() {
        return List.of(
                new Project("新旧动能转换专项资金", "2022年度特定目标类项目", d("1620.00"), d("985.87"), d("985.87"), true, null),
                new Project("安全生产和应急管理专项支出", "2022年度特定目标类项目", d("50.00"), d("45.54"), d("45.54"), true, null));
    }

    /** 表10 (元): 全年决算数 ② and the cumulative spending ① of each month. */
    static MonthlyExecution weihaiMonthly() {
        return new MonthlyExecution("一般公共预算", "元", d("50737526.62"), Stream.of(
                "759689.42", "1267916.67", "1793179.53", "2937306.65", "4792389.78", "5317129.08",
                "6118568.77", "14852211.00", "17733056.88", "22512949.42", "23221477.34", "50737526.62")
                .map(BigDecimal::new).toList());
    }

    private final RatioSet ratios = StandardRatios.compute(weihaiBudgetFacts(), weihaiKeyProjects(), weihaiMonthly());

    private Ratio ratio(RatioId id) {
        return ratios.get(id).orElseThrow(() -> new AssertionError(id + " not computed, missing " + ratios.missingInputs().get(id)));
    }

    @Nested
    class Weihai2022 {

        @Test
        void budgetExecutionRate_9738_4Over10039_31Is97_00() {
            Ratio r = ratio(RatioId.BUDGET_EXECUTION_RATE);

            assertThat(r.percent()).isEqualByComparingTo("97.00");
            assertThat(r.percent().scale()).isEqualTo(2);
            assertThat(r.label()).isEqualTo("预算执行率");
            assertThat(r.derivation()).isEqualTo("9,738.4 ÷ 10,039.31 × 100% = 97.00%");
            assertThat(r.inputs()).extracting(Ratio.Input::label).containsExactly("支出决算", "调整后预算");
            assertThat(r.inputs()).extracting(Ratio.Input::unit).containsOnly("万元");
        }

        @Test
        void budgetAdjustmentRateExcludesSuperiorSpecialFunds_7_38() {
            Ratio r = ratio(RatioId.BUDGET_ADJUSTMENT_RATE);

            assertThat(r.percent()).isEqualByComparingTo("7.38");
            assertThat(r.derivation())
                    .contains("(10,039.31 − 7,490.64 − 1,995.84) ÷ 7,490.64")
                    .contains("552.83 ÷ 7,490.64")
                    .endsWith("= 7.38%");
            assertThat(r.inputs()).extracting(Ratio.Input::label).containsExactly("调整后预算", "年初预算", "上级专项资金");
        }

        @Test
        void budgetPreparationRate_7490_64Over9738_4Is76_92() {
            Ratio r = ratio(RatioId.BUDGET_PREPARATION_RATE);

            assertThat(r.percent()).isEqualByComparingTo("76.92");
            assertThat(r.derivation()).isEqualTo("7,490.64 ÷ 9,738.4 × 100% = 76.92%");
        }

        @Test
        void staffControlRate_29Over29Is100_00() {
            Ratio r = ratio(RatioId.STAFF_CONTROL_RATE);

            assertThat(r.percent()).isEqualByComparingTo("100.00");
            assertThat(r.derivation()).isEqualTo("29 ÷ 29 × 100% = 100.00%");
            assertThat(r.inputs()).extracting(Ratio.Input::unit).containsOnly("人");
        }

        @Test
        void threePublicChangeRate_0_5Versus1IsMinus50_00() {
            Ratio r = ratio(RatioId.THREE_PUBLIC_CHANGE_RATE);

            assertThat(r.percent()).isEqualByComparingTo("-50.00");
            assertThat(r.derivation()).isEqualTo("(0.5 − 1) ÷ 1 × 100% = -50.00%");
        }

        @Test
        void threePublicControlRate_0Over0_5Is0_00() {
            Ratio r = ratio(RatioId.THREE_PUBLIC_CONTROL_RATE);

            assertThat(r.percent()).isEqualByComparingTo("0.00");
            assertThat(r.derivation()).isEqualTo("0 ÷ 0.5 × 100% = 0.00%");
        }

        @Test
        void keyProjectGuaranteeRate_1670Over6555_5Is25_47() {
            Ratio r = ratio(RatioId.KEY_PROJECT_GUARANTEE_RATE);

            assertThat(r.percent()).isEqualByComparingTo("25.47");
            assertThat(r.derivation()).isEqualTo("1,670 ÷ 6,555.5 × 100% = 25.47%");
            assertThat(r.inputs().get(0).value()).isEqualByComparingTo("1670");
        }

        @Test
        void publicFundsControlRate_23_74Over24_8Is95_73() {
            Ratio r = ratio(RatioId.PUBLIC_FUNDS_CONTROL_RATE);

            assertThat(r.percent()).isEqualByComparingTo("95.73");
            assertThat(r.derivation()).isEqualTo("23.74 ÷ 24.8 × 100% = 95.73%");
        }

        @Test
        void procurementExecutionRate_618_74Over112_95Is547_80() {
            Ratio r = ratio(RatioId.PROCUREMENT_EXECUTION_RATE);

            assertThat(r.percent()).isEqualByComparingTo("547.80");
            assertThat(r.derivation()).isEqualTo("618.74 ÷ 112.95 × 100% = 547.80%");
        }

        @Test
        void fixedAssetUtilisation_37Of37Is100_00CountedInItems() {
            Ratio r = ratio(RatioId.FIXED_ASSET_UTILISATION_RATE);

            assertThat(r.percent()).isEqualByComparingTo("100.00");
            assertThat(r.derivation()).isEqualTo("37 ÷ 37 × 100% = 100.00%");
            assertThat(r.inputs()).extracting(Ratio.Input::unit).containsOnly("项");
        }

        @Test
        void decemberAloneIs54_23PercentOfTheYear() {
            Ratio r = ratio(RatioId.DECEMBER_SHARE);

            assertThat(r.percent()).isEqualByComparingTo("54.23");
            assertThat(r.derivation())
                    .contains("(50,737,526.62 − 23,221,477.34) ÷ 50,737,526.62")
                    .contains("27,516,049.28 ÷ 50,737,526.62")
                    .endsWith("= 54.23%");
            assertThat(r.inputs()).extracting(Ratio.Input::unit).containsOnly("元");
        }

        @Test
        void everyRatioCarriesItsInputsInItsDerivation() {
            for (Ratio r : ratios.all()) {
                for (Ratio.Input input : r.inputs()) {
                    String printed = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(input.value());
                    assertThat(r.derivation()).as("%s shows %s", r.label(), input.label()).contains(printed);
                }
            }
        }

        @Test
        void theTwoKeyProjectsAreFullyExecuted() {
            Ratio r = ratio(RatioId.PROJECT_EXECUTION_RATE);

            // 985.87 + 45.54 = 1,031.41 of 1,031.41
            assertThat(r.percent()).isEqualByComparingTo("100.00");
            assertThat(r.derivation()).isEqualTo("1,031.41 ÷ 1,031.41 × 100% = 100.00%");
        }
    }

    @Test
    void table9Totals_8844_96Over8925_67Is99_10AndTheKeyShareFallsBackToTheProjectList() {
        // the 47 other projects of 表9 as one row, so that the columns add up to the printed 合计 (6,555.50 / 8,925.67 / 8,844.96)
        List<Project> projects = Stream.concat(weihaiKeyProjects().stream(), Stream.of(
                new Project("其余 47 个项目", null, d("4885.50"), d("7894.26"), d("7813.55"), false, null))).toList();
        BudgetFacts withoutProjectBudget = new BudgetFacts("万元",
                new BudgetFacts.Block(d("7490.64"), null, null, null, null, null, null),
                null, null, null, null, null, null, null, null, null);

        RatioSet set = StandardRatios.compute(withoutProjectBudget, projects, null);

        assertThat(set.get(RatioId.PROJECT_EXECUTION_RATE).orElseThrow().percent()).isEqualByComparingTo("99.10");
        assertThat(set.get(RatioId.PROJECT_EXECUTION_RATE).orElseThrow().derivation()).isEqualTo("8,844.96 ÷ 8,925.67 × 100% = 99.10%");
        assertThat(set.get(RatioId.KEY_PROJECT_GUARANTEE_RATE).orElseThrow().percent()).isEqualByComparingTo("25.47");
        assertThat(ProjectExecution.of(projects).totals().ratePercent()).isEqualByComparingTo("99.10");
    }

    @Test
    void table10ProgressAndScheduleMonthByMonth() {
        MonthlyProgress progress = MonthlyProgress.of(weihaiMonthly());

        assertThat(progress.months()).extracting(MonthlyProgress.Month::month)
                .containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
        assertThat(progress.months()).extracting(MonthlyProgress.Month::progressPercent)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(d("1.50"), d("2.50"), d("3.53"), d("5.79"), d("9.45"), d("10.48"),
                        d("12.06"), d("29.27"), d("34.95"), d("44.37"), d("45.77"), d("100.00"));
        assertThat(progress.months()).extracting(MonthlyProgress.Month::schedulePercent)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(d("8.33"), d("16.67"), d("25.00"), d("33.33"), d("41.67"), d("50.00"),
                        d("58.33"), d("66.67"), d("75.00"), d("83.33"), d("91.67"), d("100.00"));
        // December's own spending and the gap of November (45.77 − 91.67)
        assertThat(progress.months().get(11).spent()).isEqualByComparingTo("27516049.28");
        assertThat(progress.months().get(10).gapPoints()).isEqualByComparingTo("-45.90");
        // "1—11 月预算执行进度远低于序时进度"
        assertThat(progress.behindSchedule()).extracting(MonthlyProgress.Month::month)
                .containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11);
    }

    @Nested
    class MissingInputs {

        @Test
        void emptyFactsComputeNothingAndNameWhatIsMissing() {
            RatioSet set = StandardRatios.compute(BudgetFacts.empty(), List.of(), null);

            assertThat(set.all()).isEmpty();
            // 资金到位率 is read from reports only: budget facts carry no planned and arrived funds
            assertThat(set.missingInputs()).containsOnlyKeys(java.util.Arrays.stream(RatioId.values())
                    .filter(id -> id != RatioId.FUNDS_ARRIVAL_RATE).toArray(RatioId[]::new));
            assertThat(set.missingInputs().get(RatioId.BUDGET_EXECUTION_RATE)).containsExactly("支出决算", "调整后预算");
            assertThat(set.missingInputs().get(RatioId.STAFF_CONTROL_RATE)).containsExactly("实际在职人数", "编制数");
            assertThat(set.missingInputs().get(RatioId.BUDGET_ADJUSTMENT_RATE)).containsExactly("调整后预算", "年初预算", "上级专项资金");
            assertThat(set.missingInputs().get(RatioId.PROJECT_EXECUTION_RATE)).containsExactly("项目清单");
            assertThat(set.missingInputs().get(RatioId.DECEMBER_SHARE)).containsExactly("11月和12月的月度累计执行数");
        }

        @Test
        void aSingleMissingInputIsReportedByName() {
            BudgetFacts facts = weihaiBudgetFacts();
            BudgetFacts withoutSuperiorFunds = new BudgetFacts(facts.unit(), facts.initial(), facts.adjusted(), facts.finalAccounts(),
                    null, new BudgetFacts.Staff(d("29"), null), facts.threePublic(), facts.publicFunds(), facts.procurement(),
                    facts.fixedAssets(), facts.assets());

            RatioSet set = StandardRatios.compute(withoutSuperiorFunds, List.of(), null);

            assertThat(set.get(RatioId.BUDGET_ADJUSTMENT_RATE)).isEmpty();
            assertThat(set.missingInputs().get(RatioId.BUDGET_ADJUSTMENT_RATE)).containsExactly("上级专项资金");
            assertThat(set.get(RatioId.STAFF_CONTROL_RATE)).isEmpty();
            assertThat(set.missingInputs().get(RatioId.STAFF_CONTROL_RATE)).containsExactly("实际在职人数");
            // the ratios whose inputs are there are still computed
            assertThat(set.get(RatioId.BUDGET_EXECUTION_RATE).orElseThrow().percent()).isEqualByComparingTo("97.00");
            assertThat(set.missingInputs()).doesNotContainKey(RatioId.BUDGET_EXECUTION_RATE);
        }

        @Test
        void aZeroDivisorIsReportedAsSuch() {
            BudgetFacts zeroBudget = new BudgetFacts("万元", null, null, null, null, null,
                    new BudgetFacts.ThreePublic(d("0"), d("0"), d("0")), null, null, null, null);

            RatioSet set = StandardRatios.compute(zeroBudget, List.of(), null);

            assertThat(set.missingInputs().get(RatioId.THREE_PUBLIC_CONTROL_RATE)).containsExactly("“三公经费”预算（为 0，无法作除数）");
            assertThat(set.missingInputs().get(RatioId.THREE_PUBLIC_CHANGE_RATE)).containsExactly("上年“三公经费”预算（为 0，无法作除数）");
        }

        @Test
        void decemberShareNeedsNovemberAndDecember() {
            MonthlyExecution elevenMonths = new MonthlyExecution("一般公共预算", "元", d("50737526.62"),
                    weihaiMonthly().cumulative().subList(0, 11));

            RatioSet set = StandardRatios.compute(BudgetFacts.empty(), List.of(), elevenMonths);

            assertThat(set.get(RatioId.DECEMBER_SHARE)).isEmpty();
            assertThat(set.missingInputs().get(RatioId.DECEMBER_SHARE)).containsExactly("11月和12月的月度累计执行数");
        }
    }

    @Nested
    class Changes {

        @Test
        void income2022Versus2021_4951_91To9738_40Is96_66Percent() {
            Change change = Change.of(d("4951.91"), d("9738.40"));

            assertThat(change.ratePercent()).isEqualByComparingTo("96.66");
            assertThat(change.difference()).isEqualByComparingTo("4786.49");
            assertThat(change.direction()).isEqualTo("增加");
        }

        @Test
        void income2021Versus2020_5721_50To4951_91IsMinus13_45Percent() {
            Change change = Change.of(d("5721.50"), d("4951.91"));

            assertThat(change.ratePercent()).isEqualByComparingTo("-13.45");
            assertThat(change.difference()).isEqualByComparingTo("-769.59");
            assertThat(change.direction()).isEqualTo("减少");
        }

        @Test
        void projectExpenditure2022Versus2021Is111_66Percent() {
            Change change = Change.of(d("4178.86"), d("8844.96"));

            assertThat(change.ratePercent()).isEqualByComparingTo("111.66");
            assertThat(change.difference()).isEqualByComparingTo("4666.10");
        }

        @Test
        void aZeroBaseHasNoRate() {
            Change change = Change.of(BigDecimal.ZERO, d("10"));

            assertThat(change.ratePercent()).isNull();
            assertThat(Change.of(d("5"), d("5")).direction()).isEqualTo("持平");
        }
    }
}
