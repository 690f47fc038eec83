package org.jixiao.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.jixiao.core.review.Finding;
import org.jixiao.core.review.RecoveredReport;
import org.jixiao.core.review.ReportReview;
import org.jixiao.core.review.ReviewResult;
import org.jixiao.core.review.Severity;
import org.jixiao.formats.reportreader.ReportReadException;
import org.jixiao.formats.reportreader.ReportReader;
import org.jixiao.formats.reportreader.ReportTextLoader;
import org.jixiao.report.review.FindingsDocument;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "review", mixinStandardHelpOptions = true,
        description = {"复核一份已有的绩效评价报告（.docx、.txt 或 .md）：重新计算其中的合计、得分率、综合得分、等级和比率，列出每一处不符及原文。",
                "复核完成即退出码 0（不论有无问题）；文件无法读取或不是评价报告时退出码 2。"})
final class ReviewCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "<report>", description = "要复核的报告文件（.docx、.txt、.md）")
    Path report;

    @Option(names = {"-o", "--output"}, paramLabel = "<findings.docx|findings.html>", description = "另存复核意见文档（.docx 或 .html）")
    Path output;

    @Option(names = "--all", description = "列出全部未核对事项（默认只列前 20 条）")
    boolean all;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (output != null) {
            String name = output.getFileName().toString().toLowerCase(Locale.ROOT);
            if (!name.endsWith(".docx") && !name.endsWith(".html") && !name.endsWith(".htm")) {
                err.println("复核意见文档只能是 .docx 或 .html：" + output);
                return ExitCodes.BAD_INPUT;
            }
        }
        ReviewResult result;
        try {
            RecoveredReport recovered = ReportReader.read(ReportTextLoader.load(report));
            result = ReportReview.review(recovered);
        } catch (ReportReadException e) {
            err.println(e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        print(result, out);
        if (output != null) {
            try {
                if (output.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".docx")) {
                    FindingsDocument.writeDocx(result, output);
                } else {
                    FindingsDocument.writeHtml(result, output);
                }
                out.println("复核意见已写入 " + output);
            } catch (IOException e) {
                err.println("无法写入复核意见文档 " + output + "：" + e.getMessage());
                return ExitCodes.FAILURE;
            }
        }
        out.flush();
        return ExitCodes.OK;
    }

    private void print(ReviewResult result, PrintWriter out) {
        out.println("复核：" + result.document());
        out.println(FindingsDocument.recoveredSummary(result));
        out.println("发现：错误 " + result.count(Severity.ERROR) + " 处，警告 " + result.count(Severity.WARNING) + " 处，提示（四舍五入）"
                + result.count(Severity.INFO) + " 处；未能读取或核对 " + result.unread().size() + " 处。");
        out.println();
        for (Finding finding : result.findings()) {
            out.println("[" + finding.severity().label() + "] " + finding.location().describe() + " " + finding.code());
            out.println("    " + finding.message());
            if (finding.rule() != null) {
                out.println("    规则：" + finding.rule());
            }
        }
        if (!result.unread().isEmpty()) {
            out.println();
            out.println("未能读取或核对（不代表没有问题）：");
            int shown = 0;
            for (RecoveredReport.Unread item : result.unread()) {
                if (!all && shown == 20) {
                    out.println("  … 另有 " + (result.unread().size() - shown) + " 处，用 --all 或 -o 查看全部");
                    break;
                }
                out.println("  第 " + item.quote().line() + " 行：" + item.reason() + "。原文：" + item.quote().shortText(60));
                shown++;
            }
        }
    }
}
