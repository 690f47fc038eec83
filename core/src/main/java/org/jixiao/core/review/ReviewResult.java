package org.jixiao.core.review;

import java.util.List;

/**
 * The outcome of reviewing a document: the findings, and what could not be read or checked.
 *
 * @param document the reviewed file name
 * @param findings errors, warnings and rounding notes, in document order
 * @param unread   what the review could not read or check, so that silence is never mistaken for a clean bill
 * @param recovered what was recovered (tree sizes, totals), for the summary
 */
public record ReviewResult(String document, List<Finding> findings, List<RecoveredReport.Unread> unread, RecoveredReport recovered) {
    public ReviewResult {
        findings = List.copyOf(findings);
        unread = List.copyOf(unread);
    }

    public long count(Severity severity) {
        return findings.stream().filter(finding -> finding.severity() == severity).count();
    }

    public int countAtLevel(int level) {
        return recovered.roots().stream().mapToInt(root -> root.countAtLevel(level)).sum();
    }

    public int leafCount() {
        return recovered.roots().stream().mapToInt(RecoveredNode::leafCount).sum();
    }
}
