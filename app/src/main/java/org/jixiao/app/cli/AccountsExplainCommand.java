package org.jixiao.app.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.jixiao.core.finalaccounts.AccountsReview;
import org.jixiao.core.finalaccounts.Disclosure;
import org.jixiao.core.finalaccounts.ExplanationWriter;
import org.jixiao.core.finalaccounts.FinalAccounts;
import org.jixiao.core.review.Finding;
import org.jixiao.report.accounts.AccountsDocx;
import org.jixiao.report.accounts.AccountsHtml;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "explain", mixinStandardHelpOptions = true,
        description = {"由决算表生成部门决算情况说明（十三部分），第一至五部分附图表。",
                "决算表审核有错误时不生成（退出码 2），除非加 --force（此时同时打印审核结果）。"})
final class AccountsExplainCommand implements Callable<Integer> {
    enum Format { docx, html, text }

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "<dataset>", description = "决算数据文件（jixiao.final-accounts/1，YAML/JSON）或决算表工作簿（.xlsx，见 jixiao accounts template）")
    Path dataset;

    @Option(names = {"-o", "--output"}, paramLabel = "<file>", description = "输出文件（情况说明.docx / .html / .txt）；不给时把文本打印到屏幕")
    Path output;

    @Option(names = "--format", paramLabel = "docx|html|text", description = "输出格式；默认按输出文件的扩展名，无输出文件时为 text")
    Format format;

    @Option(names = "--force", description = "决算表审核有错误时仍然生成，并打印审核结果")
    boolean force;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        FinalAccounts accounts = AccountsCommand.load(dataset, err);
        if (accounts == null) {
            return ExitCodes.BAD_INPUT;
        }
        List<Finding> findings = AccountsReview.review(accounts);
        long errors = findings.stream().filter(Finding::isError).count();
        if (errors > 0) {
            AccountsCommand.print(findings.stream().filter(Finding::isError).toList(), err);
            if (!force) {
                err.println("决算表审核有 " + errors + " 个错误，未生成情况说明。请先改正；如确需生成，加 --force。");
                err.flush();
                return ExitCodes.BAD_INPUT;
            }
            err.println("警告：决算表审核有 " + errors + " 个错误，按 --force 仍然生成。");
        }
        Disclosure disclosure = ExplanationWriter.write(accounts);
        Format chosen = format != null ? format : formatOf(output);
        if (output == null) {
            if (chosen == Format.docx) {
                err.println("docx 格式需要用 -o 指定输出文件");
                return ExitCodes.BAD_INPUT;
            }
            out.print(chosen == Format.html ? AccountsHtml.render(disclosure) : disclosure.toText());
            out.flush();
            return ExitCodes.OK;
        }
        switch (chosen) {
            case docx -> {
                try (OutputStream stream = Files.newOutputStream(output)) {
                    AccountsDocx.write(disclosure, stream);
                }
            }
            case html -> Files.writeString(output, AccountsHtml.render(disclosure), StandardCharsets.UTF_8);
            case text -> Files.writeString(output, disclosure.toText(), StandardCharsets.UTF_8);
        }
        out.println("已生成 " + output + "（十三部分，图表 " + disclosure.charts().size() + " 个）");
        out.flush();
        return ExitCodes.OK;
    }

    private static Format formatOf(Path output) {
        if (output == null) {
            return Format.text;
        }
        String name = output.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".docx")) {
            return Format.docx;
        }
        return name.endsWith(".html") || name.endsWith(".htm") ? Format.html : Format.text;
    }
}
