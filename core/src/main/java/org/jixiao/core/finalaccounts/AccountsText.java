package org.jixiao.core.finalaccounts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jixiao.core.number.ChineseNumbers;
import org.jixiao.core.number.Decimals;

/** The number style and comparison words of the 情况说明 (domain §8). */
public final class AccountsText {
    private AccountsText() {}

    /**
     * Money in running text: thousands separators, trailing zeros dropped ({@code 1,176}, {@code 2,046.1}); a figure
     * entered with more decimals keeps them ({@code 953.061}).
     */
    public static String money(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        int scale = Math.max(0, stripped.scale());
        if (scale <= 2) {
            return ChineseNumbers.plainAmount(value);
        }
        DecimalFormat format = new DecimalFormat("#,##0." + "#".repeat(scale), DecimalFormatSymbols.getInstance(Locale.ROOT));
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value);
    }

    /** part ÷ whole as a running-text percentage ({@code 23.9%}, {@code 118%}, {@code 15476%}), half-up to 2 decimals. */
    public static String percent(BigDecimal part, BigDecimal whole) {
        return ChineseNumbers.plainPercent(Decimals.percent(part, whole));
    }

    /**
     * Structure shares as the published texts print them: each part's share rounded half-up to 2 decimals, and the
     * last part taking the remainder to 100% (倒挤), so that the printed shares add up to exactly 100%. (The Zibo 2024
     * text prints 住房保障支出 84.96 ÷ 6,095.94 = 1.3937% as 1.4% for this reason.)
     */
    public static List<BigDecimal> shares(List<BigDecimal> parts, BigDecimal whole) {
        List<BigDecimal> out = new ArrayList<>();
        if (whole.signum() == 0) {
            parts.forEach(p -> out.add(BigDecimal.ZERO));
            return out;
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < parts.size(); i++) {
            BigDecimal share;
            if (i == parts.size() - 1 && parts.size() > 1) {
                share = Decimals.HUNDRED.subtract(sum).setScale(2, RoundingMode.HALF_UP);
            } else {
                share = Decimals.percent(parts.get(i), whole);
            }
            sum = sum.add(share);
            out.add(share);
        }
        return out;
    }

    /** {@code 减少15,024.49万元，下降71.14%}; 0 → 0 is printed as the texts do: {@code 增加0万元，增长0.00%}. */
    public static String change(BigDecimal prior, BigDecimal current) {
        BigDecimal difference = current.subtract(prior);
        String amountWord = difference.signum() < 0 ? "减少" : "增加";
        String rateWord = difference.signum() < 0 ? "下降" : "增长";
        String amount = amountWord + money(difference.abs()) + "万元";
        if (prior.signum() == 0) {
            return current.signum() == 0 ? amount + "，" + rateWord + "0.00%" : amount;
        }
        return amount + "，" + rateWord + percent(difference.abs(), prior);
    }

    /** 大于 / 小于 / 等于. */
    public static String compareWord(BigDecimal actual, BigDecimal reference) {
        int c = actual.compareTo(reference);
        return c > 0 ? "大于" : c < 0 ? "小于" : "等于";
    }

    /** The visible placeholder for a reason the unit has not given. */
    public static String placeholder(String what) {
        return "【待填写：" + what + "】";
    }
}
