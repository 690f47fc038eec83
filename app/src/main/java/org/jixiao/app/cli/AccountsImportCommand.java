package org.jixiao.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.jixiao.core.finalaccounts.AccountsReview;
import org.jixiao.core.finalaccounts.FinalAccounts;
import org.jixiao.core.review.Finding;
import org.jixiao.formats.finalaccounts.AccountsWorkbookReader;
import org.jixiao.formats.finalaccounts.FinalAccountsWriter;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"读入决算表 Excel 工作簿（jixiao accounts template 的格式），写成决算数据文件（YAML），并打印审核结果。",
                "工作簿有任何错误时什么也不写（退出码 2），逐条列出工作表和单元格。"})
final class AccountsImportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "<决算表.xlsx>", description = "填好的决算表工作簿")
    Path workbook;

    @Option(names = {"-o", "--output"}, paramLabel = "<dataset.yaml>", description = "写出的决算数据文件；不给时把 YAML 打印到屏幕（审核结果打印到标准错误）")
    Path output;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!AccountsWorkbookReader.isWorkbook(workbook)) {
            err.println(workbook + "：应为 Excel 工作簿（.xlsx）；YAML/JSON 决算数据可直接用于 accounts review / explain");
            return ExitCodes.BAD_INPUT;
        }
        FinalAccounts accounts = AccountsCommand.load(workbook, err);
        if (accounts == null) {
            return ExitCodes.BAD_INPUT;
        }
        String yaml = FinalAccountsWriter.write(accounts, "由 jixiao accounts import 从 " + workbook.getFileName() + " 导入");
        List<Finding> findings = AccountsReview.review(accounts);
        PrintWriter report = output == null ? err : out;
        if (output == null) {
            out.print(yaml);
        } else {
            Files.writeString(output, yaml, StandardCharsets.UTF_8);
            report.println("已导入 " + workbook + " → " + output);
        }
        report.println("审核结果：");
        AccountsCommand.print(findings, report);
        if (findings.stream().anyMatch(Finding::isError)) {
            report.println("决算表审核有错误：请在工作簿中改正后重新导入，否则 accounts explain 不会生成情况说明。");
        }
        out.flush();
        err.flush();
        return ExitCodes.OK;
    }
}
