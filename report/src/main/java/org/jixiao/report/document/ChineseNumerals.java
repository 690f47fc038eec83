package org.jixiao.report.document;

/** Chinese ordinal numbering as the reports use it: 一、 （一） （1） ①. */
public final class ChineseNumerals {
    private static final String DIGITS = "零一二三四五六七八九";

    private ChineseNumerals() {}

    /** 1 → 一, 10 → 十, 12 → 十二, 23 → 二十三 (1–99). */
    public static String of(int n) {
        if (n <= 0 || n >= 100) {
            return String.valueOf(n);
        }
        if (n < 10) {
            return String.valueOf(DIGITS.charAt(n));
        }
        int tens = n / 10;
        int units = n % 10;
        return (tens == 1 ? "" : String.valueOf(DIGITS.charAt(tens))) + "十" + (units == 0 ? "" : String.valueOf(DIGITS.charAt(units)));
    }

    /** ① … ⑳, then (21). */
    public static String circled(int n) {
        return n >= 1 && n <= 20 ? String.valueOf((char) ('①' + n - 1)) : "(" + n + ")";
    }
}
