package org.jixiao.formats.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jixiao.core.finalaccounts.AccountsReview;
import org.jixiao.core.finalaccounts.FinalAccounts;
import org.jixiao.core.finalaccounts.TextReview;
import org.jixiao.core.review.Finding;
import org.jixiao.core.review.Severity;
import org.jixiao.formats.document.Documents;
import org.jixiao.formats.finalaccounts.ExplanationText;
import org.jixiao.formats.finalaccounts.FinalAccountsReader;
import org.jixiao.formats.review.DocumentKind;
import org.jixiao.formats.review.DocumentReview;
import org.jixiao.formats.review.ReviewedDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Zibo 2024 reference published as units publish it — the nine tables of its dataset in the 公开01–09表 layouts and
 * its own 情况说明 text — read back from Word and from the PDF LibreOffice makes: the same findings as the review of the
 * dataset ({@code jixiao accounts review zibo.yaml --text reference}): the three errors of its text (年初预算数 2,476.6
 * against the 9,688.28 of its twelve 项, and so 246.14% and 大于) and the six 0.01 rounding notes of its tables.
 */
class ZiboPublishedTest {
    private static FinalAccounts accounts;
    private static List<String> text;

    @BeforeAll
    static void load() throws Exception {
        if (!Files.exists(ZiboPublished.REFERENCE)) {
            if ("true".equals(System.getenv("CI"))) {
                fail("the shared reference " + ZiboPublished.REFERENCE + " is required under CI=true");
            }
            System.out.println("SKIPPED: the shared reference documents are not present (" + ZiboPublished.REFERENCE + ")");
            assumeTrue(false, "shared reference not present");
        }
        accounts = FinalAccountsReader.read(ZiboPublished.EXAMPLE);
        text = ZiboPublished.referenceText();
    }

    /** The review of the dataset and of the reference text, as {@code jixiao accounts review --text} gives it. */
    private static List<Finding> datasetFindings() throws Exception {
        List<Finding> findings = new ArrayList<>(AccountsReview.review(accounts));
        findings.addAll(TextReview.check(accounts, ExplanationText.read(ZiboPublished.REFERENCE), "reference"));
        return findings;
    }

    @Test
    void theWordDocumentGivesTheFindingsOfTheDataset() throws Exception {
        byte[] docx = new ZiboPublished(accounts).docx(text);
        check(DocumentReview.review(Documents.read("zibo-2024.docx", docx)));
    }

    @Test
    void thePdfGivesTheFindingsOfTheDataset() throws Exception {
        Soffice.require();
        Map<String, byte[]> pdf = Soffice.pdfs(Map.of("zibo-2024.docx", new ZiboPublished(accounts).docx(text)));
        ReviewedDocument reviewed = DocumentReview.review(Documents.read("zibo-2024.pdf", pdf.get("zibo-2024.docx")));
        check(reviewed);
        assertThat(reviewed.result().findings()).filteredOn(Finding::isError)
                .allSatisfy(f -> assertThat(f.location().where().page()).as("page of %s", f).isPositive());
    }

    private static void check(ReviewedDocument reviewed) throws Exception {
        assertThat(reviewed.kind()).isEqualTo(DocumentKind.FINAL_ACCOUNTS);
        assertThat(reviewed.tables()).hasSize(9);
        List<Finding> expected = datasetFindings();
        List<Finding> found = reviewed.result().findings();
        // the same errors: the published text's 年初预算数, its completion rate and its comparison word
        assertThat(found.stream().filter(Finding::isError).map(f -> f.printed() + "→" + f.expected()).sorted().toList())
                .containsExactlyElementsOf(expected.stream().filter(Finding::isError).map(f -> f.printed() + "→" + f.expected()).sorted().toList())
                .containsExactly("2,476.6→9,688.28", "246.14%→62.92%", "大于→小于");
        assertThat(found).filteredOn(Finding::isError).allSatisfy(f -> {
            assertThat(f.location().part()).contains("五、一般公共预算财政拨款支出决算情况说明");
            assertThat(f.quotation()).containsAnyOf("年初预算数为2,476.6万元", "决算数大于年初预算数");
        });
        // every rounding note of the dataset, at the same table and cell; the published 表1 and 表4 print the same 6,095.94
        // against 类 rows that add up to 6,095.93 once more each, and nothing else
        List<Finding> notes = found.stream().filter(f -> f.severity() == Severity.INFO).toList();
        for (Finding note : expected.stream().filter(f -> f.severity() == Severity.INFO).toList()) {
            String table = note.location().part().replaceFirst("^表\\d\\s*", "");
            assertThat(notes).as("%s", note).anySatisfy(f -> {
                assertThat(f.location().part()).contains(table);
                assertThat(f.location().item()).isEqualTo(note.location().item());
                assertThat(f.printed()).isEqualTo(note.printed());
                assertThat(f.expected()).isEqualTo(note.expected());
            });
        }
        assertThat(notes).hasSize(9).allSatisfy(f -> assertThat(f.printed() + "→" + f.expected()).isEqualTo("6,095.94→6,095.93"));
        assertThat(found).noneMatch(f -> f.severity() == Severity.WARNING);
    }
}
