package org.jixiao.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.jixiao.core.disclosure.PublishedDisclosure;
import org.jixiao.formats.disclosure.DisclosureReader;
import org.jixiao.formats.disclosure.FiscalDataPackage;
import org.jixiao.formats.document.DocumentReadException;
import org.jixiao.formats.document.Documents;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"把公开的决算/预算文件（.pdf、.docx 等）导出为开放财政数据包（Fiscal Data Package）：每张表一个 CSV，加 datapackage.json"
                + "（金额以人民币 CNY 计，万元表 factor 为 10000；决算为 executed，预算为 approved；功能分类类/款/项和经济分类为分类维度）。"})
final class AccountsExportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "<文件>", description = "公开的决算/预算文件")
    Path file;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "<文件夹>", description = "数据包写入的文件夹")
    Path output;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        PublishedDisclosure disclosure;
        try {
            disclosure = DisclosureReader.read(Documents.read(file)).disclosure();
        } catch (DocumentReadException e) {
            err.println(e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        if (disclosure.tables().isEmpty()) {
            err.println(file.getFileName() + "：没有找到可识别的决算/预算公开表，无可导出的数据");
            return ExitCodes.BAD_INPUT;
        }
        try {
            List<Path> files = FiscalDataPackage.write(disclosure, output);
            out.println("已导出 " + disclosure.tables().size() + " 张表到 " + output + "：" + files.size() + " 个文件（datapackage.json 和各表 CSV）");
        } catch (IOException e) {
            err.println("无法写入 " + output + "：" + e.getMessage());
            return ExitCodes.FAILURE;
        }
        out.flush();
        return ExitCodes.OK;
    }
}
