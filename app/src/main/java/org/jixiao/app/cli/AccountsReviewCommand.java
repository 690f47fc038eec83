package org.jixiao.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.jixiao.core.finalaccounts.AccountsReview;
import org.jixiao.core.finalaccounts.FinalAccounts;
import org.jixiao.core.finalaccounts.TextReview;
import org.jixiao.core.review.Finding;
import org.jixiao.formats.dataset.DatasetException;
import org.jixiao.formats.dataset.DatasetProblem;
import org.jixiao.formats.finalaccounts.ExplanationText;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "review", mixinStandardHelpOptions = true,
        description = {"审核决算表：收支平衡、合计、类=Σ款、款=Σ项、各表间同一数字；加 --text 时逐一核对情况说明中的每个数字和比较用词。",
                "有错误时退出码为 2；尾差（0.01 万元）只作提示。"})
final class AccountsReviewCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "<dataset>", description = "决算数据文件（jixiao.final-accounts/1，YAML/JSON）或决算表工作簿（.xlsx，见 jixiao accounts template）")
    Path dataset;

    @Option(names = "--text", paramLabel = "<情况说明.txt>", description = "要核对的情况说明（UTF-8 文本或 Markdown，例如从公开的 PDF 提取）")
    Path text;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        FinalAccounts accounts = AccountsCommand.load(dataset, err);
        if (accounts == null) {
            return ExitCodes.BAD_INPUT;
        }
        List<Finding> findings = new ArrayList<>(AccountsReview.review(accounts));
        if (text != null) {
            try {
                findings.addAll(TextReview.check(accounts, ExplanationText.read(text), text.getFileName().toString()));
            } catch (DatasetException e) {
                e.problems().stream().map(DatasetProblem::describe).forEach(err::println);
                return ExitCodes.BAD_INPUT;
            }
        }
        AccountsCommand.print(findings, out);
        out.flush();
        return findings.stream().anyMatch(Finding::isError) ? ExitCodes.BAD_INPUT : ExitCodes.OK;
    }
}
