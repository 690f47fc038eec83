package org.jixiao.formats.selfeval;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.jixiao.core.review.Finding;
import org.jixiao.core.review.Location;
import org.jixiao.core.review.Quote;
import org.jixiao.core.review.RecoveredNode;
import org.jixiao.core.review.RecoveredReport;
import org.jixiao.core.review.ReviewResult;
import org.jixiao.core.review.Where;
import org.jixiao.core.grade.GradeScheme;
import org.jixiao.core.selfeval.Field;
import org.jixiao.core.selfeval.IndicatorScore;
import org.jixiao.core.selfeval.SelfEvalReview;
import org.jixiao.core.selfeval.SelfEvalScore;
import org.jixiao.core.selfeval.SelfEvalScorer;
import org.jixiao.core.selfeval.SelfEvalTable;
import org.jixiao.core.selfeval.SummaryRow;
import org.jixiao.formats.document.Block;
import org.jixiao.formats.document.TableBlock;
import org.jixiao.formats.document.TextBlock;
import org.jixiao.formats.document.SourceDocument;

/**
 * Self-evaluation tables in a document (.docx, PDF, HTML, text — whatever the shared reader made of it): each table
 * read by the layout families like a sheet, a table continued on the next page joined to it, several tables on one page
 * told apart, a 汇总表 (序号 | 项目名称 | 自评得分 | 自评等级) read as the summary. The paragraphs before a table give its
 * title, a "项目名称：…" line and the grade bands it states.
 */
public final class SelfEvalDocuments {
    private SelfEvalDocuments() {}

    /** One table of the document as read: which block, where, its size, and whether it was a self-evaluation table. */
    public record TableInfo(int index, Where where, String caption, String role, int rows, int columns) {}

    /** What a document holds: its tables, its summary rows and the tables it has (for the review's list of tables). */
    public record Read(String document, List<SelfEvalTable> tables, List<SummaryRow> summary, List<TableInfo> blocks) {}

    public static Read read(SourceDocument document) {
        return read(document, LayoutFamilies.builtIn());
    }

    static Read read(SourceDocument document, LayoutFamilies families) {
        TableReader reader = new TableReader(families, document.name());
        List<String> context = new ArrayList<>();
        List<SummaryRow> summary = new ArrayList<>();
        List<TableInfo> blocks = new ArrayList<>();
        int index = 0;
        for (Block block : document.blocks()) {
            if (block instanceof TextBlock paragraph) {
                context.add(paragraph.text());
                if (context.size() > 8) {
                    context.remove(0);
                }
                continue;
            }
            TableBlock table = (TableBlock) block;
            index++;
            BlockGrid grid = new BlockGrid(table);
            String part = "第 " + index + " 个表格";
            String caption = context.isEmpty() ? null : context.get(context.size() - 1);
            String role;
            if (summaryRows(grid, document.name(), part, summary)) {
                role = "自评汇总表";
            } else if (reader.grid(grid, part, List.copyOf(context))) {
                role = "项目支出绩效自评表";
            } else {
                role = "未使用";
            }
            blocks.add(new TableInfo(index, table.where(), caption, role, table.rowCount(), table.columnCount()));
            context.clear();
        }
        return new Read(document.name(), reader.finish(), summary, blocks);
    }

    /** A 汇总表: a header 序号 | 项目名称 | …得分 | …等级, then one row per project. */
    private static boolean summaryRows(Grid grid, String document, String part, List<SummaryRow> summary) {
        int header = -1;
        int name = -1;
        int score = -1;
        int grade = -1;
        for (int r = 0; r < Math.min(grid.rows(), 4) && header < 0; r++) {
            name = -1;
            score = -1;
            grade = -1;
            for (int c = 0; c < grid.columns(); c++) {
                String key = Words.key(grid.text(r, c));
                if (key.equals("项目名称")) {
                    name = c;
                } else if (key.contains("得分") && score < 0) {
                    score = c;
                } else if (key.contains("等级") && grade < 0) {
                    grade = c;
                }
            }
            if (name >= 0 && score > name && Words.key(grid.text(r, 0)).equals("序号") && grid.columns() <= 6) {
                header = r;
            }
        }
        if (header < 0) {
            return false;
        }
        for (int r = header + 1; r < grid.rows(); r++) {
            String project = grid.text(r, name);
            BigDecimal value = CellValues.number(grid.text(r, score));
            if (project.isEmpty() || value == null) {
                continue;
            }
            BigDecimal seq = CellValues.number(grid.text(r, 0));
            summary.add(new SummaryRow(seq == null ? 0 : seq.intValue(), project, value, grade >= 0 ? grid.text(r, grade) : "", document,
                    part, grid.address(r, score), grade >= 0 ? grid.address(r, grade) : null));
        }
        return true;
    }

