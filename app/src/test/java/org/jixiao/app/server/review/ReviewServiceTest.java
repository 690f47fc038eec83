package org.jixiao.app.server.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.jixiao.app.server.ApiException;
import org.jixiao.app.server.ScoreReportDocx;
import org.jixiao.app.server.review.ReviewRepository.Result;
import org.jixiao.formats.review.DocumentReview;
import org.jixiao.formats.review.ReviewJson;
import org.jixiao.formats.review.ReviewedDocument;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

/** What the review service decides without a database: the kept file name, the history's words, and whether a review still gives the stored result. */
class ReviewServiceTest {

    @Test
    void theKeptNameIsTheLastSegmentOfAnAcceptedFile() {
        assertThat(ReviewService.fileName("C:\\Users\\王静\\Desktop\\评价报告.docx")).isEqualTo("评价报告.docx");
        assertThat(ReviewService.fileName("报告/2023/评价报告.PDF")).isEqualTo("评价报告.PDF");
        assertThat(ReviewService.fileName("评价\u0000报告\n.txt")).isEqualTo("评价报告.txt");
        String longName = "甲".repeat(300) + ".html";
        assertThat(ReviewService.fileName(longName)).hasSize(200).endsWith("甲甲.html");

        assertThatThrownBy(() -> ReviewService.fileName("自评表.xlsx")).isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.status()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
            assertThat(e.getMessage()).startsWith("“自评表.xlsx”不是可复核的文件");
        });
        assertThatThrownBy(() -> ReviewService.fileName(".pdf")).isInstanceOf(ApiException.class);
        assertThatThrownBy(() -> ReviewService.fileName(" ")).isInstanceOfSatisfying(ApiException.class,
                e -> assertThat(e.status()).isEqualTo(HttpStatus.BAD_REQUEST));
        assertThat(ReviewService.baseName("评价报告.docx")).isEqualTo("评价报告");
    }

    @Test
    void theHistoryCountsEachKindOfFinding() {
        assertThat(ReviewService.describe(2, new Result("Word 文档", "绩效评价报告", 0, 1, 3, 12, "{}")))
                .isEqualTo("第 2 次复核：错误 1 处，提示 3 处，未能核对 12 处");
    }

    @Test
    void aReviewIsTheSameOnlyIfItGivesTheStoredResultMemberByMember() throws Exception {
        ReviewedDocument reviewed = DocumentReview.review(ScoreReportDocx.FILE_NAME, ScoreReportDocx.bytes());
        ObjectMapper json = new ObjectMapper();
        String stored = json.writeValueAsString(ReviewJson.document(reviewed));
        assertThat(ReviewService.sameReview(stored, reviewed)).isTrue();
        // the same file read again gives the same result
        assertThat(ReviewService.sameReview(stored, DocumentReview.review(ScoreReportDocx.FILE_NAME, ScoreReportDocx.bytes()))).isTrue();

        ObjectNode changed = (ObjectNode) json.readTree(stored);
        ((ObjectNode) changed.get("summary")).put("unchecked", 7);
        assertThat(ReviewService.sameReview(json.writeValueAsString(changed), reviewed)).isFalse();
        assertThat(ReviewService.sameReview(stored.replace("\"95.00\"", "\"96.00\""), reviewed)).isFalse();
    }
}
