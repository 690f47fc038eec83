package org.jixiao.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.io.OutputStream;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.jixiao.core.finalaccounts.AccountsReview;
import org.jixiao.core.finalaccounts.FinalAccounts;
import org.jixiao.core.finalaccounts.TextReview;
import org.jixiao.core.disclosure.DisclosureRules;
import org.jixiao.core.review.Finding;
import org.jixiao.core.review.Severity;
import org.jixiao.formats.dataset.DatasetException;
import org.jixiao.formats.dataset.DatasetProblem;
import org.jixiao.formats.disclosure.DisclosureDocuments;
import org.jixiao.formats.disclosure.FindingsWorkbook;
import org.jixiao.formats.document.DocumentReadException;
import org.jixiao.formats.document.Documents;
import org.jixiao.formats.document.SourceDocument;
import org.jixiao.formats.finalaccounts.ExplanationText;
import org.jixiao.formats.review.ReviewJson;
import org.jixiao.formats.review.ReviewedDocument;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "review", mixinStandardHelpOptions = true,
        description = {"审核决算/预算：给出公开的文件（.pdf、.docx 等，可一次给出多个文件或文件夹）时，按标题和表头找出其中的公开表（任意几张），"
                + "读出科目、数字和单位，核对收支平衡、合计、类=Σ款、款=Σ项、各表间同一数字、上年数与增减，以及情况说明中的每个金额、占比和比较用词；"
                + "给出决算数据文件（YAML/JSON）或工作簿（.xlsx）时，审核其九张表，加 --text 时逐一核对情况说明。",
                "有错误时退出码为 2；尾差（末位四舍五入）只作提示。"})
