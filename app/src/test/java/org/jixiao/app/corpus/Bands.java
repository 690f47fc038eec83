package org.jixiao.app.corpus;

import java.math.BigDecimal;
import java.util.List;

/**
 * The grade bands a generated report states in its own words: cut-offs (90/80/60, 85/75/60 …), grade words
 * (优/良/中/差 or 优秀/良好/合格/不合格) and one of the wordings real reports use.
 */
record Bands(int excellent, int good, int pass, List<String> words, int wording) {
    static final List<List<Integer>> CUT_OFFS = List.of(List.of(90, 80, 60), List.of(85, 75, 60), List.of(90, 75, 60), List.of(85, 70, 60));
    static final List<String> PLAIN = List.of("优", "良", "中", "差");
    static final List<String> LONG = List.of("优秀", "良好", "合格", "不合格");
    static final int WORDINGS = 5;

    static Bands of(int cutOffs, boolean longWords, int wording) {
        List<Integer> cut = CUT_OFFS.get(cutOffs);
        return new Bands(cut.get(0), cut.get(1), cut.get(2), longWords ? LONG : PLAIN, wording);
    }

    String grade(BigDecimal score) {
        if (score.compareTo(BigDecimal.valueOf(excellent)) >= 0) {
            return words.get(0);
        }
        if (score.compareTo(BigDecimal.valueOf(good)) >= 0) {
            return words.get(1);
        }
        return score.compareTo(BigDecimal.valueOf(pass)) >= 0 ? words.get(2) : words.get(3);
    }

    /** The distance from the score to the nearest cut-off: reports whose total sits near one are not generated. */
    BigDecimal margin(BigDecimal score) {
        BigDecimal margin = null;
        for (int cut : new int[] {excellent, good, pass}) {
            // a band written as 80～89 leaves 89–90 uncovered: count the whole point below a cut-off as near it
            BigDecimal distance = score.subtract(BigDecimal.valueOf(cut));
            distance = distance.signum() < 0 ? distance.abs().subtract(BigDecimal.ONE).max(BigDecimal.ZERO) : distance;
            margin = margin == null || distance.compareTo(margin) < 0 ? distance : margin;
        }
        return margin;
    }

    /** A grade next to {@code grade} (for an injected wrong grade). */
    String neighbour(String grade) {
        int at = words.indexOf(grade);
        return words.get(at == 0 ? 1 : at - 1);
    }

    String sentence() {
        String a = words.get(0), b = words.get(1), c = words.get(2), d = words.get(3);
        int x = excellent, y = good, z = pass;
        return switch (wording) {
            case 0 -> "评价结果分为" + a + "、" + b + "、" + c + "、" + d + "四个等级：" + x + "分（含）以上为" + a + "，" + y + "（含）-" + x + "分为" + b + "，"
                    + z + "（含）-" + y + "分为" + c + "，" + z + "分以下为" + d + "。";
            case 1 -> "综合得分" + x + "～100分为" + a + "，" + y + "～" + (x - 1) + "分为" + b + "，" + z + "～" + (y - 1) + "分为" + c + "，0～" + (z - 1)
                    + "分为" + d + "。";
            case 2 -> "得分≥" + x + "分为“" + a + "”，" + y + "分≤得分<" + x + "分为“" + b + "”，" + z + "分≤得分<" + y + "分为“" + c + "”，得分<" + z
                    + "分为“" + d + "”。";
            case 3 -> "绩效评价结果采取评分和评级相结合的方式，总分100分，评价等级划分为四档：" + x + "分（含）—100分为“" + a + "”；" + y + "分（含）—" + x
                    + "分为“" + b + "”；" + z + "分（含）—" + y + "分为“" + c + "”；" + z + "分以下为“" + d + "”。";
            default -> "评分在" + x + "分以上（含" + x + "分）为" + a + "，" + y + "-" + x + "分（含" + y + "分）为" + b + "，" + z + "-" + y + "分（含" + z + "分）为"
                    + c + "，" + z + "分以下为" + d + "。";
        };
    }
}
