package org.jixiao.app.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** Files made to hurt a reader: zip bombs, workbooks with too many strings or rows, XML with entities. */
final class HostileFiles {
    private HostileFiles() {}

    /** A zip whose one part {@code entry} inflates to {@code megabytes} MB of one repeated XML element. */
    static byte[] zipBomb(String entry, int megabytes, String element) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(contentTypes().getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry(entry));
            byte[] unit = element.repeat(Math.max(1, 64 * 1024 / element.length())).getBytes(StandardCharsets.UTF_8);
            for (long written = 0; written < megabytes * 1024L * 1024; written += unit.length) {
                zip.write(unit);
            }
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A zip of {@code count} tiny parts. */
    static byte[] manyParts(int count) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (int i = 0; i < count; i++) {
                zip.putNextEntry(new ZipEntry("word/part" + i + ".xml"));
                zip.write("<a/>".getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A real workbook of {@code rows} × {@code columns} distinct strings (each a shared string). */
    static byte[] workbook(int rows, int columns) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Random random = new Random(7);
        try {
            Workbook workbook = new Workbook(out, "jixiao-test", "1.0");
            Worksheet sheet = workbook.newWorksheet("表1");
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < columns; c++) {
                    sheet.value(r, c, Long.toString(random.nextLong(), 36));
                }
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A Word package whose document part declares an external entity reading a local file. */
    static byte[] docxWithExternalEntity(String path) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(contentTypes().getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("_rels/.rels"));
            zip.write(("<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\""
                    + " Target=\"word/document.xml\"/></Relationships>").getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write(("<?xml version=\"1.0\"?><!DOCTYPE w [<!ENTITY xxe SYSTEM \"file://" + path + "\">]>"
                    + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r>"
                    + "<w:t>综合得分 &xxe; 分</w:t></w:r></w:p></w:body></w:document>").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static String contentTypes() {
        return "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
                + "</Types>";
    }

    /** A valid PDF of {@code pages} empty pages (small: one page object each). */
    static byte[] pdfOfPages(int pages) {
        StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
        List<Integer> offsets = new java.util.ArrayList<>();
        offsets.add(pdf.length());
        pdf.append("1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n");
        offsets.add(pdf.length());
        StringBuilder kids = new StringBuilder();
        for (int i = 0; i < pages; i++) {
            kids.append(3 + i).append(" 0 R ");
        }
        pdf.append("2 0 obj\n<< /Type /Pages /Kids [").append(kids).append("] /Count ").append(pages).append(" >>\nendobj\n");
        for (int i = 0; i < pages; i++) {
            offsets.add(pdf.length());
            pdf.append(3 + i).append(" 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>\nendobj\n");
        }
        int xref = pdf.length();
        pdf.append("xref\n0 ").append(offsets.size() + 1).append("\n0000000000 65535 f \n");
        for (int offset : offsets) {
            pdf.append(String.format("%010d 00000 n \n", offset));
        }
        pdf.append("trailer\n<< /Size ").append(offsets.size() + 1).append(" /Root 1 0 R >>\nstartxref\n").append(xref).append("\n%%EOF\n");
        return pdf.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    /** YAML whose aliases expand nine levels deep ("billion laughs"). */
    static String billionLaughs() {
        StringBuilder yaml = new StringBuilder("format: jixiao.evaluation/1\na0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (int i = 1; i < 10; i++) {
            String p = "*a" + (i - 1);
            yaml.append("a").append(i).append(": &a").append(i).append(" [").append(String.join(", ", java.util.Collections.nCopies(9, p))).append("]\n");
        }
        return yaml.append("meta: {department: 测试局, year: 2024}\n").toString();
    }

    /** JSON nested {@code depth} arrays deep. */
    static String deepJson(int depth) {
        return "[".repeat(depth) + "]".repeat(depth);
    }
}
