package org.jixiao.formats.review;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.jixiao.core.review.Quote;
import org.jixiao.core.review.RecoveredReport;
import org.jixiao.core.review.Where;
import org.jixiao.core.review.ReportReview;
import org.jixiao.core.review.ReviewResult;
import org.jixiao.formats.disclosure.DisclosureDocuments;
import org.jixiao.formats.document.DocumentReadException;
import org.jixiao.formats.document.Documents;
import org.jixiao.formats.document.SourceDocument;
import org.jixiao.formats.reportreader.ReportReadException;
import org.jixiao.formats.reportreader.ReportReader;
import org.jixiao.formats.selfeval.SelfEvalDocuments;

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
        DocumentKind kind = DocumentKinds.of(document);
        if (kind == DocumentKind.UNKNOWN) {
            throw new DocumentReadException(document.name() + "：看不出是绩效评价报告、绩效自评表或决算/预算公开文件（没有得分表、评价结论或决算表），无法复核");
        }
        if (kind == DocumentKind.FINAL_ACCOUNTS || kind == DocumentKind.BUDGET) {
            return DisclosureDocuments.review(document);
        }
        if (kind == DocumentKind.SELF_EVALUATION) {
            // 项目支出绩效自评表: read by the self-evaluation layouts; a document where none is found goes on as a report
            SelfEvalDocuments.Reviewed selfEvaluation = SelfEvalDocuments.review(document);
            if (selfEvaluation != null) {
                List<TableSummary> tables = new ArrayList<>();
                for (SelfEvalDocuments.TableInfo info : selfEvaluation.blocks()) {
                    tables.add(new TableSummary(info.index(), info.where(), info.caption(), info.role(), info.rows(), info.columns()));
                }
                return new ReviewedDocument(document.name(), document.format(), document.pages(), kind, tables,
                        withNotes(selfEvaluation.result(), document));
            }
        }
        ReportReader.Result read;
        try {
            read = ReportReader.read(document);
        } catch (ReportReadException e) {
            // a document of a known kind in which nothing checkable was found: say so, do not refuse it
            RecoveredReport empty = new RecoveredReport(document.name(), List.of(), List.of(), List.of(), null, List.of(), List.of(), List.of(),
                    List.of(new RecoveredReport.Unread(new Quote(Where.NOWHERE, document.name()), "没有找到可复算的内容（得分表、“该指标分值…”句式、"
                            + "综合得分或有数据的比率），未核对；" + kind.label() + "的其他内容需人工核对")),
                    List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), true);
            ReviewResult result = ReportReview.review(empty);
            return new ReviewedDocument(document.name(), document.format(), document.pages(), kind, List.of(), withNotes(result, document));
        }
        ReviewResult result = ReportReview.review(read.report());
        List<TableSummary> tables = new ArrayList<>();
        for (ReportReader.TableInfo info : read.tables()) {
            tables.add(new TableSummary(info.number(), info.where(), info.caption(), info.role(), info.rows(), info.columns()));
        }
        return new ReviewedDocument(document.name(), document.format(), document.pages(), kind, tables, withNotes(result, document));
    }

    /** What the file reader noticed (a nested table, an image-only page) joins the list of what was not checked. */
    private static ReviewResult withNotes(ReviewResult result, SourceDocument document) {
        if (document.notes().isEmpty()) {
            return result;
        }
        List<RecoveredReport.Unread> notes = new ArrayList<>(result.unread());
        for (String note : document.notes()) {
            notes.add(new RecoveredReport.Unread(new Quote(Where.NOWHERE, document.name()), note));
        }
        return new ReviewResult(result.document(), result.findings(), notes, result.recovered());
    }
}
