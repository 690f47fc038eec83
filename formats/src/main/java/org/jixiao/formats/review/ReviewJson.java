package org.jixiao.formats.review;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import org.jixiao.core.review.Finding;
import org.jixiao.core.review.Location;
import org.jixiao.core.review.RecoveredReport;
import org.jixiao.core.review.ReviewResult;
import org.jixiao.core.review.Severity;
import org.jixiao.core.review.Where;

/**
 * The review as JSON for other programs: one schema ({@value #SCHEMA}) for every review command, documented in
 * docs/review.md. Every finding has a {@code severity} of {@code error} (the document contradicts itself),
 * {@code note} (rounding, a hint, a warning) or {@code unchecked} (what could not be read or verified, with its reason).
 */
public final class ReviewJson {
    public static final String SCHEMA = "jixiao-review/1";
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ReviewJson() {}

    /** Several documents reviewed in one run; {@code failures} are the files that could not be read, with their message. */
    public static String write(List<ReviewedDocument> documents, Map<String, String> failures) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("schema", SCHEMA);
        List<Object> list = new ArrayList<>();
        for (ReviewedDocument document : documents) {
            list.add(document(document));
        }
        root.put("documents", list);
        List<Object> refused = new ArrayList<>();
        failures.forEach((file, message) -> {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("document", file);
            item.put("message", message);
            refused.add(item);
        });
        root.put("unreadable", refused);
        try {
            return MAPPER.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Map<String, Object> document(ReviewedDocument document) {
        ReviewResult result = document.result();
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("document", document.name());
        map.put("format", document.format().label());
        map.put("kind", document.kind().label());
        map.put("pages", document.pages());
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("errors", result.count(Severity.ERROR));
        summary.put("notes", result.count(Severity.WARNING) + result.count(Severity.INFO));
        summary.put("unchecked", result.unread().size());
        summary.put("tables", document.tables().size());
        if (result.recovered() != null) {
            RecoveredReport report = result.recovered();
            Map<String, Object> indicators = new LinkedHashMap<>();
            String[] names = {"一级", "二级", "三级", "四级", "五级"};
            for (int level = 1; level <= names.length; level++) {
                int count = result.countAtLevel(level);
                if (count > 0) {
                    indicators.put(names[level - 1], count);
                }
            }
            summary.put("indicators", indicators);
            summary.put("leaves", result.leafCount());
            report.totals().stream().filter(total -> total.score() != null).findFirst()
                    .ifPresent(total -> summary.put("statedTotal", total.score().toPlainString()));
            report.totals().stream().filter(total -> total.grade() != null).findFirst()
                    .ifPresent(total -> summary.put("statedGrade", total.grade()));
        }
        map.put("summary", summary);
        List<Object> tables = new ArrayList<>();
        for (TableSummary table : document.tables()) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("index", table.index());
            item.put("where", table.where().describe());
            item.put("caption", table.caption());
            item.put("role", table.role());
            item.put("rows", table.rows());
            item.put("columns", table.columns());
            tables.add(item);
        }
        map.put("tables", tables);
        List<Object> findings = new ArrayList<>();
        for (Finding finding : result.findings()) {
            findings.add(finding(finding));
        }
        for (RecoveredReport.Unread item : result.unread()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("severity", "unchecked");
            entry.put("rule", "UNCHECKED");
            entry.put("location", where(item.quote().where(), null, null));
            entry.put("message", item.reason());
            entry.put("quotation", item.quote().text());
            findings.add(entry);
        }
        map.put("findings", findings);
        return map;
    }

    public static Map<String, Object> finding(Finding finding) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("severity", severity(finding.severity()));
        map.put("level", finding.severity().label());
        map.put("rule", finding.code());
        map.put("ruleText", finding.rule());
        Location location = finding.location();
        map.put("location", where(location.where(), location.part(), location.item()));
        map.put("printed", finding.printed());
        map.put("recomputed", finding.expected());
        map.put("message", finding.message());
        map.put("quotation", finding.quotation());
        return map;
    }

    /** error for ERROR; note for warnings and rounding notes: only a contradiction is an error. */
    public static String severity(Severity severity) {
        return severity == Severity.ERROR ? "error" : "note";
    }

    private static Map<String, Object> where(Where where, String part, String item) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("text", where.describe());
        map.put("part", part);
        map.put("item", item);
        map.put("page", where.page());
        map.put("line", where.line());
        map.put("paragraph", where.paragraph());
        map.put("table", where.table());
        map.put("row", where.row());
        map.put("column", where.column());
        return map;
    }
}
