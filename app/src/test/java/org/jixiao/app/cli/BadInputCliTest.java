package org.jixiao.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each kind of bad input the foundation issue names, run through {@code jixiao validate} and {@code jixiao score}: exit
 * code 2, the file, the line and the field in the message, no stack trace, nothing printed as a result.
 */
class BadInputCliTest {
    private static final String VALID = """
            format: jixiao.evaluation/1
            meta:
              department: 测试局
              year: 2024
            budget:
              initial: {total: 100}
            indicators:
              - name: 管理
                weight: 100
                children:
                  - name: 决策
                    weight: 60
                    rule:
                      kind: deductions
                      items:
                        - {points: 10, reason: 计划不细}
                  - name: 执行
                    weight: 40
                    rule: {kind: manual, score: 30, justification: 抽查发现两处问题}
            """;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unknown rule kind         | kind: deductions     | kind: lottery        | 14 | indicators[0].children[0].rule.kind | 未知的评分规则类型“lottery”
            weights not adding up     | weight: 60           | weight: 50           | 9  | indicators[0].weight                | 下级指标分值合计 90 与本级分值 100 不一致
            score above its weight    | score: 30            | score: 41            | 19 | indicators[0].children[1].rule.score | 得分 41 超过分值 40
            non-numeric amount        | '{total: 100}'       | '{total: 一百万}'    | 6  | budget.initial.total                | 应为数字
            missing required field    | '  year: 2024'       | '  yr: 2024'         | 2  | meta                                | 缺少必填字段“year”
            """)
    void rejected(String what, String from, String to, int line, String field, String message, @TempDir Path dir) throws Exception {
        Path file = dir.resolve("bad.yaml");
        Files.writeString(file, VALID.replace(from, to));
        for (String command : new String[] {"validate", "score"}) {
            CliTest.Run run = CliTest.run(command, file.toString());
            assertThat(run.exit()).as(what + " / " + command).isEqualTo(2);
            assertThat(run.err()).as(what).contains(file + " 第 " + line + " 行 (" + field + "): ").contains(message)
                    .doesNotContain("Exception");
            assertThat(run.out()).as(what).isEmpty();
        }
    }
}
