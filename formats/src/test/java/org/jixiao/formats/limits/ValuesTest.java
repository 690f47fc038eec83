package org.jixiao.formats.limits;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;

/** The values outside input may carry: text without control characters, numbers the computations can use. */
class ValuesTest {

    @Test
    void controlCharactersOtherThanTabAndLineBreaksAreNamedByTheirCode() {
        assertThat(Values.textProblem("第一行\n第二行\t制表\r")).isNull();
        assertThat(Values.textProblem("甲\u0000乙")).isEqualTo("含有不允许的控制字符 U+0000（第 2 个字符）");
        assertThat(Values.textProblem("\u001b[31m")).contains("U+001B");
        assertThat(Values.textProblem("\u007f")).contains("U+007F");
    }

    @Test
    void numbersBeyondFifteenDigitsEitherSideOrNotFiniteAreRefused() {
        assertThat(Values.numberProblem(new BigDecimal("999999999999999.999999999999999"))).isNull();
        assertThat(Values.numberProblem(new BigDecimal("1E+15"))).contains("整数部分最多 15 位");
        assertThat(Values.numberProblem(new BigDecimal("1e999999999"))).contains("整数部分最多 15 位");
        assertThat(Values.numberProblem(new BigDecimal("1e-400"))).contains("小数位数过多");
        assertThat(Values.numberProblem(new BigDecimal("0.50000000000000000000"))).isNull();
        assertThat(Values.numberProblem(Double.POSITIVE_INFINITY)).contains("超出可处理的范围");
        assertThat(Values.numberProblem(Double.NaN)).contains("超出可处理的范围");
        assertThat(Values.numberProblem(86.78)).isNull();
    }

    @Test
    void everyTextKeyAndNumberOfATreeIsCheckedWithItsPointer() throws Exception {
        JsonNode tree = new ObjectMapper().readTree("{\"a\":[\"ok\",\"x\\u0000\"],\"b\\u0001\":1,\"c\":{\"d\":1e400}}");
        assertThat(Values.problems(tree)).extracting(Values.Problem::pointer).containsExactly("/a/1", "/b\u0001", "/c/d");
        assertThat(Values.problems(tree).get(1).message()).startsWith("字段名含有不允许的控制字符 U+0001");
    }
}
