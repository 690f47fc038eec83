package org.jixiao.formats.reportreader;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;

import org.jixiao.core.review.Finding;
import org.jixiao.core.review.RecoveredReport;
import org.jixiao.formats.document.Documents;
import org.jixiao.formats.review.DocumentReview;
import org.jixiao.formats.review.ReviewedDocument;
import org.junit.jupiter.api.Test;

/**
 * A score table read from {@code pdftotext -layout} text whose levels only the weights tell: they can be added up in
 * more than one way when weights repeat (a leaf of 1 under a parent of 1 adds up as well as two leaves of 1 under a
 * parent of 2), so a score that does not add up in the tree read is no error the document made.
 */
class InferredTreeTest {
    @Test
    void aTreeReadFromTheWeightsOfAPlainTextTableIsNotCheckedForItsSums() throws Exception {
        byte[] text;
        try (InputStream in = InferredTreeTest.class.getResourceAsStream("/inputs/generated/g23.layout.txt")) {
            text = in.readAllBytes();
        }
        // a clean generated report (corpus/generated g23, pdftotext -layout of its PDF): four levels in one column
        ReviewedDocument reviewed = DocumentReview.review(Documents.read("g23.layout.txt", text));
        assertThat(reviewed.result().findings()).filteredOn(Finding::isError).isEmpty();
        assertThat(reviewed.result().unread()).extracting(RecoveredReport.Unread::reason)
                .anyMatch(reason -> reason.contains("表格由纯文本的对齐位置推断") && reason.contains("未核对上下级合计"));
        // the rows are still checked one by one: every 得分 within its 分值
        assertThat(reviewed.result().findings()).noneMatch(finding -> finding.code().equals("SCORE_RANGE"));
    }
}
