package org.jixiao.formats.selfeval;

/** Grade words in their short form: 优秀 is 优, 良好 is 良, 中等 is 中, 较差 is 差. */
final class SelfEvalGrades {
    private SelfEvalGrades() {}

    static String normal(String grade) {
        return switch (grade.strip()) {
            case "优秀" -> "优";
            case "良好" -> "良";
            case "中等", "一般" -> "中";
            case "较差" -> "差";
            default -> grade.strip();
        };
    }
}
