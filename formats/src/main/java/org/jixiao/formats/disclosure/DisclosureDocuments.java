package org.jixiao.formats.disclosure;

import java.util.ArrayList;
import java.util.List;

import org.jixiao.core.disclosure.DisclosureReview;
import org.jixiao.core.disclosure.Statement;
import org.jixiao.core.review.Quote;
import org.jixiao.core.review.RecoveredReport;
import org.jixiao.core.review.ReviewResult;
import org.jixiao.core.review.Where;
import org.jixiao.formats.document.Cell;
import org.jixiao.formats.document.SourceDocument;
import org.jixiao.formats.document.TableBlock;
import org.jixiao.formats.document.TextBlock;
import org.jixiao.formats.review.DocumentKind;
import org.jixiao.formats.review.ReviewedDocument;

/**
 * The review of a published 决算 or 预算 disclosure as one document of {@code jixiao review}: read by
 * {@link DisclosureReader}, reviewed by {@link DisclosureReview}, with what the reader and the review could not read or
 * check joined into one list.
 */
public final class DisclosureDocuments {
    private DisclosureDocuments() {}

    /**
     * Whether a document is a 决算 or 预算 disclosure, from its table titles and its own title: two standard table titles,
     * one under a title that says 部门/单位决算 or 预算, or one table published alone — the document opens with its title,
     * which says 决算 or 预算 or names the “三公”经费. Null when it is not one.
     */
    public static Statement recognise(SourceDocument document) {
        java.util.Set<org.jixiao.core.disclosure.TableRole> roles = java.util.EnumSet.noneOf(org.jixiao.core.disclosure.TableRole.class);
        int budget = 0;
        int accounts = 0;
        Statement titled = null;
        for (String key : DisclosureReader.titleLines(document)) {
            if (titled == null && key.length() <= 80 && key.matches(".*(?:部门|单位)(?:决算|预算)(?:公开)?(?:情况说明)?$")) {
                titled = key.matches(".*(?:部门|单位)决算.*") ? Statement.FINAL_ACCOUNTS : Statement.BUDGET;
            }
        }
        boolean openedBy = false; // a table title among the first blocks that names 决算/预算 or the “三公” itself
        int index = 0;
        for (var block : document.blocks()) {
            index++;
            List<String> lines = new ArrayList<>();
            if (block instanceof TextBlock paragraph) {
                lines.add(paragraph.text());
            } else {
                TableBlock table = (TableBlock) block;
                for (int r = 0; r < Math.min(2, table.rowCount()); r++) {
                    Cell cell = table.cellAt(r, 0);
                    if (cell != null) {
                        lines.add(cell.text());
                    }
                }
            }
            for (String line : lines) {
                if (line.length() > 80) {
                    continue;
                }
                DisclosureWords.Title title = DisclosureWords.title(line);
                if (title != null) {
                    if (index <= 6 && (title.statement() != null || title.role() == org.jixiao.core.disclosure.TableRole.THREE_PUBLIC)) {
                        openedBy = true;
                    }
                    roles.add(title.role());
                    if (title.statement() == Statement.BUDGET) {
                        budget++;
                    } else if (title.statement() == Statement.FINAL_ACCOUNTS) {
                        accounts++;
                    }
                }
            }
        }
        // a table published on its own (a “三公” table, a 收入支出决算总表 alone): the document opens with its title
        if (roles.size() >= 2 || !roles.isEmpty() && (titled != null || openedBy)) {
            return titled != null ? titled : budget > accounts ? Statement.BUDGET : Statement.FINAL_ACCOUNTS;
        }
        return null;
    }

    /** Whether a document speaks of 决算 or 预算 at all (a 情况说明 published without its tables does). */
    public static boolean speaksOfAccounts(SourceDocument document) {
        for (TextBlock paragraph : document.paragraphs()) {
            if (paragraph.text().contains("决算") || paragraph.text().contains("预算")) {
                return true;
            }
        }
        return false;
    }

    public static ReviewedDocument review(SourceDocument document) {
        DisclosureReader.Result read = DisclosureReader.read(document);
        ReviewResult review = DisclosureReview.review(read.disclosure());
        List<RecoveredReport.Unread> unread = new ArrayList<>(read.unread());
        unread.addAll(review.unread());
        if (read.disclosure().tables().isEmpty()) {
            unread.add(0, new RecoveredReport.Unread(new Quote(Where.NOWHERE, document.name()),
                    "没有找到可识别的" + read.disclosure().statement().word() + "公开表（收入支出决算总表、“三公”经费支出表等），只核对了情况说明的文字"));
        }
        for (String note : document.notes()) {
            unread.add(new RecoveredReport.Unread(new Quote(Where.NOWHERE, document.name()), note));
        }
        DocumentKind kind = read.disclosure().statement() == Statement.BUDGET ? DocumentKind.BUDGET : DocumentKind.FINAL_ACCOUNTS;
        return new ReviewedDocument(document.name(), document.format(), document.pages(), kind, read.tables(),
                new ReviewResult(review.document(), review.findings(), unread, null));
    }
}
