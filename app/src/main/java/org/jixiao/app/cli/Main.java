package org.jixiao.app.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import picocli.CommandLine;

/** Entry point of the jar: {@code jixiao <command>}. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        // Batch commands log nothing (their output is the product) and must start fast: SLF4J goes to its no-op
        // provider instead of initialising Logback (≈ 0.8 s). The server keeps Spring Boot's logging.
        if (args.length == 0 || !args[0].equals("serve")) {
            setIfAbsent("slf4j.provider", "org.slf4j.helpers.NOP_FallbackServiceProvider");
            setIfAbsent("slf4j.internal.verbosity", "WARN");
        }
        System.exit(run(args, new PrintStream(System.out, true, StandardCharsets.UTF_8),
                new PrintStream(System.err, true, StandardCharsets.UTF_8)));
    }

    private static void setIfAbsent(String property, String value) {
        if (System.getProperty(property) == null) {
            System.setProperty(property, value);
        }
    }

    /** Runs a command and returns its exit code: 0 success, 1 failure, 2 bad input or usage. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
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
