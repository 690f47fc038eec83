package org.jixiao.formats.selfeval;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.jixiao.core.selfeval.Direction;
import org.jixiao.core.selfeval.IndicatorRow;
import org.jixiao.core.selfeval.IndicatorScore;
import org.jixiao.core.selfeval.SelfEvalScorer;
import org.jixiao.core.targets.Operator;
import org.jixiao.core.targets.QualitativeResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Cells as units fill them: placeholders, full-width and word operators, free text, numbers at their printed precision. */
class CellContentsTest {
    static final LayoutFamilies FAMILIES = LayoutFamilies.builtIn();
    static final IndicatorCells CELLS = new IndicatorCells(FAMILIES.directions, FAMILIES.verdicts, false);

    static IndicatorRow row(String level1, String level2, String name, String target, String actual, String weight, String score) {
        return CELLS.row(level1, level2, name, "", target, "", actual, new IndicatorCells.Number(null, weight),
                new IndicatorCells.Number(null, score), "");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "—", "-", "－", "/", "／", "无", "═", "——", "…", "空白", "不适用"})
    void placeholdersAreNotGiven(String text) {
        assertThat(CellValues.notGiven(text)).isTrue();
        assertThat(CellValues.number(text)).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "≥230家|AT_LEAST|230|家", "≧95%|AT_LEAST|95|%", "＞０|GREATER|0|", "═100%|EQUAL|100|%", "＝100%|EQUAL|100|%",
            "≦25万元|AT_MOST|25|万元", "＜5%|LESS|5|%", "不低于90%|AT_LEAST|90|%", "不高于15天|AT_MOST|15|天", "95%以上|AT_LEAST|95|%",
            "10天以内|AT_MOST|10|天", "≥ 12 次/家/年|AT_LEAST|12|次/家/年", "≥100百分比|AT_LEAST|100|百分比", "９０％|-|90|%",
            "43.2|-|43.2|", "1,234.5万元|-|1234.5|万元", "大于等于 80 分|AT_LEAST|80|分"})
    void operatorsAsPrinted(String text, String operator, String number, String unit) {
        CellValues.Quantity q = CellValues.quantity(text);
        assertThat(q).isNotNull();
        assertThat(q.operator()).isEqualTo(operator.equals("-") ? null : Operator.valueOf(operator));
        assertThat(q.number()).isEqualByComparingTo(number);
        assertThat(q.unit()).isEqualTo(unit == null ? "" : unit);
    }

    @ParameterizedTest
    @ValueSource(strings = {"及时", "达成预期指标", "90%-95%", "2024年12月底前", "按期完成", "≥"})
    void textsThatAreNoSingleNumber(String text) {
        assertThat(CellValues.quantity(text)).isNull();
    }

    @Test
    void numbersKeepTheirPrintedDecimals() {
        assertThat(CellValues.number("9").scale()).isZero();
        assertThat(CellValues.number("8.62").scale()).isEqualTo(2);
        assertThat(CellValues.number("10分")).isEqualByComparingTo("10");
        assertThat(CellValues.number("９．５")).isEqualByComparingTo("9.5");
        assertThat(CellValues.number("约300")).isNull();
    }

    @Test
    void aTargetWithoutOperatorTakesTheDirectionOfItsKind() {
        // 正向: 90% printed, 95% done is met (the old reading took it for "=" and gave 0)
        IndicatorRow rate = row("产出指标", "质量指标", "验收合格率", "90%", "95%", "10", "10");
        assertThat(rate.target().operator()).isEqualTo(Operator.AT_LEAST);
        assertThat(rate.impliedOperator()).isTrue();
        assertThat(rate.direction()).isEqualTo(Direction.POSITIVE);
        assertThat(score(rate).computed()).isEqualByComparingTo("10");
        // 反向 by its kind: a cost, a complaint rate, a time
        assertThat(row("成本指标", "经济成本指标", "印刷费", "43.2", "40", "10", "10").target().operator()).isEqualTo(Operator.AT_MOST);
        assertThat(row("效益指标", "社会效益指标", "群众投诉率", "5%", "3%", "10", "10").target().operator()).isEqualTo(Operator.AT_MOST);
        assertThat(row("产出指标", "时效指标", "平均办结时间", "15天", "12天", "10", "10").target().operator()).isEqualTo(Operator.AT_MOST);
        // a 反向 target missed scores target ÷ actual: 43.2 ÷ 48 × 10 = 9.00
        assertThat(score(row("成本指标", "经济成本指标", "印刷费", "43.2", "48", "10", "9")).computed()).isEqualByComparingTo("9.00");
    }

    @Test
    void theIndicatorNatureColumnDecidesFirst() {
        IndicatorRow stated = CELLS.row("产出指标", "数量指标", "印刷费用节约额", "反向指标", "43.2", "万元", "40",
                new IndicatorCells.Number(null, "10"), new IndicatorCells.Number(null, "10"), "");
        assertThat(stated.target().operator()).isEqualTo(Operator.AT_MOST);
        assertThat(stated.targetText()).isEqualTo("43.2万元");
        assertThat(stated.actualUnit()).isEqualTo("万元");
        IndicatorRow sign = CELLS.row("产出指标", "数量指标", "培训人次", "≥", "100", "人次", "120",
                new IndicatorCells.Number(null, "10"), new IndicatorCells.Number(null, "10"), "");
        assertThat(sign.target().operator()).isEqualTo(Operator.AT_LEAST);
        assertThat(sign.impliedOperator()).isFalse();
    }

    @Test
    void freeTextActualsAreJudgedByTheirWords() {
        assertThat(row("产出指标", "质量指标", "经费支出合规性", "严格执行相关制度规定", "达成预期指标", "8", "8").target().actualResult())
                .isEqualTo(QualitativeResult.DONE);
        assertThat(row("产出指标", "时效指标", "提交报告及时性", "在项目计划完成时间内完成", "按期完成", "8", "8").target().actualResult())
                .isEqualTo(QualitativeResult.DONE);
        assertThat(row("效益指标", "社会效益指标", "安全隐患整改", "及时", "基本完成", "10", "7").target().actualResult())
                .isEqualTo(QualitativeResult.PARTLY_DONE);
        assertThat(row("效益指标", "社会效益指标", "安全隐患整改", "及时", "未完成", "10", "3").target().actualResult())
                .isEqualTo(QualitativeResult.NOT_DONE);
        assertThat(row("效益指标", "社会效益指标", "服务水平", "良好", "良好", "10", "10").target().actualResult())
                .isEqualTo(QualitativeResult.DONE);
        // 完成 written for a quantitative target states it met
        IndicatorRow words = row("成本指标", "经济成本指标", "成本控制数", "≤30万元", "完成", "90", "90");
        assertThat(words.checkable()).isTrue();
        assertThat(score(words).computed()).isEqualByComparingTo("90");
    }

    @Test
    void aCellThatCannotBeReadLeavesItsRowUncheckedWithTheReason() {
        IndicatorRow blankActual = row("产出指标", "数量指标", "检查企业数", "≥230家", "—", "10", "10");
        assertThat(blankActual.checkable()).isFalse();
        assertThat(blankActual.uncheckedReason()).isEqualTo("实际完成值未填写");
        assertThat(blankActual.recordedScore()).isEqualByComparingTo("10");
        assertThat(row("产出指标", "数量指标", "检查企业数", "/", "259家", "10", "10").uncheckedReason()).isEqualTo("年度指标值未填写");
        assertThat(row("产出指标", "数量指标", "检查企业数", "≥230家", "约260家", "10", "10").uncheckedReason())
                .contains("“约260家”为文字");
        assertThat(row("效益指标", "社会效益指标", "社会效益", "有效", "还行", "10", "10").uncheckedReason()).contains("没有说明");
        assertThat(row("效益指标", "社会效益指标", "社会效益", "有效", "完成", "十分", "10").uncheckedReason()).isEqualTo("分值“十分”无法识别");
        IndicatorRow badScore = row("效益指标", "社会效益指标", "社会效益", "有效", "完成", "10", "满分");
        assertThat(badScore.uncheckedReason()).startsWith(IndicatorRow.UNREADABLE_SCORE);
        assertThat(badScore.recordedScore()).isNull();
        // the score that counts is the unit's own: the rules cannot say otherwise
        assertThat(score(blankActual).computed()).isEqualByComparingTo(new BigDecimal("10"));
        assertThat(score(blankActual).checked()).isFalse();
    }

    static IndicatorScore score(IndicatorRow row) {
        return SelfEvalScorer.scoreIndicator(0, row);
    }
}
