package org.jixiao.app.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jixiao.formats.dataset.DatasetProblem;
import org.jixiao.formats.dataset.DatasetReader;

/** The report's printed figures against the computed ones, as `score` and `validate` show them. */
final class PrintedFiguresOutput {
    private PrintedFiguresOutput() {}

    static void print(DatasetReader.Read read, PrintWriter out) {
        if (read.printedChecked() == 0) {
            return;
        }
        out.println();
        out.println("报告印数核对：共 " + read.printedChecked() + " 个印数，" + (read.printedDifferences().isEmpty() ? "全部与计算一致"
                : read.printedDifferences().size() + " 处与计算不一致："));
        for (DatasetProblem d : read.printedDifferences()) {
            out.println("  " + located(d));
        }
    }

    static String located(DatasetProblem d) {
        return d.file() + (d.line() > 0 ? " 第 " + d.line() + " 行" : "") + " (" + d.field() + ")：" + d.message();
    }

    static Map<String, Object> json(DatasetReader.Read read) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("checked", read.printedChecked());
        List<Map<String, Object>> differences = read.printedDifferences().stream().map(d -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("field", d.field());
            row.put("line", d.line());
            row.put("message", d.message());
            return row;
        }).toList();
        json.put("differences", differences);
        return json;
    }
}
