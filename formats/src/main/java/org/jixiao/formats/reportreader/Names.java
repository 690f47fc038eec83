package org.jixiao.formats.reportreader;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Indicator names as printed and as compared: numbering, a weight in brackets, spaces and quotes do not make a name. */
final class Names {
    /** A numbering in front of a name, and which style it is (一、 / （一） / 1. / (1) / ① / 1.1). */
    static final Pattern NUMBERING = Pattern.compile(
            "^\\s*(?:(?<cn>[一二三四五六七八九十]+\\s*[、.．])|(?<cnp>[（(]\\s*[一二三四五六七八九十]+\\s*[)）])|(?<dd>\\d+(?:\\s*[.．]\\s*\\d+)+\\s*[、.．]?(?![\\d]))"
                    + "|(?<d>\\d+\\s*[、.．](?![\\d]))|(?<dp>[（(]\\s*\\d+\\s*[)）])|(?<c>[①-⑳])|(?<dr>\\d+\\s*[)）])|(?<l>[A-Za-z]\\s*[、.．]))\\s*");
    private static final Pattern WEIGHT_IN_NAME = Pattern.compile("^(.*?)\\s*[（(]\\s*(?:分值|权重|满分)?\\s*[:：]?\\s*(\\d+(?:\\.\\d+)?)\\s*(?:分)?\\s*[)）]\\s*$");
    private static final Pattern WEIGHT_AFTER_NAME = Pattern.compile("^(.*?)\\s*[（(]?\\s*(\\d+(?:\\.\\d+)?)\\s*分\\s*[)）]?\\s*$");

    private Names() {}

    /** The numbering style of a name ("cn", "cnp", "d", "dp", "c", "dd1", "dd2" …), or null. */
    static String numberingStyle(String name) {
        Matcher matcher = NUMBERING.matcher(name);
        if (!matcher.find()) {
            return null;
        }
        for (String group : new String[] {"cn", "cnp", "d", "dp", "c", "dr", "l"}) {
            if (matcher.group(group) != null) {
                return group;
            }
        }
        String dotted = matcher.group("dd");
        return "dd" + dotted.replaceAll("[^.．]", "").length();
    }

    static String withoutNumbering(String name) {
        return NUMBERING.matcher(name).replaceFirst("");
    }

    /** "预算管理 (9)", "产出指标（50分）" → the weight printed in the name, or null. */
    static BigDecimal weightInName(String name) {
        Matcher matcher = WEIGHT_IN_NAME.matcher(name.strip());
        if (matcher.matches() && !matcher.group(1).isBlank()) {
            return new BigDecimal(matcher.group(2));
        }
        matcher = WEIGHT_AFTER_NAME.matcher(name.strip());
        if (matcher.matches() && !matcher.group(1).isBlank() && !matcher.group(1).matches(".*\\d$")) {
            return new BigDecimal(matcher.group(2));
        }
        return null;
    }

    static String withoutWeight(String name) {
        Matcher matcher = WEIGHT_IN_NAME.matcher(name.strip());
        if (matcher.matches() && !matcher.group(1).isBlank()) {
            return matcher.group(1).strip();
        }
        matcher = WEIGHT_AFTER_NAME.matcher(name.strip());
        if (matcher.matches() && !matcher.group(1).isBlank() && !matcher.group(1).matches(".*\\d$")) {
            return matcher.group(1).strip();
        }
        return name.strip();
    }

    /** The name as printed, cleaned for display: no numbering, no weight, one line. */
    static String display(String name) {
        return withoutWeight(withoutNumbering(name.replace('\n', ' ').strip())).replaceAll("\\s+", "");
    }

    /** The key two printings of one indicator share. */
    static String key(String name) {
        String key = display(name).replaceAll("[“”\"‘’'「」《》<>\\-—–_·•、，,。.:：;；]", "");
        if (key.endsWith("指标") && key.length() > 3) {
            key = key.substring(0, key.length() - 2);
        }
        if (key.endsWith("情况") && key.length() > 3) {
            key = key.substring(0, key.length() - 2);
        }
        return key;
    }
}
