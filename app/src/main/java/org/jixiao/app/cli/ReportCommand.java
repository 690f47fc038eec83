package org.jixiao.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.jixiao.core.evaluation.EvaluationResult;
import org.jixiao.formats.dataset.DatasetReader;
import org.jixiao.report.evaluation.EvaluationReport;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"生成部门整体绩效评价报告（Word .docx 或 HTML 预览）：表格、图表和格式化语句全部由数据计算生成。",
                "  jixiao report examples/weihai-econ-2022.yaml -o 报告.docx",
                "  jixiao report examples/weihai-econ-2022.yaml --format html -o 报告.html",
                "  jixiao report --export-template 模板.docx        （导出默认模板，修改样式后用 --template 使用）"})
final class ReportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "<dataset>", arity = "0..1", description = "评价数据文件（.yaml 或 .json）")
    Path dataset;

    @Option(names = {"-o", "--output"}, description = "输出文件（默认：与数据文件同名的 .docx 或 .html）")
    Path output;

    @Option(names = "--format", description = "docx（默认）或 html；省略时按输出文件扩展名判断")
    String format;

    @Option(names = "--template", description = "自定义 Word 模板（.docx，标签见 docs/report-templates.md）")
    Path template;

    @Option(names = "--export-template", paramLabel = "<file>", description = "把默认模板写到此文件后退出")
    Path exportTemplate;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (exportTemplate != null) {
            Files.write(exportTemplate, EvaluationReport.defaultTemplate());
            out.println("已导出默认模板：" + exportTemplate);
            return ExitCodes.OK;
        }
        if (dataset == null) {
            err.println("缺少评价数据文件：jixiao report <dataset> -o 报告.docx");
            return ExitCodes.BAD_INPUT;
        }
        String kind = format != null ? format.toLowerCase(Locale.ROOT)
                : output != null && output.toString().toLowerCase(Locale.ROOT).endsWith(".html") ? "html" : "docx";
        if (!kind.equals("docx") && !kind.equals("html")) {
            err.println("不支持的格式“" + format + "”：可选 docx 或 html");
            return ExitCodes.BAD_INPUT;
        }
        DatasetReader.Read read = DatasetLoading.load(dataset, err, true);
        if (read == null) {
            return ExitCodes.BAD_INPUT;
        }
        EvaluationResult result = read.score();
        Path target = output != null ? output : Path.of(baseName(dataset) + "." + kind);
        if (kind.equals("html")) {
            Files.writeString(target, EvaluationReport.html(result), StandardCharsets.UTF_8);
        } else {
            byte[] templateBytes;
            if (template == null) {
                templateBytes = EvaluationReport.defaultTemplate();
            } else {
                try {
                    templateBytes = Files.readAllBytes(template);
                } catch (NoSuchFileException e) {
                    err.println(template + ": 模板文件不存在");
                    return ExitCodes.BAD_INPUT;
                }
            }
            byte[] docx;
            try {
                docx = EvaluationReport.docx(result, templateBytes);
            } catch (RuntimeException | IOException e) {
                if (template == null) {
                    throw e;
                }
                err.println(template + ": 不是可用的 Word 模板（.docx）：" + e.getMessage());
                return ExitCodes.BAD_INPUT;
            }
            Files.write(target, docx);
        }
        out.println("已生成报告：" + target + "（综合得分 " + result.totalScore().toPlainString() + " 分，" + result.grade() + "）");
        return ExitCodes.OK;
    }

    private static String baseName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
