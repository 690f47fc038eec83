package org.jixiao.app.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import picocli.CommandLine;

/** Entry point of the jar: {@code jixiao <command>}. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        System.exit(run(args, new PrintStream(System.out, true, StandardCharsets.UTF_8),
                new PrintStream(System.err, true, StandardCharsets.UTF_8)));
    }

    /** Runs a command and returns its exit code: 0 success, 1 failure, 2 bad input or usage. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        // POI logs through Log4j API; without a provider it prints a warning on every run. Use its built-in simple logger.
        if (System.getProperty("log4j2.loggerContextFactory") == null) {
            System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        }
        CommandLine cli = new CommandLine(new JixiaoCommand());
        cli.setOut(new java.io.PrintWriter(out, true));
        cli.setErr(new java.io.PrintWriter(err, true));
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            err.println("内部错误：" + ex);
            return ExitCodes.FAILURE;
        });
        return cli.execute(args);
    }
}
