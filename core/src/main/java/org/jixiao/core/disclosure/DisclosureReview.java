package org.jixiao.core.disclosure;

import java.util.ArrayList;
import java.util.List;

import org.jixiao.core.review.Finding;
import org.jixiao.core.review.RecoveredReport;
import org.jixiao.core.review.ReviewResult;

/**
 * The review of a published 决算 or 预算 disclosure, whatever tables it prints: the identities of its tables and between
 * them ({@link TableIdentities}) and every sentence of its 情况说明 that states an amount, a share or a comparison
 * ({@link ExplanationCheck}). What cannot be checked — a relation that needs a table the document does not publish, a
 * sentence that speaks of nothing in the tables — is listed with its reason, never computed on zeros.
 */
public final class DisclosureReview {
    private DisclosureReview() {}

    public static ReviewResult review(PublishedDisclosure disclosure) {
        Relations relations = new Relations(disclosure.document());
        TableIdentities.check(disclosure, relations);
        relations.judgeReadings();
        ExplanationCheck.check(disclosure, relations);
        List<Finding> findings = new ArrayList<>(relations.findings());
        List<RecoveredReport.Unread> unread = new ArrayList<>(relations.unread());
        return new ReviewResult(disclosure.document(), findings, unread, null);
    }
}
