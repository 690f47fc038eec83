package org.jixiao.app.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.jixiao.core.finalaccounts.FinalAccounts;
import org.jixiao.formats.finalaccounts.AccountsWorkbook;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "template", mixinStandardHelpOptions = true,
        description = {"生成决算表 Excel 工作簿：九张公开表（公开格式的栏目）、情况说明资料、绩效自评和填写说明。",
                "加 --from 时按已有的决算数据填好（可用 jixiao accounts import 读回）。"})
final class AccountsTemplateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = {"-o", "--output"}, paramLabel = "<file.xlsx>", description = "输出的工作簿，默认 决算表.xlsx")
    Path output = Path.of("决算表.xlsx");

    @Option(names = "--from", paramLabel = "<dataset>", description = "用这份决算数据（YAML/JSON 或 .xlsx）填好工作簿")
    Path from;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!output.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx")) {
            err.println("输出文件应以 .xlsx 结尾：" + output);
            return ExitCodes.BAD_INPUT;
        }
        FinalAccounts accounts = null;
        if (from != null) {
            accounts = AccountsCommand.load(from, err);
            if (accounts == null) {
                return ExitCodes.BAD_INPUT;
            }
        }
        try (OutputStream stream = Files.newOutputStream(output)) {
            AccountsWorkbook.write(accounts, stream);
        }
        out.println(accounts == null
                ? "已生成空白决算表工作簿 " + output + "（九张表、情况说明资料、绩效自评；填写方法见“说明”工作表）"
                : "已生成决算表工作簿 " + output + "（按 " + from + " 填好）");
        out.flush();
        return ExitCodes.OK;
    }
}
