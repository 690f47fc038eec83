package org.jixiao.formats.limits;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Why a library could not read a file, for a message a user reads: without the names of Java classes
 * ({@code com.fasterxml.aalto.WFCException: …}) or the parser's own position notation, the common causes in Chinese.
 */
public final class ReadFailure {
    private static final Pattern CLASS_PREFIX = Pattern.compile("(?:[a-z][\\w$]*\\.)+[A-Z][\\w$]*(?:Exception|Error)\\s*:?\\s*");
    private static final Pattern POSITION = Pattern.compile("\\s*at \\[row,col[^\\]]*\\]: \\[(\\d+),(\\d+)\\]");
    private static final Pattern CONTROL = Pattern.compile("Invalid (?:white space )?character \\((?:code )?0x([0-9a-fA-F]+)\\)");

    private ReadFailure() {}

    /** The failure's message made fit to show: no class names, positions as 第 R 行第 C 列, control characters named. */
    public static String describe(Throwable failure) {
        String message = failure.getMessage();
        if (message == null || message.isBlank()) {
            return "文件内容无法解析";
        }
        String text = CLASS_PREFIX.matcher(message).replaceAll("");
        Matcher position = POSITION.matcher(text);
        text = position.find() ? position.replaceAll("（XML 第 " + position.group(1) + " 行第 " + position.group(2) + " 列）") : text;
        Matcher control = CONTROL.matcher(text);
        if (control.find()) {
            text = control.replaceAll(m -> "含有不允许的控制字符 U+" + String.format("%04X", Integer.parseInt(m.group(1), 16)));
        }
        text = text.replace('\n', ' ').strip();
        return text.isEmpty() ? "文件内容无法解析" : text;
    }
}