final class AccountsReviewCommand implements Callable<Integer> {
    private static final List<String> DOCUMENTS = List.of(".pdf", ".docx", ".html", ".htm", ".md", ".txt");

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "<文件或文件夹>", arity = "1..*",
            description = "公开的决算/预算文件（.pdf、.docx、.html、.md、.txt）或含这些文件的文件夹；或一个决算数据文件（jixiao.final-accounts/1，YAML/JSON）或决算表工作簿（.xlsx）")
    List<Path> inputs;

    @Option(names = "--text", paramLabel = "<情况说明.txt>", description = "（只用于数据文件）要核对的情况说明（UTF-8 文本或 Markdown）")
    Path text;

    @Option(names = "--format", paramLabel = "<text|json>", description = "输出格式：text（默认）或 json（jixiao-review/1，与 jixiao review 相同）")
    String format = "text";

    @Option(names = "--all", description = "列出全部未核对事项（默认每份文件只列前 20 条）")
    boolean all;

    @Option(names = {"-o", "--output"}, paramLabel = "<findings.xlsx>", description = "另存问题清单工作簿（.xlsx：汇总、问题清单、未核对、按规则统计）")
    Path output;

    @Option(names = "--details", description = "审核多份文件时也逐份列出每个问题（默认只列每份文件一行和汇总）")
    boolean details;

    @Option(names = "--progress", description = "显示进度条（在终端上运行时默认显示）")
    boolean progress;

    @Option(names = "--threads", paramLabel = "<N>", description = "同时审核的文件数（默认为处理器核数）")
    Integer threads;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        boolean json = format.equalsIgnoreCase("json");
        if (!json && !format.equalsIgnoreCase("text")) {
            err.println("--format 只能是 text 或 json：" + format);
            return ExitCodes.BAD_INPUT;
        }
        if (inputs.size() == 1 && isDataset(inputs.get(0))) {
            if (json) {
                err.println("--format json 用于公开的文件；数据文件请用 text 格式");
                return ExitCodes.BAD_INPUT;
            }
            return dataset(inputs.get(0), out, err);
        }
        if (text != null) {
            err.println("--text 只用于决算数据文件；公开的文件里的情况说明会一并核对");
            return ExitCodes.BAD_INPUT;
        }
        List<Path> files = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                try (Stream<Path> walk = Files.walk(input)) {
                    walk.filter(Files::isRegularFile).filter(AccountsReviewCommand::isDocument).sorted().forEach(files::add);
                } catch (IOException e) {
                    err.println("无法读取文件夹 " + input + "：" + e.getMessage());
                    return ExitCodes.BAD_INPUT;
                }
            } else {
                files.add(input);
            }
        }
        if (files.isEmpty()) {
            err.println("没有可审核的文件（支持 .pdf、.docx、.html、.md、.txt）");
            return ExitCodes.BAD_INPUT;
        }
        if (output != null && !output.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            err.println("问题清单工作簿只能是 .xlsx：" + output);
            return ExitCodes.BAD_INPUT;
        }
        int workers = Math.max(1, Math.min(files.size(), threads != null ? threads : Runtime.getRuntime().availableProcessors()));
        ProgressBar bar = new ProgressBar(files.size(), progress || System.console() != null && files.size() > 1, err);
        List<Outcome> outcomes = reviewAll(files, workers, bar);
        bar.done();
        List<ReviewedDocument> reviewed = new ArrayList<>();
        Map<String, String> failures = new LinkedHashMap<>();
        boolean batch = files.size() > 1 && !details;
        for (Outcome outcome : outcomes) {
            if (outcome.document() != null) {
                reviewed.add(outcome.document());
                if (!json && !batch) {
                    ReviewCommand.print(outcome.document(), out, all);
                }
            } else {
                failures.put(outcome.file().toString(), outcome.failure());
                err.println(outcome.failure());
            }
        }
        if (json) {
            out.println(ReviewJson.write(reviewed, failures));
        } else if (files.size() > 1) {
            summary(reviewed, failures, batch, out);
        }
        if (output != null) {
            try (OutputStream stream = Files.newOutputStream(output)) {
                FindingsWorkbook.write(reviewed, failures, stream);
            } catch (IOException e) {
                err.println("无法写入问题清单工作簿 " + output + "：" + e.getMessage());
                return ExitCodes.FAILURE;
            }
            if (!json) {
                out.println("问题清单已写入 " + output);
            }
        }
        out.flush();
        boolean errors = reviewed.stream().anyMatch(d -> d.result().findings().stream().anyMatch(Finding::isError));
        return errors || !failures.isEmpty() ? ExitCodes.BAD_INPUT : ExitCodes.OK;
    }

    /** One file's review, or why it could not be read. */
    private record Outcome(Path file, ReviewedDocument document, String failure) {}

    /** Reviews the files on {@code workers} threads, each file on its own; results in the order of the files. */
    private static List<Outcome> reviewAll(List<Path> files, int workers, ProgressBar bar) {
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        try {
            List<Future<Outcome>> futures = new ArrayList<>();
            for (Path file : files) {
                futures.add(pool.submit(() -> {
                    bar.show(file);
                    return review(file);
                }));
            }
            List<Outcome> outcomes = new ArrayList<>();
            for (int i = 0; i < futures.size(); i++) {
                try {
                    outcomes.add(futures.get(i).get());
                } catch (ExecutionException e) {
                    outcomes.add(new Outcome(files.get(i), null, files.get(i).getFileName() + "：审核时出现内部错误（"
                            + e.getCause().getClass().getSimpleName() + "），请将文件反馈给开发者"));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    outcomes.add(new Outcome(files.get(i), null, files.get(i).getFileName() + "：审核被中断"));
                }
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }

    private static Outcome review(Path file) {
        try {
            SourceDocument document = Documents.read(file);
            if (DisclosureDocuments.recognise(document) == null && !DisclosureDocuments.speaksOfAccounts(document)) {
                return new Outcome(file, null, document.name() + "：看不出是决算或预算公开文件（没有决算/预算表，也没有说到决算或预算），未审核");
            }
            return new Outcome(file, DisclosureDocuments.review(document), null);
        } catch (DocumentReadException e) {
            return new Outcome(file, null, e.getMessage());
        } catch (RuntimeException e) {
            return new Outcome(file, null, file.getFileName() + "：审核时出现内部错误（" + e.getClass().getSimpleName() + "），请将文件反馈给开发者");
        }
    }

    /** A batch in a few lines: one per file (unless each was printed), then the totals and the findings by rule. */
    private static void summary(List<ReviewedDocument> reviewed, Map<String, String> failures, boolean perFile, PrintWriter out) {
        int tables = 0;
        int errors = 0;
        int notes = 0;
        int unchecked = 0;
        int pages = 0;
        Map<String, int[]> byRule = new LinkedHashMap<>();
        Map<String, Integer> byKind = new LinkedHashMap<>();
        for (ReviewedDocument document : reviewed) {
            int read = (int) document.tables().stream().filter(t -> !t.role().equals("未使用")).count();
            int e = (int) document.result().count(Severity.ERROR);
            int n = (int) (document.result().count(Severity.WARNING) + document.result().count(Severity.INFO));
            if (perFile) {
                out.println(document.name() + "：" + document.kind().label() + "，公开表 " + read + " 张，错误 " + e + " 处，提示 " + n + " 处，未核对 "
                        + document.result().unread().size() + " 处");
            }
            tables += read;
            errors += e;
            notes += n;
            unchecked += document.result().unread().size();
            pages += document.pages();
            byKind.merge(document.kind().label(), 1, Integer::sum);
            for (Finding finding : document.result().findings()) {
                byRule.computeIfAbsent(DisclosureRules.label(finding.code()), k -> new int[2])[finding.isError() ? 0 : 1]++;
            }
        }
        out.println();
        List<String> kinds = new ArrayList<>();
        byKind.forEach((kind, count) -> kinds.add(kind + " " + count + " 份"));
        out.println("共审核 " + (reviewed.size() + failures.size()) + " 份文件：读出 " + reviewed.size() + " 份（" + String.join("，", kinds)
                + (pages > 0 ? "，PDF 共 " + pages + " 页" : "") + "），无法读取 " + failures.size() + " 份；公开表 " + tables + " 张。");
        out.println("发现：错误 " + errors + " 处，提示 " + notes + " 处；未能核对 " + unchecked + " 处。");
        if (!byRule.isEmpty()) {
            out.println("按规则：");
            byRule.forEach((rule, count) -> out.println("  " + rule + "：错误 " + count[0] + " 处" + (count[1] > 0 ? "，提示 " + count[1] + " 处" : "")));
        }
    }

    private static boolean isDataset(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json") || name.endsWith(".xlsx");
    }

    private static boolean isDocument(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return DOCUMENTS.stream().anyMatch(name::endsWith) && !name.startsWith("~$") && !name.startsWith(".");
    }

    /** The nine tables of a dataset (and its 情况说明 with --text), as before. */
    private Integer dataset(Path dataset, PrintWriter out, PrintWriter err) {
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
