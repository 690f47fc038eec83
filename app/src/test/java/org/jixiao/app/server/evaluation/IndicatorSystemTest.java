package org.jixiao.app.server.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which changes of a leaf's rule are the evaluator's assessment and which change the indicator system. */
class IndicatorSystemTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest(name = "{0} → {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            {"kind":"deductions","items":[{"points":0.3}]}            | {"kind":"deductions","items":[]}                                   |
            {"kind":"qualitative","level":"达成","score":0.9}          | {"kind":"qualitative","level":"部分达成","score":0.7}               |
            {"kind":"manual","score":1,"justification":"a"}          | {"kind":"manual","score":2,"justification":"b"}                    |
            {"kind":"tiers","value":90,"tiers":[{"min":90,"fraction":1}]} | {"kind":"tiers","value":80,"tiers":[{"min":90,"fraction":1}]} |
            {"kind":"tiers","value":90,"tiers":[{"min":90,"fraction":1}]} | {"kind":"tiers","value":90.0,"tiers":[{"min":90.00,"fraction":1}]} |
            {"kind":"proportional","target":{"op":">=","value":10,"actual":8}} | {"kind":"proportional","target":{"op":">=","value":10,"actual":12,"source":"台账"}} |
            {"kind":"proportional","targets":["T1"]}                 | {"kind":"manual","score":4,"justification":"a"}                    | kind,targets,score,justification
            {"kind":"proportional","targets":["T1"]}                 | {"kind":"proportional","targets":["T1"],"below_target":"zero"}      | below_target
            {"kind":"proportional","target":{"op":">=","value":10,"actual":8}} | {"kind":"proportional","target":{"op":">=","value":5,"actual":8}} | target
            {"kind":"tiers","ratio":"fixed_asset_utilisation_rate","tiers":[]} | {"kind":"tiers","value":100,"tiers":[]}                   | ratio,value
            {"kind":"tiers","value":90,"tiers":[{"min":90,"fraction":1}]} | {"kind":"tiers","value":90,"tiers":[{"min":80,"fraction":1}]} | tiers
            {"kind":"linear_deduction","ratio":"staff_control_rate","threshold":100,"points":0.1} | {"kind":"linear_deduction","ratio":"staff_control_rate","threshold":120,"points":0.1} | threshold
            {"kind":"execution_rate","ratio":"budget_execution_rate"} | {"kind":"execution_rate","ratio":"budget_execution_rate","budget":1,"executed":1} | budget,executed
            {"kind":"execution_rate","budget":10,"executed":9}       | {"kind":"execution_rate","budget":10,"executed":10}                |
            {"kind":"deductions","items":[]}                         | {"kind":"deductions","items":[],"score":1}                         | score
            """)
    void aChangeOfKindOrParametersIsAChangeOfTheIndicatorSystem(String before, String after, String system) throws Exception {
        List<String> expected = system == null ? List.of() : List.of(system.split(","));
        assertThat(IndicatorSystem.changedFields(JSON.readTree(before), JSON.readTree(after))).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            {"kind":"proportional","targets":["T1"]}          | 按目标完成比例计分
            {"kind":"manual","score":4,"justification":"a"}   | 评价人员评定，4 分
            {"kind":"something"}                              | something
            """)
    void aRuleIsDescribedInWords(String rule, String words) {
        assertThat(IndicatorSystem.describe(rule)).isEqualTo(words);
    }
}
