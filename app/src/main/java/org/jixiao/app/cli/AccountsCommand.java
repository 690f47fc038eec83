package org.jixiao.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

import org.jixiao.core.finalaccounts.FinalAccounts;
import org.jixiao.core.review.Finding;
import org.jixiao.core.review.Severity;
import org.jixiao.formats.dataset.DatasetException;
import org.jixiao.formats.dataset.DatasetProblem;
import org.jixiao.formats.finalaccounts.AccountsWorkbookReader;
import org.jixiao.formats.finalaccounts.FinalAccountsReader;
import org.jixiao.formats.finalaccounts.WorkbookException;
import org.jixiao.formats.finalaccounts.WorkbookProblem;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "accounts", mixinStandardHelpOptions = true,
        description = "部门决算/预算公开：审核公开的文件（任意几张表和情况说明，PDF/Word，可批量）、九张决算表的 Excel 模板和导入、情况说明的生成（docx/html/text，含图表）、导出开放财政数据包。",
        subcommands = {AccountsReviewCommand.class, AccountsExplainCommand.class, AccountsTemplateCommand.class,
                AccountsImportCommand.class, AccountsExportCommand.class})
final class AccountsCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Reads a final-accounts dataset (YAML/JSON) or workbook (.xlsx), or prints its problems and returns null. */
    static FinalAccounts load(Path file, PrintWriter err) {
        if (AccountsWorkbookReader.isWorkbook(file)) {
            try {
                return AccountsWorkbookReader.read(file);
            } catch (WorkbookException e) {
                for (WorkbookProblem problem : e.problems()) {
                    err.println(problem.describe());
                }
                err.println("共 " + e.problems().size() + " 个错误，工作簿未被使用（一处有错则整个工作簿都不导入）。");
                return null;
            }
        }
        try {
            return FinalAccountsReader.read(file);
        } catch (DatasetException e) {
            for (DatasetProblem problem : e.problems()) {
                err.println(problem.describe());
            }
            err.println("共 " + e.problems().size() + " 个错误，文件未被使用。");
            return null;
        }
    }

    /** {@code 错误 表5 … › 2060101 行政运行 · 合计：message} */
    static void print(List<Finding> findings, PrintWriter out) {
        for (Finding f : findings) {
            out.println("[" + f.severity().label() + "] " + f.code() + " " + f.location().describe() + "：" + f.message());
        }
        long errors = findings.stream().filter(f -> f.severity() == Severity.ERROR).count();
        long warnings = findings.stream().filter(f -> f.severity() == Severity.WARNING).count();
        long infos = findings.stream().filter(f -> f.severity() == Severity.INFO).count();
        out.println("共 " + errors + " 个错误、" + warnings + " 个警告、" + infos + " 个提示。");
    }
}
