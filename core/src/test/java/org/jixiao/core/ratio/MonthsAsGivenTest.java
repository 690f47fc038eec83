package org.jixiao.core.ratio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Monthly execution keeps the months it is given, with their labels; a month not given is missing, never renumbered. */
class MonthsAsGivenTest {

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    /** The second half of 表10 of the Weihai report (元). */
    private static final MonthlyExecution JULY_TO_DECEMBER = new MonthlyExecution("一般公共预算", "元", d("50737526.62"),
            List.of(d("6118568.77"), d("14852211.00"), d("17733056.88"), d("22512949.42"), d("23221477.34"), d("50737526.62")),
            List.of(7, 8, 9, 10, 11, 12), null);

    @Test
    void julyToDecemberStayJulyToDecember() {
        MonthlyProgress progress = MonthlyProgress.of(JULY_TO_DECEMBER);

        assertThat(progress.months()).extracting(MonthlyProgress.Month::label).containsExactly("7月", "8月", "9月", "10月", "11月", "12月");
        MonthlyProgress.Month july = progress.months().get(0);
        assertThat(july.month()).isEqualTo(7);
        assertThat(july.progressPercent()).isEqualByComparingTo("12.06");      // as 表10 prints for 7月
        assertThat(july.schedulePercent()).isEqualByComparingTo("58.33");      // 7 ÷ 12, not 1 ÷ 12
        assertThat(july.spent()).isNull();                                      // June is not given
        assertThat(progress.months().get(1).spent()).isEqualByComparingTo("8733642.23");   // 14,852,211.00 − 6,118,568.77
        assertThat(progress.months().get(5).schedulePercent()).isEqualByComparingTo("100.00");
    }

    @Test
    void theDecemberShareNeedsOnlyNovemberAndDecember() {
        RatioSet ratios = StandardRatios.compute(BudgetFacts.empty(), List.of(), JULY_TO_DECEMBER);

        // (50,737,526.62 − 23,221,477.34) ÷ 50,737,526.62 = 54.23%, as the report prints
        assertThat(ratios.get(RatioId.DECEMBER_SHARE).orElseThrow().percent()).isEqualByComparingTo("54.23");
    }

    @Test
    void gapsAreKeptAndLabelsAreTheTablesOwn() {
        MonthlyExecution quarters = new MonthlyExecution(null, "万元", d("1200"), List.of(d("250"), d("560"), d("830"), d("1200")),
                List.of(3, 6, 9, 12), List.of("一季度末", "二季度末", "三季度末", "四季度末"));

        MonthlyProgress progress = MonthlyProgress.of(quarters);

        assertThat(progress.months()).extracting(MonthlyProgress.Month::month).containsExactly(3, 6, 9, 12);
        assertThat(progress.months()).extracting(MonthlyProgress.Month::label).containsExactly("一季度末", "二季度末", "三季度末", "四季度末");
        assertThat(progress.months().get(1).schedulePercent()).isEqualByComparingTo("50.00");
        assertThat(progress.months().get(1).progressPercent()).isEqualByComparingTo("46.67");   // 560 ÷ 1,200
        assertThat(progress.months().get(1).spent()).isNull();                                   // 4月 and 5月 not given
        assertThat(quarters.cumulativeAt(6)).contains(d("560"));
        assertThat(quarters.cumulativeAt(5)).isEmpty();
        assertThat(StandardRatios.compute(BudgetFacts.empty(), List.of(), quarters).get(RatioId.DECEMBER_SHARE)).isEmpty();
    }

    @Test
    void withoutMonthsTheListStartsInJanuary() {
        MonthlyExecution firstHalf = new MonthlyExecution(null, "元", d("100"), List.of(d("10"), d("20")));

        assertThat(firstHalf.months()).containsExactly(1, 2);
        assertThat(firstHalf.labels()).containsExactly("1月", "2月");
    }

    @Test
    void monthsOutOfOrderOrOfTheWrongCountAreRefused() {
        assertThatThrownBy(() -> new MonthlyExecution(null, null, d("100"), List.of(d("10"), d("20")), List.of(8, 7), null))
                .hasMessageContaining("8月之后是7月");
        assertThatThrownBy(() -> new MonthlyExecution(null, null, d("100"), List.of(d("10"), d("20")), List.of(7), null))
                .hasMessageContaining("应一一对应");
        assertThatThrownBy(() -> new MonthlyExecution(null, null, d("100"), List.of(d("10")), List.of(13), null))
                .hasMessageContaining("1—12");
    }
}
