package org.jixiao.formats.selfeval;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import org.jixiao.core.review.Finding;
import org.jixiao.core.selfeval.BudgetBlock;
import org.jixiao.core.selfeval.FundRow;
import org.jixiao.core.selfeval.IndicatorRow;
import org.jixiao.core.selfeval.SelfEvalTable;
import org.jixiao.core.selfeval.Source;
import org.jixiao.core.selfeval.SummaryRow;
import org.jixiao.formats.dataset.DatasetException;
import org.jixiao.formats.dataset.DatasetProblem;

/**
 * A batch of self-evaluation tables written as text ({@code format: jixiao.selfeval/1}): a compact source from which
 * {@code jixiao selfeval convert} writes the workbook. Values are the texts a unit types into the cells.
 */
public final class SelfEvalYaml {
    public static final String FORMAT = "jixiao.selfeval/1";

    private SelfEvalYaml() {}

    /** The batch: the tables, the 汇总表 rows, and the summary's title and department. */
    public record Batch(String department, String summaryTitle, List<SummaryRow> summary, List<SelfEvalTable> tables) {}

    public static Batch read(Path file) throws DatasetException {
        String name = file.toString();
        JsonNode root;
        try {
            root = new ObjectMapper(new YAMLFactory()).readTree(file.toFile());
        } catch (IOException e) {
            throw new DatasetException(new DatasetProblem(name, 0, "", true, "无法读取：" + e.getMessage()));
        }
        if (root == null || !FORMAT.equals(root.path("format").asText())) {
            throw new DatasetException(new DatasetProblem(name, 0, "/format", true, "应为 format: " + FORMAT));
        }
        List<DatasetProblem> problems = new ArrayList<>();
        List<SummaryRow> summary = new ArrayList<>();
        JsonNode rows = root.path("summary");
        for (int i = 0; i < rows.size(); i++) {
            JsonNode row = rows.get(i);
            summary.add(new SummaryRow(row.path(0).asInt(), row.path(1).asText(), decimal(row.path(2), name, "/summary/" + i + "/2", problems),
                    row.path(3).asText(), null, null, null, null));
        }
        List<SelfEvalTable> tables = new ArrayList<>();
        JsonNode list = root.path("tables");
        for (int t = 0; t < list.size(); t++) {
            JsonNode node = list.get(t);
            String at = "/tables/" + t;
            JsonNode budget = node.path("budget");
            FundRow[] funds = new FundRow[4];
            String[] keys = {"total", "fiscal", "carry_over", "other"};
            for (int k = 0; k < 4; k++) {
                JsonNode f = budget.path(keys[k]);
                String p = at + "/budget/" + keys[k];
                funds[k] = f.isMissingNode() ? FundRow.ZERO : new FundRow(decimal(f.path(0), name, p + "/0", problems),
                        decimal(f.path(1), name, p + "/1", problems), decimal(f.path(2), name, p + "/2", problems));
            }
            String rateText = budget.path("rate").asText("").replace("%", "").strip();
            BigDecimal rate = rateText.isEmpty() ? null : CellValues.number(rateText);
            LayoutFamilies families = LayoutFamilies.builtIn();
            IndicatorCells cells = new IndicatorCells(families.directions, families.verdicts, false);
            List<IndicatorRow> indicators = new ArrayList<>();
            JsonNode items = node.path("indicators");
            for (int i = 0; i < items.size(); i++) {
                JsonNode r = items.get(i);
                String p = at + "/indicators/" + i;
                indicators.add(cells.row(r.path(0).asText(), r.path(1).asText(), r.path(2).asText(), "", r.path(3).asText(), "",
                        r.path(4).asText(), new IndicatorCells.Number(decimal(r.path(5), name, p + "/5", problems), r.path(5).asText("")),
                        new IndicatorCells.Number(decimal(r.path(6), name, p + "/6", problems), r.path(6).asText("")), r.path(7).asText("")));
            }
            tables.add(new SelfEvalTable(node.path("project").asText(), node.path("department").asText(), node.path("implementer").asText(),
                    new BudgetBlock(funds[0], funds[1], funds[2], funds[3], decimal(budget.path("weight"), name, at + "/budget/weight", problems),
                            rate, decimal(budget.path("score"), name, at + "/budget/score", problems)),
                    node.path("goal_expected").asText(""), node.path("goal_achieved").asText(""), indicators,
                    decimal(node.path("total"), name, at + "/total", problems), node.path("explanation").asText(""), Source.NONE));
        }
        if (!problems.isEmpty()) {
            throw new DatasetException(problems);
        }
        return new Batch(root.path("department").asText(""), root.path("summary_title").asText("项目支出绩效自评情况汇总表"), summary, tables);
    }

    private static BigDecimal decimal(JsonNode node, String file, String pointer, List<DatasetProblem> problems) {
        if (node.isMissingNode() || node.isNull() || node.asText().isBlank()) {
            return null;
        }
        BigDecimal value = CellValues.number(node.asText());
        if (value == null) {
            problems.add(new DatasetProblem(file, 0, pointer, true, "应为数值，实际为“" + node.asText() + "”"));
        }
        return value;
    }
}
