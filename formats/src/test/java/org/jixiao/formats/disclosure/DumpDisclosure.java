package org.jixiao.formats.disclosure;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jixiao.core.disclosure.Statement;
import org.jixiao.core.disclosure.Unit;
import org.jixiao.formats.document.Block;
import org.jixiao.formats.document.Documents;
import org.jixiao.formats.document.SourceDocument;
import org.jixiao.formats.document.TableBlock;
import org.jixiao.formats.document.TextBlock;

/** Developer tool: writes sample disclosures (docx + pdf) to a folder and prints what the document reader sees. */
public final class DumpDisclosure {
    static String describe(DisclosureReader.Result result) {
        StringBuilder out = new StringBuilder();
        org.jixiao.core.disclosure.PublishedDisclosure d = result.disclosure();
        out.append(d.statement()).append(' ').append(d.year()).append(' ').append(d.organisation()).append('\n');
        for (org.jixiao.core.disclosure.PrintedTable t : d.tables()) {
            out.append("== ").append(t.role()).append(" «").append(t.title()).append("» ").append(t.unit()).append(" empty=").append(t.empty())
                    .append(" columns=").append(t.columns().keySet()).append('\n');
            for (org.jixiao.core.disclosure.PrintedRow r : t.rows()) {
                out.append("   ").append(r.side()).append(' ').append(r.key()).append(" «").append(r.label()).append("» ");
                r.figures().forEach((k, f) -> out.append(k).append('=').append(f.printed()).append(' '));
                out.append('\n');
            }
        }
        for (var u : result.unread()) {
            out.append("UNREAD ").append(u.quote().where().describe()).append(' ').append(u.reason()).append('\n');
        }
        var review = org.jixiao.core.disclosure.DisclosureReview.review(d);
        for (var f : review.findings()) {
            out.append("FINDING ").append(f.severity()).append(' ').append(f.code()).append(' ').append(f.location().describe()).append(' ')
                    .append(f.message()).append('\n');
        }
        for (var u : review.unread()) {
            out.append("UNCHECKED ").append(u.reason()).append('\n');
        }
        for (var p : d.text()) {
            out.append("TEXT [").append(p.heading()).append("] ").append(p.text()).append('\n');
        }
        return out.toString();
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/dump");
        Files.createDirectories(dir);
        Map<String, byte[]> docx = new LinkedHashMap<>();
        if (args.length > 1 && args[1].equals("styles")) {
            java.util.List<Object[]> all = new java.util.ArrayList<>();
            for (ExplanationStylesTest.Case c : ExplanationStylesTest.cases()) {
                all.add(new Object[] {c.id(), c.document(), c.errors()});
            }
            for (NamedDisclosuresTest.Case c : NamedDisclosuresTest.cases()) {
                all.add(new Object[] {c.id(), c.document(), c.errors()});
            }
            for (Object[] c : all) {
                if (args.length > 3 && !((String) c[0]).startsWith(args[3])) {
                    continue;
                }
                byte[] bytes = ((Published) c[1]).docx();
                var reviewed = org.jixiao.formats.review.DocumentReview.review(Documents.read(c[0] + ".docx", bytes));
                System.out.println("== " + c[0] + " expects " + c[2]);
                for (var f : reviewed.result().findings()) {
                    System.out.println("   " + f.severity() + " " + f.code() + " " + f.printed() + " -> " + f.expected() + " | " + f.location().item() + " | "
                            + f.message() + " | " + f.quotation());
                }
                if (args.length > 2 && args[2].equals("all")) {
                    for (var u : reviewed.result().unread()) {
                        System.out.println("   UNCHECKED " + u.reason() + " | " + u.quote().text());
                    }
                }
            }
            return;
        }
        if (args.length > 1 && args[1].equals("zibo")) {
            var accounts = org.jixiao.formats.finalaccounts.FinalAccountsReader.read(ZiboPublished.EXAMPLE);
            docx.put("zibo.docx", new ZiboPublished(accounts).docx(ZiboPublished.referenceText()));
            Files.write(dir.resolve("zibo.docx"), docx.get("zibo.docx"));
        }
        if (args.length > 1 && args[1].equals("cases")) {
            for (PublishedTablesTest.Case c : PublishedTablesTest.cases()) {
                docx.put(c.id() + ".docx", c.document().docx());
                Files.write(dir.resolve(c.id() + ".docx"), docx.get(c.id() + ".docx"));
            }
        }
        int n = args.length > 1 ? 100 : 0;
        for (Statement statement : n >= 100 ? new Statement[0] : Statement.values()) {
            for (Layouts.Style style : new Layouts.Style[] {Layouts.Style.national(),
                new Layouts.Style(Layouts.Title.NUMBERED, true, true, false, false)}) {
                Sample sample = Sample.random(7 + n, statement, statement == Statement.BUDGET ? Unit.YUAN : Unit.WAN_YUAN);
                DisclosureDocx writer = new DisclosureDocx().title(sample.year + "年度" + sample.organisation + "部门" + statement.word());
                for (Grid grid : new Layouts(sample, style).all()) {
                    writer.tablePage(grid);
                }
                String name = "sample-" + (++n) + ".docx";
                docx.put(name, writer.bytes());
                Files.write(dir.resolve(name), docx.get(name));
            }
        }
        Map<String, byte[]> pdfs = Soffice.pdfs(docx);
        for (Map.Entry<String, byte[]> entry : pdfs.entrySet()) {
            String name = entry.getKey().replace(".docx", ".pdf");
            Files.write(dir.resolve(name), entry.getValue());
            for (String file : new String[] {entry.getKey(), name}) {
                SourceDocument document = Documents.read(file, Files.readAllBytes(dir.resolve(file)));
                StringBuilder out = new StringBuilder();
                for (Block block : document.blocks()) {
                    if (block instanceof TextBlock text) {
                        out.append("P ").append(text.where().describe()).append(": ").append(text.text()).append('\n');
                    } else {
                        out.append(block).append('\n');
                    }
                }
                Files.writeString(dir.resolve(file + ".blocks.txt"), out);
                Files.writeString(dir.resolve(file + ".read.txt"), describe(DisclosureReader.read(document)));
            }
        }
    }
}
