package org.jixiao.app.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code jixiao serve}: starts the web server. Spring is only touched inside {@link #call()}, so the batch commands of
 * the same jar never load it.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "启动网页服务（REST API）：默认使用 ./data 下的内嵌 H2 数据库，首次启动时载入演示数据；其余 --名称=值 参数作为 Spring 配置传入。")
final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--port", defaultValue = "8080", description = "端口，默认 8080")
    int port;

    @Option(names = "--data", defaultValue = "./data", description = "内嵌数据库所在目录，默认 ./data")
    Path data;

    @Option(names = "--db", description = "使用 PostgreSQL：postgres://用户[:密码]@主机:端口/数据库，或 jdbc:postgresql://… 地址")
    String db;

    @Option(names = "--no-demo", description = "首次启动时不载入演示数据")
    boolean noDemo;

    @Unmatched
    List<String> springProperties = new ArrayList<>();

    @Override
    public Integer call() throws InterruptedException {
        List<String> properties = arguments();
        // returns when the server stops (Ctrl-C)
        org.jixiao.app.server.JixiaoServer.runUntilStopped(properties.toArray(String[]::new));
        return ExitCodes.OK;
    }

    /**
     * Every argument Spring gets: the options, then the {@code --name=value} properties given as they are. A property
     * also given as an option ({@code --server.port=18089}) is passed once, as given: Spring would join two values of
     * one property into a list ("8080,18089") and fail.
     */
    List<String> arguments() {
        List<String> arguments = new ArrayList<>();
        for (String option : springArguments()) {
            String key = option.substring(0, option.indexOf('=') + 1);
            if (springProperties.stream().noneMatch(property -> property.startsWith(key))) {
                arguments.add(option);
            }
        }
        arguments.addAll(springProperties);
        return arguments;
    }

    /** The options as Spring properties (command-line arguments, so they win over application.properties). */
    List<String> springArguments() {
        List<String> args = new ArrayList<>();
        args.add("--server.port=" + port);
        args.add("--jixiao.data-dir=" + data.toAbsolutePath().normalize());
        if (noDemo) {
            args.add("--jixiao.demo-data=false");
        }
        if (db != null) {
            args.addAll(databaseArguments(db));
        }
        return args;
    }

    List<String> databaseArguments(String url) {
        DatabaseAddress address;
        try {
            address = DatabaseAddress.parse(url);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        List<String> args = new ArrayList<>();
        args.add("--spring.datasource.url=" + address.jdbcUrl());
        if (address.user() != null) {
            args.add("--spring.datasource.username=" + address.user());
        }
        if (address.password() != null) {
            args.add("--spring.datasource.password=" + address.password());
        }
        return args;
    }
}
