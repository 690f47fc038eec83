package org.jixiao.formats.reportreader;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.jixiao.formats.limits.LimitExceeded;
import org.jixiao.formats.limits.ZipLimits;

/** Turns a .txt, .md or .docx file into numbered lines ({@link ReportText}); anything else gets a clear message. */
public final class ReportTextLoader {
    private ReportTextLoader() {}

    public static ReportText load(Path file) throws ReportReadException {
        String name = file.getFileName().toString();
        if (!Files.isRegularFile(file)) {
            throw new ReportReadException(name + "：文件不存在或不是普通文件");
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ReportReadException(name + "：无法读取文件（" + org.jixiao.formats.limits.ReadFailure.describe(e) + "）", e);
        }
        return load(name, bytes);
    }

    /** The same for the content of an uploaded file, {@code name} being its file name (for the type and the messages). */
    public static ReportText load(String name, byte[] bytes) throws ReportReadException {
        if (bytes.length == 0) {
            throw new ReportReadException(name + "：文件为空，没有可复核的内容");
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".docx")) {
            return docx(name, bytes);
        }
        if (lower.endsWith(".doc") || lower.endsWith(".wps")) {
            throw new ReportReadException(name + "：不支持旧版 Word（.doc/.wps）格式，请在 Word 或 WPS 中另存为 .docx 后再复核");
        }
        if (lower.endsWith(".pdf") || startsWith(bytes, "%PDF")) {
            throw new ReportReadException(name + "：暂不支持 PDF。请先转换为文本（如 pdftotext -layout 报告.pdf 报告.txt）或另存为 .docx 后再复核");
        }
        if (startsWith(bytes, "PK")) {
            return docx(name, bytes);
        }
        String text = decode(name, bytes);
        List<String> lines = new ArrayList<>(List.of(text.split("\\r?\\n|\\r", -1)));
        if (lower.endsWith(".md")) {
            lines = markdownTables(lines);
        }
        return new ReportText(name, lines);
    }

    private static boolean startsWith(byte[] bytes, String magic) {
        byte[] prefix = magic.getBytes(StandardCharsets.US_ASCII);
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static String decode(String name, byte[] bytes) throws ReportReadException {
        int sample = Math.min(bytes.length, 8192);
        int control = 0;
        for (int i = 0; i < sample; i++) {
            int b = bytes[i] & 0xff;
            if (b == 0) {
                throw new ReportReadException(name + "：不是文本文件（含二进制内容），无法复核。支持 .docx、.txt 和 .md");
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                control++;
            }
        }
        if (control * 20 > sample) {
            throw new ReportReadException(name + "：不是文本文件（含二进制内容），无法复核。支持 .docx、.txt 和 .md");
        }
        for (Charset charset : new Charset[] {StandardCharsets.UTF_8, Charset.forName("GB18030")}) {
            try {
                String text = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
                return text.startsWith("\uFEFF") ? text.substring(1) : text;
            } catch (CharacterCodingException e) {
                // try the next encoding
            }
        }
        throw new ReportReadException(name + "：无法识别文本编码（既不是 UTF-8 也不是 GBK/GB18030），无法复核");
    }

    private static ReportText docx(String name, byte[] bytes) throws ReportReadException {
        try {
            ZipLimits.check(bytes);
        } catch (LimitExceeded e) {
            throw new ReportReadException(name + "：无法复核，" + org.jixiao.formats.limits.ReadFailure.describe(e));
        }
        List<String> lines = new ArrayList<>();
        try (InputStream in = new java.io.ByteArrayInputStream(bytes); XWPFDocument document = new XWPFDocument(in)) {
            for (IBodyElement element : document.getBodyElements()) {
                if (element instanceof XWPFParagraph paragraph) {
                    lines.add(paragraph.getText());
                } else if (element instanceof XWPFTable table) {
                    lines.add("");
                    for (XWPFTableRow row : table.getRows()) {
                        List<String> cells = new ArrayList<>();
                        for (XWPFTableCell cell : row.getTableCells()) {
                            cells.add(cell.getText().replaceAll("[\\t\\r\\n]+", " ").strip());
                        }
                        lines.add(String.join("\t", cells));
                    }
                    lines.add("");
                }
            }
        } catch (IOException | RuntimeException e) {
            throw new ReportReadException(name + "：无法作为 Word 文档（.docx）打开，文件可能已损坏或不是 Word 文档", e);
        }
        return new ReportText(name, lines);
    }

    /** Markdown pipe tables become tab-separated rows; the |---| separator rows disappear (as blank lines, to keep numbering). */
    private static List<String> markdownTables(List<String> lines) {
        List<String> result = new ArrayList<>();
        for (String line : lines) {
            String trimmed = line.strip();
            if (trimmed.startsWith("|") && trimmed.endsWith("|") && trimmed.length() > 1) {
                String inner = trimmed.substring(1, trimmed.length() - 1);
                if (inner.matches("[\\s|:\\-]+")) {
                    result.add("\t");
                    continue;
                }
                List<String> cells = new ArrayList<>();
                for (String cell : inner.split("\\|", -1)) {
                    cells.add(cell.strip());
                }
                result.add(String.join("\t", cells));
            } else {
                result.add(line);
            }
        }
        return result;
    }
}
