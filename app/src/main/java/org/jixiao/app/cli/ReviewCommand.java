package org.jixiao.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.jixiao.core.review.Finding;
import org.jixiao.core.review.RecoveredReport;
import org.jixiao.core.review.ReviewResult;
import org.jixiao.core.review.Severity;
import org.jixiao.formats.document.DocumentReadException;
import org.jixiao.formats.review.DocumentReview;
import org.jixiao.formats.review.ReviewJson;
import org.jixiao.formats.review.ReviewedDocument;
import org.jixiao.report.review.FindingsDocument;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "review", mixinStandardHelpOptions = true,
        description = {"复核已有的文档（绩效评价报告等；.docx、.pdf、.html、.md、.txt，可一次给出多个文件或文件夹）：识别文档类型，"
                + "读出其中的表格与数字，重新计算合计、得分率、综合得分、等级和比率，列出每一处不符及原文位置。",
                "全部文件复核完成即退出码 0（不论有无问题）；有文件无法读取或不是可复核的文档时退出码 2。"})
final class ReviewCommand implements Callable<Integer> {
    private static final List<String> EXTENSIONS = List.of(".docx", ".pdf", ".html", ".htm", ".md", ".txt");

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "<文件或文件夹>", arity = "1..*", description = "要复核的文件（.docx、.pdf、.html、.md、.txt）或含这些文件的文件夹")
    List<Path> inputs;

    @Option(names = {"-o", "--output"}, paramLabel = "<findings.docx|findings.html>", description = "另存复核意见文档（.docx 或 .html；只复核一个文件时可用）")
    Path output;

    @Option(names = "--format", paramLabel = "<text|json>", description = "输出格式：text（默认，供人阅读）或 json（供其他程序读取，格式见 docs/review.md）")
    String format = "text";

    @Option(names = "--all", description = "列出全部未核对事项（默认每份文档只列前 20 条）")
    boolean all;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        boolean json = format.equalsIgnoreCase("json");
        if (!json && !format.equalsIgnoreCase("text")) {
            err.println("--format 只能是 text 或 json：" + format);
            return ExitCodes.BAD_INPUT;
        }
        List<Path> files = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                try (Stream<Path> walk = Files.walk(input)) {
                    walk.filter(Files::isRegularFile).filter(ReviewCommand::supported).sorted().forEach(files::add);
                } catch (IOException e) {
                    err.println("无法读取文件夹 " + input + "：" + e.getMessage());
                    return ExitCodes.BAD_INPUT;
                }
            } else {
                files.add(input);
            }
        }
        if (files.isEmpty()) {
            err.println("没有可复核的文件（支持 .docx、.pdf、.html、.md、.txt）");
            return ExitCodes.BAD_INPUT;
        }
        if (output != null) {
            String name = output.getFileName().toString().toLowerCase(Locale.ROOT);
            if (!name.endsWith(".docx") && !name.endsWith(".html") && !name.endsWith(".htm")) {
                err.println("复核意见文档只能是 .docx 或 .html：" + output);
                return ExitCodes.BAD_INPUT;
            }
            if (files.size() > 1) {
                err.println("-o 只能用于复核一个文件；复核多个文件时请用 --format json 保存结果");
                return ExitCodes.BAD_INPUT;
            }
        }
        ProgressBar progress = new ProgressBar(files.size(), System.console() != null && files.size() > 1, err);
        List<ReviewedDocument> reviewed = new ArrayList<>();
        Map<String, String> failures = new LinkedHashMap<>();
        for (Path file : files) {
            progress.show(file);
            try {
                ReviewedDocument document = DocumentReview.review(file);
                reviewed.add(document);
                if (!json) {
                    print(document, out);
                }
            } catch (DocumentReadException e) {
                failures.put(file.toString(), e.getMessage());
                if (!json) {
                    err.println(e.getMessage());
                }
            } catch (RuntimeException e) {
                String message = file.getFileName() + "：复核时出现内部错误（" + e.getClass().getSimpleName() + "），请将文件反馈给开发者";
                failures.put(file.toString(), message);
                err.println(message);
            }
        }
        progress.done();
        if (json) {
            out.println(ReviewJson.write(reviewed, failures));
            if (!failures.isEmpty()) {
                failures.values().forEach(err::println);
            }
        }
        if (output != null && !reviewed.isEmpty()) {
            try {
                ReviewResult result = reviewed.get(0).result();
                if (output.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".docx")) {
                    FindingsDocument.writeDocx(result, output);
                } else {
                    FindingsDocument.writeHtml(result, output);
                }
                if (!json) {
                    out.println("复核意见已写入 " + output);
                }
            } catch (IOException e) {
                err.println("无法写入复核意见文档 " + output + "：" + e.getMessage());
                return ExitCodes.FAILURE;
            }
        }
        out.flush();
        return failures.isEmpty() ? ExitCodes.OK : ExitCodes.BAD_INPUT;
    }

    private static boolean supported(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return EXTENSIONS.stream().anyMatch(name::endsWith) && !name.startsWith("~$") && !name.startsWith(".");
    }

    private void print(ReviewedDocument document, PrintWriter out) {
        print(document, out, all);
    }

    /** One reviewed document as text: what it is, what was read, every finding, and what could not be checked. */
    static void print(ReviewedDocument document, PrintWriter out, boolean all) {
        ReviewResult result = document.result();
        out.println("复核：" + document.name() + "（" + document.format().label() + (document.pages() > 0 ? "，" + document.pages() + " 页" : "")
                + "；" + document.kind().label() + "；表格 " + document.tables().size() + " 个）");
        String summary = FindingsDocument.recoveredSummary(result);
        if (!summary.isEmpty()) {
            out.println(summary);
        } else {
            List<String> read = new ArrayList<>();
            for (org.jixiao.formats.review.TableSummary table : document.tables()) {
                if (!table.role().equals("未使用")) {
                    read.add(table.role() + (table.where().page() > 0 ? "（第 " + table.where().page() + " 页）" : ""));
                }
            }
            out.println(read.isEmpty() ? "未读出可识别的公开表。" : "读出公开表 " + read.size() + " 张：" + String.join("、", read) + "。");
        }
        out.println("发现：错误 " + result.count(Severity.ERROR) + " 处，警告 " + result.count(Severity.WARNING) + " 处，提示（四舍五入）"
                + result.count(Severity.INFO) + " 处；未能读取或核对 " + result.unread().size() + " 处。");
        out.println();
        for (Finding finding : result.findings()) {
            out.println("[" + finding.severity().label() + "] " + finding.location().describe() + " " + finding.code());
            out.println("    " + FindingsDocument.withQuotation(finding));
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
                String place = item.quote().where().describe();
                out.println("  " + (place.isEmpty() ? "" : place + "：") + item.reason() + "。原文：" + item.quote().shortText(60));
                shown++;
            }
        }
        out.println();
    }
}
