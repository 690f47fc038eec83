package org.jixiao.app.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.jixiao.core.evaluation.EvaluationResult;
import org.jixiao.core.evaluation.EvaluationScorer;
import org.jixiao.core.review.Finding;
import org.jixiao.core.review.ReviewResult;
import org.jixiao.core.review.Severity;
import org.jixiao.formats.dataset.DatasetReader;
import org.jixiao.formats.document.SourceDocument;
import org.jixiao.formats.review.DocumentReview;
import org.jixiao.formats.review.ReviewedDocument;
import org.jixiao.report.evaluation.EvaluationReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Weihai 2022 report as the report command writes it (.docx) and as LibreOffice exports it (PDF, 47 pages with
 * tables over page breaks, charts, a running header and page numbers): the review recovers the same indicator tree,
 * the same formula lines and the same errors from both.
 */
class WeihaiPdfReviewTest {
    private static final Path EXAMPLE = Path.of("..", "examples", "weihai-econ-2022.yaml");

    @Test
    void thePdfOfTheReportIsReviewedLikeItsDocx(@TempDir Path dir) throws Exception {
        requireOnPath("soffice");
        EvaluationResult result = EvaluationScorer.score(DatasetReader.read(EXAMPLE).evaluation());
        Path docx = dir.resolve("weihai.docx");
        Files.write(docx, EvaluationReport.docx(result));
        Process convert = new ProcessBuilder("soffice", "--headless", "-env:UserInstallation=" + dir.resolve("lo-profile").toUri(),
                "--convert-to", "pdf", "--outdir", dir.toString(), docx.toString()).redirectErrorStream(true).start();
        convert.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
        assertThat(convert.waitFor(180, TimeUnit.SECONDS)).isTrue();
        Path pdf = dir.resolve("weihai.pdf");
        assertThat(pdf).exists();

        ReviewedDocument fromDocx = DocumentReview.review(docx);
        ReviewedDocument fromPdf = DocumentReview.review(pdf);

        assertThat(fromPdf.format()).isEqualTo(SourceDocument.Format.PDF);
        assertThat(fromPdf.pages()).isGreaterThan(40);
        ReviewResult word = fromDocx.result();
        ReviewResult printed = fromPdf.result();
        assertThat(word.leafCount()).isEqualTo(46);
        assertThat(printed.leafCount()).isEqualTo(word.leafCount());
        for (int level = 1; level <= 4; level++) {
            assertThat(printed.countAtLevel(level)).as("level %d", level).isEqualTo(word.countAtLevel(level));
        }
        assertThat(printed.recovered().formulaLines()).hasSameSizeAs(word.recovered().formulaLines());
        assertThat(errors(printed)).isEqualTo(errors(word));
    }

    private static List<String> errors(ReviewResult result) {
        return result.findings().stream().filter(finding -> finding.severity() == Severity.ERROR).map(WeihaiPdfReviewTest::describe).toList();
    }

    private static String describe(Finding finding) {
        return finding.code() + " " + finding.printed() + "→" + finding.expected();
    }

    /** Skips with the reason outside CI; under CI=true a missing tool is a failure, not a silent skip. */
    static void requireOnPath(String command) {
        boolean present = false;
        for (String directory : System.getenv().getOrDefault("PATH", "").split(":")) {
            present |= !directory.isEmpty() && Files.isExecutable(Path.of(directory, command));
        }
        if (!present && "true".equals(System.getenv("CI"))) {
            fail(command + " is not installed, and CI=true requires it (apt-get install libreoffice-writer-nogui fonts-noto-cjk)");
        }
        assumeTrue(present, command + " is not installed: the PDF of the Weihai report cannot be made, test skipped");
    }
}
