package org.jixiao.formats.review;

import java.util.List;

import org.jixiao.core.review.ReviewResult;
import org.jixiao.formats.document.SourceDocument;

/**
 * The review of one document: what the file was, what kind of document it is, the tables found in it, and the
 * findings (errors, notes) and what could not be checked.
 */
public record ReviewedDocument(String name, SourceDocument.Format format, int pages, DocumentKind kind, List<TableSummary> tables,
                               ReviewResult result) {
    public ReviewedDocument {
        tables = List.copyOf(tables);
    }
}
