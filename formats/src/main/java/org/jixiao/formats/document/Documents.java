package org.jixiao.formats.document;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads any supported file into a {@link SourceDocument}: .docx, .pdf, .html/.htm, .md and text (.txt, or anything that
 * decodes as UTF-8 or GB18030). The format is decided by the file's content first (a PDF or a Word package is
 * recognised whatever its name), then by its extension.
 */
public final class Documents {
    /** Larger files are refused before they are read: no published report comes near it. */
    public static final long MAX_BYTES = 100L * 1024 * 1024;

    private Documents() {}

    public static SourceDocument read(Path file) throws DocumentReadException {
        String name = file.getFileName().toString();
        if (!Files.isRegularFile(file)) {
            throw new DocumentReadException(name + "：文件不存在或不是普通文件");
        }
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new DocumentReadException(name + "：文件超过 100 MB，无法复核");
            }
            return read(name, Files.readAllBytes(file));
        } catch (IOException e) {
            throw new DocumentReadException(name + "：无法读取文件（" + org.jixiao.formats.limits.ReadFailure.describe(e) + "）", e);
        }
    }

    /** The same for the content of an uploaded file, {@code name} being its file name (for the type and the messages). */
    public static SourceDocument read(String name, byte[] bytes) throws DocumentReadException {
        if (bytes.length == 0) {
            throw new DocumentReadException(name + "：文件为空，没有可复核的内容");
        }
        if (bytes.length > MAX_BYTES) {
            throw new DocumentReadException(name + "：文件超过 100 MB，无法复核");
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (startsWith(bytes, "%PDF") || lower.endsWith(".pdf")) {
            return PdfReader.read(name, bytes);
        }
        if (startsWith(bytes, "PK\u0003\u0004")) {
            return DocxReader.read(name, bytes);
        }
        if (lower.endsWith(".docx")) {
            throw new DocumentReadException(name + "：无法作为 Word 文档（.docx）打开，文件可能已损坏或不是 Word 文档");
        }
        if (startsWith(bytes, "\u00d0\u00cf\u0011\u00e0") || lower.endsWith(".doc") || lower.endsWith(".wps")) {
            throw new DocumentReadException(name + "：不支持旧版 Word（.doc/.wps）格式，请在 Word 或 WPS 中另存为 .docx 或 PDF 后再复核");
        }
        String text = TextDecoding.decode(name, bytes);
        if (lower.endsWith(".html") || lower.endsWith(".htm") || looksLikeHtml(text)) {
            return HtmlReader.read(name, text, SourceDocument.Format.HTML);
        }
        if (lower.endsWith(".md") || lower.endsWith(".markdown")) {
            return HtmlReader.readMarkdown(name, text);
        }
        return TextReader.read(name, text);
    }

    private static boolean looksLikeHtml(String text) {
        String head = text.substring(0, Math.min(text.length(), 1024)).strip().toLowerCase(Locale.ROOT);
        return head.startsWith("<!doctype html") || head.startsWith("<html");
    }

    static boolean startsWith(byte[] bytes, String magic) {
        if (bytes.length < magic.length()) {
            return false;
        }
        for (int i = 0; i < magic.length(); i++) {
            if ((bytes[i] & 0xff) != magic.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
