package org.jixiao.core.grade;

/** Grade words as documents print them (优秀, 良好, 中等, 一般, 较差 …), reduced to the grade they mean for comparison. */
public final class GradeWords {
    private GradeWords() {}

    public static String normalize(String word) {
        String stripped = word.strip();
        return switch (stripped) {
            case "优秀", "优", "好" -> "优";
            case "良好", "良", "较好" -> "良";
            case "中等", "中", "一般" -> "中";
            case "较差", "差" -> "差";
            default -> stripped;
        };
    }
}
