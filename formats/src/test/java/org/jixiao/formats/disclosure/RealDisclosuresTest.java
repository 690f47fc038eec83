package org.jixiao.formats.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.jixiao.core.review.Finding;
import org.jixiao.formats.document.Documents;
import org.jixiao.formats.review.DocumentKind;
import org.jixiao.formats.review.DocumentReview;
import org.jixiao.formats.review.ReviewedDocument;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The real published disclosures of {@code corpus/real-disclosures} (sources in its README), as Word and PDF: each is read
 * as a disclosure, none gives a false error, and the one inconsistency of their tables is found — the 桂林市司法局 “三公”
 * table prints 公务用车费 0 in both columns where its 运行维护费 32.65 and its 合计 34.35 say 32.65.
 */
class RealDisclosuresTest {
    private static final Path CORPUS = Path.of("..", "corpus", "real-disclosures");

    @TestFactory
    Stream<DynamicTest> everyRealDisclosureIsReadWithoutFalseError() throws Exception {
        List<Path> files;
        try (Stream<Path> listed = Files.list(CORPUS)) {
            files = listed.filter(p -> p.toString().endsWith(".pdf") || p.toString().endsWith(".docx")).sorted().toList();
        }
        assertThat(files).hasSize(12);
        return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            ReviewedDocument reviewed = DocumentReview.review(Documents.read(file.getFileName().toString(), Files.readAllBytes(file)));
            assertThat(reviewed.kind()).isIn(DocumentKind.FINAL_ACCOUNTS, DocumentKind.BUDGET);
            List<Finding> errors = reviewed.result().findings().stream().filter(Finding::isError).toList();
            if (file.getFileName().toString().startsWith("d03-")) {
                assertThat(errors).hasSize(2).allSatisfy(f -> {
                    assertThat(f.location().item()).contains("公务用车费");
                    assertThat(f.printed()).isEqualTo("0");
                    assertThat(f.expected()).isEqualTo("32.65");
                });
            } else {
                assertThat(errors).as("no false error in %s", file).isEmpty();
            }
        }));
    }
}
