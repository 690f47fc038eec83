package org.jixiao.formats.reportreader;

/** Grade words as documents print them, reduced to the four grades (优/良/中/差) the review compares. */
final class Grades {
    private Grades() {}

    static String normalize(String word) {
        return switch (word.strip()) {
            case "优秀", "优", "好" -> "优";
            case "良好", "良", "较好" -> "良";
            case "中等", "中", "一般" -> "中";
            case "较差", "差" -> "差";
            default -> word.strip();
        };
    }

    /** Full-width digits, point, comma, minus and percent as their ASCII forms ("８６．７８％" → "86.78%"). */
    static String halfWidth(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '０' && c <= '９') {
                out.append((char) (c - '０' + '0'));
            } else if (c == '．') {
                out.append('.');
            } else if (c == '，' && i > 0 && i + 1 < text.length() && Character.isDigit(text.charAt(i - 1)) && isDigit(text.charAt(i + 1))) {
                out.append(',');
            } else if (c == '％') {
                out.append('%');
            } else if (c == '－' || c == '−') {
                out.append('-');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isDigit(char c) {
        return Character.isDigit(c) || (c >= '０' && c <= '９');
    }
}
