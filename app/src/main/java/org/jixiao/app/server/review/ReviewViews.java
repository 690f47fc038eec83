package org.jixiao.app.server.review;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonRawValue;

import org.jixiao.app.server.audit.AuditEntry;
import org.jixiao.app.server.organisation.OrganisationRef;

/**
 * The JSON answers of the review API. A document's findings are sent as they were stored ({@code result}, schema
 * {@code jixiao-review/1}, as {@code jixiao review --format json} prints one document): the browser shows them as they
 * are.
 */
public final class ReviewViews {
    private ReviewViews() {}

    /**
     * One row of the list: the file, what it was recognised as and the counts of its current review.
     *
     * @param notes     提示 (warnings and rounding notes)
     * @param unchecked 未能核对
     */
    public record Summary(long id, String fileName, long fileSize, OrganisationRef organisation, String format, String kind, int pages,
            int errors, int notes, int unchecked, int revision, String createdBy, Instant createdAt, Instant reviewedAt) {}

    /**
     * One reviewed document with one of its reviews.
     *
     * @param revision        the review shown (1 = on upload)
     * @param currentRevision the latest review
     * @param mayRerun        whether the user may review the kept file again (重新复核)
     * @param mayDelete       whether the user may delete it
     * @param result          the stored review of the document (jixiao-review/1), as the user saw it
     */
    public record Detail(long id, String fileName, long fileSize, String sha256, OrganisationRef organisation, String createdBy,
            Instant createdAt, int revision, int currentRevision, String format, String kind, int pages, int errors, int notes,
            int unchecked, String reviewedBy, Instant reviewedAt, boolean mayRerun, boolean mayDelete, List<RevisionView> revisions,
            String schema, @JsonRawValue String result) {}

    /** One review of the document: its number, its counts, who ran it when. */
    public record RevisionView(int revision, int errors, int notes, int unchecked, String reviewedBy, Instant reviewedAt) {}

    /** An entry of the document's history (upload, 重新复核, deletion). */
    public record HistoryEntry(long id, Instant at, String username, String action, String actionLabel, String oldValue, String newValue,
            String reason) {
        static HistoryEntry of(AuditEntry e) {
            return new HistoryEntry(e.id(), e.at(), e.username(), e.action().name(), e.action().label(), e.oldValue(), e.newValue(),
                    e.reason());
        }
    }
}
