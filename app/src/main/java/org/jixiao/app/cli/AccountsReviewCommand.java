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
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.jixiao.core.finalaccounts.AccountsReview;
import org.jixiao.core.finalaccounts.FinalAccounts;
import org.jixiao.core.finalaccounts.TextReview;
import org.jixiao.core.review.Finding;
import org.jixiao.formats.dataset.DatasetException;
import org.jixiao.formats.dataset.DatasetProblem;
import org.jixiao.formats.disclosure.DisclosureDocuments;
import org.jixiao.formats.document.DocumentReadException;
import org.jixiao.formats.document.Documents;
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
        List<ReviewedDocument> reviewed = new ArrayList<>();
        Map<String, String> failures = new LinkedHashMap<>();
        for (Path file : files) {
            try {
                ReviewedDocument document = DisclosureDocuments.review(Documents.read(file));
                reviewed.add(document);
                if (!json) {
                    ReviewCommand.print(document, out, all);
                }
            } catch (DocumentReadException e) {
                failures.put(file.toString(), e.getMessage());
                err.println(e.getMessage());
            } catch (RuntimeException e) {
                String message = file.getFileName() + "：审核时出现内部错误（" + e.getClass().getSimpleName() + "），请将文件反馈给开发者";
                failures.put(file.toString(), message);
                err.println(message);
            }
        }
        if (json) {
            out.println(ReviewJson.write(reviewed, failures));
        }
        out.flush();
        boolean errors = reviewed.stream().anyMatch(d -> d.result().findings().stream().anyMatch(Finding::isError));
        return errors || !failures.isEmpty() ? ExitCodes.BAD_INPUT : ExitCodes.OK;
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
