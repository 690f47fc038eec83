package org.jixiao.app.cli;

import picocli.CommandLine.Command;

@Command(name = "jixiao",
        mixinStandardHelpOptions = true,
        version = "jixiao 0.1.0",
        description = "绩效 Jixiao：预算绩效评价的计分、比率计算与数据检查。",
        subcommands = {ScoreCommand.class, RatiosCommand.class, ValidateCommand.class, ReportCommand.class, ReviewCommand.class, BenchCommand.class, picocli.CommandLine.HelpCommand.class})
final class JixiaoCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
