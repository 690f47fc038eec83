package org.jixiao.formats.finalaccounts;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jixiao.core.finalaccounts.TextReview.SuppliedParagraph;
import org.jixiao.formats.dataset.DatasetException;
import org.jixiao.formats.dataset.DatasetProblem;

/**
 * Reads a supplied 情况说明 (plain text or Markdown, e.g. extracted from the published PDF) into paragraphs, each with
 * its section (一 … 十三) and its line. When the text contains a whole disclosure, only 第三部分 (the 情况说明) is read.
 * A sentence broken over lines (as PDF extraction does) is joined again; figure captions (图1 …) are skipped.
 */
public final class ExplanationText {
    private static final Pattern SECTION = Pattern.compile("^[#*\\s]*([一二三四五六七八九十]{1,3})、");
    private static final Pattern SUBHEADING = Pattern.compile("^[#*\\s]*[（(][一二三四五六七八九十]+[）)]");
    private static final String ENDINGS = "。：:；;！？!?）)";

    private ExplanationText() {}

    public static List<SuppliedParagraph> read(Path file) throws DatasetException {
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (java.nio.file.NoSuchFileException e) {
            throw new DatasetException(new DatasetProblem(file.toString(), 0, "", true, "文件不存在"));
        } catch (IOException e) {
            throw new DatasetException(new DatasetProblem(file.toString(), 0, "", true,
                    "无法读取（需要 UTF-8 文本，Word 文件请先另存为 .txt）：" + e.getMessage()));
        }
    }

    public static List<SuppliedParagraph> parse(String text) {
        String[] lines = text.split("\r?\n", -1);
        boolean hasPart3 = text.contains("第三部分");
        boolean inside = !hasPart3;
        int section = 0;
        List<SuppliedParagraph> out = new ArrayList<>();
        StringBuilder pending = null;
        int pendingLine = 0;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            if (hasPart3 && line.contains("第三部分")) {
                inside = true;
                section = 0;
                continue;
            }
            if (hasPart3 && (line.contains("第四部分") || line.contains("第五部分"))) {
                inside = false;
                pending = flush(out, pending, section, pendingLine);
                continue;
            }
            if (!inside) {
                continue;
            }
            Matcher m = SECTION.matcher(line);
            if (m.find() && !line.contains("。")) {
                pending = flush(out, pending, section, pendingLine);
                section = numeral(m.group(1));
                continue;
            }
            if (line.startsWith("图") || line.matches("^[#*\\s]*$")) {
                continue;
            }
            boolean heading = line.startsWith("#") || (SUBHEADING.matcher(line).find() && !line.contains("。"));
            if (pending != null) {
                pending.append(line);
            } else {
                pending = new StringBuilder(line);
                pendingLine = i + 1;
            }
            char last = line.charAt(line.length() - 1);
            if (heading || ENDINGS.indexOf(last) >= 0) {
                pending = flush(out, pending, section, pendingLine);
            }
        }
        flush(out, pending, section, pendingLine);
        return out;
    }

    private static StringBuilder flush(List<SuppliedParagraph> out, StringBuilder pending, int section, int line) {
        if (pending != null && pending.length() > 0) {
            out.add(new SuppliedParagraph(section, line, pending.toString().replaceFirst("^[-*]\\s+", "")));
        }
        return null;
    }

    static int numeral(String chinese) {
        String digits = "一二三四五六七八九";
        if (chinese.equals("十")) {
            return 10;
        }
        if (chinese.startsWith("十")) {
            return 10 + digits.indexOf(chinese.charAt(1)) + 1;
        }
        if (chinese.length() == 1) {
            return digits.indexOf(chinese.charAt(0)) + 1;
        }
        int tens = digits.indexOf(chinese.charAt(0)) + 1;
        return tens * 10 + (chinese.length() == 3 ? digits.indexOf(chinese.charAt(2)) + 1 : 0);
    }
}
