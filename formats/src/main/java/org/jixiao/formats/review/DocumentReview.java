package org.jixiao.formats.review;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.jixiao.core.review.RecoveredReport;
import org.jixiao.core.review.ReportReview;
import org.jixiao.core.review.ReviewResult;
import org.jixiao.formats.document.DocumentReadException;
import org.jixiao.formats.document.Documents;
import org.jixiao.formats.document.SourceDocument;
import org.jixiao.formats.reportreader.ReportReadException;
import org.jixiao.formats.reportreader.ReportReader;

/**
 * The one entry point of the review of other people's documents: any supported file in, its kind recognised, the
 * review of that kind run, one {@link ReviewedDocument} out.
 */
public final class DocumentReview {
    private DocumentReview() {}

    public static ReviewedDocument review(Path file) throws DocumentReadException {
        return review(Documents.read(file));
    }

    public static ReviewedDocument review(String name, byte[] bytes) throws DocumentReadException {
        return review(Documents.read(name, bytes));
    }

    public static ReviewedDocument review(SourceDocument document) throws DocumentReadException {
        ReportReader.Result read;
        try {
            read = ReportReader.read(document);
        } catch (ReportReadException e) {
            throw new DocumentReadException(e.getMessage(), e);
        }
        ReviewResult result = ReportReview.review(read.report());
        List<TableSummary> tables = new ArrayList<>();
        for (ReportReader.TableInfo info : read.tables()) {
            tables.add(new TableSummary(info.number(), info.where(), info.caption(), info.role(), info.rows(), info.columns()));
        }
        List<RecoveredReport.Unread> notes = new ArrayList<>(result.unread());
        for (String note : document.notes()) {
            notes.add(new RecoveredReport.Unread(new org.jixiao.core.review.Quote(org.jixiao.core.review.Where.NOWHERE, document.name()), note));
        }
        result = new ReviewResult(result.document(), result.findings(), notes, result.recovered());
        return new ReviewedDocument(document.name(), document.format(), document.pages(), DocumentKind.EVALUATION_REPORT, tables, result);
    }
}
