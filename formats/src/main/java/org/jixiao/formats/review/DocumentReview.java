package org.jixiao.formats.review;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.jixiao.core.review.RecoveredReport;
import org.jixiao.core.review.ReportReview;
import org.jixiao.core.review.ReviewResult;
import org.jixiao.formats.document.Block;
import org.jixiao.formats.document.DocumentReadException;
import org.jixiao.formats.document.Documents;
import org.jixiao.formats.document.SourceDocument;
import org.jixiao.formats.document.TableBlock;
import org.jixiao.formats.document.TextBlock;
import org.jixiao.formats.reportreader.ReportReadException;
import org.jixiao.formats.reportreader.ReportReader;
import org.jixiao.formats.reportreader.ReportText;

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
        List<String> lines = new ArrayList<>();
        List<TableSummary> tables = new ArrayList<>();
        int index = 0;
        for (Block block : document.blocks()) {
            if (block instanceof TextBlock text) {
                lines.add(text.text());
            } else if (block instanceof TableBlock table) {
                index++;
                tables.add(new TableSummary(index, table.where(), null, "表格", table.rowCount(), table.columnCount()));
                lines.add("");
                for (int row = 0; row < table.rowCount(); row++) {
                    lines.add(String.join("\t", table.rowTexts(row)).replace('\n', ' '));
                }
                lines.add("");
            }
        }
        RecoveredReport recovered;
        try {
            recovered = ReportReader.read(new ReportText(document.name(), lines));
        } catch (ReportReadException e) {
            throw new DocumentReadException(e.getMessage(), e);
        }
        ReviewResult result = ReportReview.review(recovered);
        return new ReviewedDocument(document.name(), document.format(), document.pages(), DocumentKind.EVALUATION_REPORT, tables, result);
    }
}
