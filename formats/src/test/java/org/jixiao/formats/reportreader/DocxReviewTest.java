package org.jixiao.formats.reportreader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.formats.reportreader.ReviewFixtures.replace;
import static org.jixiao.formats.reportreader.ReviewFixtures.review;
import static org.jixiao.formats.reportreader.ReviewFixtures.sampleLines;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.jixiao.core.review.Finding;
import org.jixiao.core.review.ReportReview;
import org.jixiao.core.review.ReviewResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A Word report (paragraphs and real tables, built here with POI) is reviewed the same way as its text. */
class DocxReviewTest {

    @Test
    void aDocxReportGivesTheSameFindingsAsItsText(@TempDir Path dir) throws Exception {
        List<String> lines = sampleLines();
        replace(lines, "3\t工作经费\t100.00\t120.00\t96.40\t80.33%", "3\t工作经费\t100.00\t120.00\t96.40\t83.33%");
        replace(lines, "续上页\t续上页\t企业培育情况\t10.00\t8.00\t80.00%", "续上页\t续上页\t企业培育情况\t10.00\t8.00\t85.00%");
        replace(lines, "综合绩效级别\t良\t\t", "综合绩效级别\t优\t\t");
        Path docx = dir.resolve("sample-report.docx");
        writeDocx(lines, docx);

        ReviewResult fromText = review("sample-report.txt", lines);
        ReviewResult fromDocx = ReportReview.review(ReviewFixtures.read(docx.getFileName().toString(), java.nio.file.Files.readAllBytes(docx)));

        assertThat(fromDocx.leafCount()).isEqualTo(8);
        assertThat(fromDocx.countAtLevel(3)).isEqualTo(6);
        assertThat(fromDocx.recovered().formulaLines()).hasSize(12);
        assertThat(fromDocx.findings()).extracting(DocxReviewTest::withoutLine)
                .containsExactlyElementsOf(fromText.findings().stream().map(DocxReviewTest::withoutLine).toList())
                .containsExactly("ROW_RATE 83.33→80.33", "GRADE 优→良", "RATE 85.00→80.00");
        assertThat(fromDocx.unread()).isEmpty();
    }

    private static String withoutLine(Finding finding) {
        return finding.code() + " " + finding.printed() + "→" + finding.expected();
    }

    /** Non-tab lines become paragraphs; each run of tab-separated lines becomes one Word table. */
    static void writeDocx(List<String> lines, Path file) throws Exception {
        try (XWPFDocument document = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            List<String[]> rows = new ArrayList<>();
            for (String line : lines) {
                if (line.contains("\t")) {
                    rows.add(line.split("\t", -1));
                    continue;
                }
                flush(document, rows);
                document.createParagraph().createRun().setText(line);
            }
            flush(document, rows);
            document.write(out);
        }
    }

    private static void flush(XWPFDocument document, List<String[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        int columns = rows.stream().mapToInt(row -> row.length).max().orElse(1);
        XWPFTable table = document.createTable(rows.size(), columns);
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < columns; c++) {
                table.getRow(r).getCell(c).setText(c < rows.get(r).length ? rows.get(r)[c] : "");
            }
        }
        rows.clear();
    }
}
