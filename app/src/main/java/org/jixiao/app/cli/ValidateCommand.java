package org.jixiao.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.jixiao.core.indicator.Indicator;
import org.jixiao.formats.dataset.DatasetReader;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "检查评价数据文件：格式（JSON Schema）、指标树规则（分值合计、得分不超过分值等）和数据引用。有错误时退出码为 2。")
final class ValidateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "<dataset>", arity = "1..*", description = "一个或多个评价数据文件")
    Path[] datasets;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int exit = ExitCodes.OK;
        for (Path dataset : datasets) {
            DatasetReader.Read read = DatasetLoading.load(dataset, err, true);
            if (read == null) {
                exit = ExitCodes.BAD_INPUT;
                continue;
            }
            long nodes = read.evaluation().indicators().stream().mapToLong(ValidateCommand::count).sum();
            long leaves = read.evaluation().indicators().stream().mapToLong(ValidateCommand::leaves).sum();
            out.println(dataset + "：校验通过（" + read.evaluation().indicators().size() + " 个一级指标，共 " + nodes + " 个指标，其中末级指标 "
                    + leaves + " 个；绩效目标 " + read.evaluation().targets().size() + " 个；项目 " + read.evaluation().projects().size()
                    + " 个" + (read.warnings().isEmpty() ? "" : "；警告 " + read.warnings().size() + " 条") + "）");
            PrintedFiguresOutput.print(read, out);
        }
        out.flush();
        return exit;
    }

    private static long count(Indicator node) {
        return 1 + node.children().stream().mapToLong(ValidateCommand::count).sum();
    }

    private static long leaves(Indicator node) {
        return node.isLeaf() ? 1 : node.children().stream().mapToLong(ValidateCommand::leaves).sum();
    }
}
