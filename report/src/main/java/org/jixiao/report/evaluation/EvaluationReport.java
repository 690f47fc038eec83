package org.jixiao.report.evaluation;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.jixiao.core.evaluation.EvaluationResult;
import org.jixiao.report.document.ReportDocument;
import org.jixiao.report.html.HtmlRenderer;
import org.jixiao.report.word.DefaultTemplate;
import org.jixiao.report.word.WordRenderer;

/** The department evaluation report as Word (from a template) or HTML. */
public final class EvaluationReport {
    /** The text tags a template may use, with what they hold (documented in docs/report-templates.md). */
    public static final List<String[]> COVER = List.of(
            new String[] {"", "title"},
            new String[] {"被评价部门", "department"},
            new String[] {"委托单位", "client"},
            new String[] {"评价机构", "agency"},
            new String[] {"", "report_date"});
    private static final Set<String> BLOCK_TAGS = Arrays.stream(ReportPart.values()).map(ReportPart::tag).collect(Collectors.toUnmodifiableSet());
    private static final byte[] DEFAULT_TEMPLATE = DefaultTemplate.create(COVER,
            Arrays.stream(ReportPart.values()).map(ReportPart::tag).toList());

    private EvaluationReport() {}

    /** The default template, for an agency to restyle. */
    public static byte[] defaultTemplate() {
        return DEFAULT_TEMPLATE.clone();
    }

    public static byte[] docx(EvaluationResult result) throws IOException {
        return docx(result, DEFAULT_TEMPLATE);
    }

    /** Renders into a user template: its block tags decide which parts appear and in what order (and so the numbering). */
    public static byte[] docx(EvaluationResult result, byte[] template) throws IOException {
        return WordRenderer.render(template, BLOCK_TAGS, order -> EvaluationReportBuilder.build(result,
                order.stream().map(tag -> ReportPart.fromTag(tag).orElseThrow()).toList()));
    }

    public static String html(EvaluationResult result) {
        ReportDocument document = EvaluationReportBuilder.build(result);
        Map<String, String> values = document.values();
        List<String[]> cover = COVER.stream().map(line -> new String[] {line[0], values.get(line[1])}).toList();
        return HtmlRenderer.render(document, cover);
    }
}
