package org.jixiao.app.cli;

import picocli.CommandLine.Command;

@Command(name = "jixiao",
        mixinStandardHelpOptions = true,
        version = "jixiao 0.1.0",
        description = "绩效 Jixiao：预算绩效评价的计分、比率计算、报告生成与数据检查；已有评价报告的复核；项目支出绩效自评表的导入、复核与抽查；部门决算公开的审核与情况说明生成；serve 启动网页服务。",
        subcommands = {ScoreCommand.class, RatiosCommand.class, ValidateCommand.class, ReportCommand.class, ReviewCommand.class,
                AccountsCommand.class, SelfEvalCommand.class, BenchCommand.class, ServeCommand.class, AuditCommand.class,
                picocli.CommandLine.HelpCommand.class})
final class JixiaoCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