    /** The review of the tables a document holds, in the shared findings shape. */
    public record Reviewed(ReviewResult result, List<SelfEvalScore> scores, List<TableInfo> blocks) {}

    /**
     * Scores and reviews every table of the document; "not checkable" rows become the review's 未能核对 list; the summary
     * rows are checked against the tables. Null when the document holds no self-evaluation table.
     */
    public static Reviewed review(SourceDocument document) {
        Read read = read(document);
        if (read.tables().isEmpty()) {
            return null;
        }
        SelfEvalScorer scorer = SelfEvalScorer.standard();
        SelfEvalReview review = SelfEvalReview.standard();
        List<Finding> findings = new ArrayList<>();
        List<RecoveredReport.Unread> unread = new ArrayList<>();
        List<SelfEvalScore> scores = new ArrayList<>();
        java.util.Map<String, SelfEvalReview.TableTotal> totals = new java.util.HashMap<>();
        for (SelfEvalTable table : read.tables()) {
            SelfEvalScore score = scorer.score(table);
            scores.add(score);
            totals.put(table.project().strip(), SelfEvalReview.TableTotal.of(score));
            for (Finding finding : review.review(score)) {
                if (finding.code().equals(SelfEvalReview.UNCHECKED)) {
                    unread.add(new RecoveredReport.Unread(new Quote(finding.location().where(), quote(finding)), finding.message()));
                } else {
                    findings.add(finding);
                }
            }
        }
        findings.addAll(SelfEvalReview.reviewSummary(read.summary(), totals, GradeScheme.standard()));
        return new Reviewed(new ReviewResult(document.name(), findings, unread, recovered(document.name(), scores)), scores, read.blocks());
    }

    private static String quote(Finding finding) {
        Location location = finding.location();
        return location.part() == null ? finding.message() : location.part() + (location.item() == null ? "" : " " + location.item());
    }

    /** The tables as the review's summary shows them: each table a tree of 一级 and their indicators, with its 总分. */
    private static RecoveredReport recovered(String document, List<SelfEvalScore> scores) {
        List<List<RecoveredNode>> trees = new ArrayList<>();
        List<RecoveredReport.StatedTotal> totals = new ArrayList<>();
        for (SelfEvalScore score : scores) {
            SelfEvalTable table = score.table();
            Where at = table.source().cells().where(Field.PROJECT, -1);
            List<RecoveredNode> roots = new ArrayList<>();
            String level1 = null;
            List<RecoveredNode> children = new ArrayList<>();
            for (IndicatorScore indicator : score.indicators()) {
                String name = indicator.row().level1().isEmpty() ? indicator.row().category().label() : indicator.row().level1();
                if (level1 != null && !level1.equals(name)) {
                    roots.add(new RecoveredNode(level1, 1, null, null, null, null, new Quote(at, level1), children));
                    children = new ArrayList<>();
                }
                level1 = name;
                children.add(new RecoveredNode(indicator.row().name(), 2, indicator.row().weight(), null, indicator.recorded(), null,
                        new Quote(table.source().cells().where(Field.INDICATOR_NAME, indicator.index()), indicator.row().name()), List.of()));
            }
            if (level1 != null) {
                roots.add(new RecoveredNode(level1, 1, null, null, null, null, new Quote(at, level1), children));
            }
            trees.add(roots);
            if (table.printedTotal() != null) {
                totals.add(new RecoveredReport.StatedTotal(table.printedTotal(), table.details().printedGrade(),
                        new Quote(table.source().cells().where(Field.TOTAL, -1), "“" + table.project() + "”总分"), totals.isEmpty()));
            }
        }
        List<RecoveredNode> first = trees.isEmpty() ? List.of() : trees.get(0);
        return new RecoveredReport(document, first, List.of(), totals, null, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), trees.size() > 1 ? trees.subList(1, trees.size()) : List.of(), List.of(), List.of(), true);
    }
}
