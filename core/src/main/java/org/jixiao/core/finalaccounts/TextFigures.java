package org.jixiao.core.finalaccounts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The figures and comparison words of one paragraph of a 情况说明, in order, and the paragraph's key (its words before
 * the first figure), so that a supplied paragraph can be matched with the generated one and compared figure by figure.
 */
public final class TextFigures {
    private static final Pattern TOKEN = Pattern.compile(
            "(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)(%?)|增加|减少|增长|下降|大于|小于|等于|持平|年初无预算");
    private static final Pattern NUMBERING = Pattern.compile("^(?:\\d+\\s*[、.．]|[（(][一二三四五六七八九十]+[）)])\\s*");
    private static final Pattern REASON = Pattern.compile("主要(?:原因)?是[^。]*");

    private TextFigures() {}

    /** A figure ({@code 6,096.59}, {@code 71.14%}) or a comparison word, as printed. */
    public record Token(String text, BigDecimal number, boolean percent) {
        public boolean isNumber() {
            return number != null;
        }
    }

    /** A paragraph reduced for comparison. */
    public record Figures(String key, String skeleton, List<Token> tokens) {}

    /** Full-width punctuation, no spaces, no markdown marks, no leading list numbering. */
    public static String normalize(String text) {
        String t = text.replaceAll("[\\s\\u3000]+", "").replace("**", "").replaceAll("^[#*\\-]+", "");
        t = t.replaceAll(",(?!\\d{3})", "，").replace("(", "（").replace(")", "）").replace(":", "：").replace(";", "；");
        return NUMBERING.matcher(t).replaceFirst("");
    }

    public static Figures of(String paragraph) {
        String text = normalize(paragraph);
        List<Token> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        int keyEnd = -1;
        StringBuilder skeleton = new StringBuilder();
        int last = 0;
        while (m.find()) {
            if (m.group(1) != null && isYear(text, m)) {
                continue;
            }
            if (keyEnd < 0) {
                keyEnd = m.start();
            }
            skeleton.append(text, last, m.start()).append('#');
            last = m.end();
            if (m.group(1) != null) {
                tokens.add(new Token(m.group(), new BigDecimal(m.group(1).replace(",", "")), !m.group(2).isEmpty()));
            } else {
                tokens.add(new Token(m.group(), null, false));
            }
        }
        skeleton.append(text.substring(last));
        String key = keyEnd < 0 ? text : text.substring(0, keyEnd);
        return new Figures(key, REASON.matcher(skeleton.toString()).replaceAll(""), List.copyOf(tokens));
    }

    /** 2024年 / 2023年度 are years, not amounts. */
    private static boolean isYear(String text, Matcher m) {
        return m.group(1).length() == 4 && m.group(2).isEmpty() && m.end() < text.length() && text.charAt(m.end()) == '年';
    }
}
