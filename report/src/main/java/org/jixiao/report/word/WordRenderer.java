package org.jixiao.report.word;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import com.deepoove.poi.XWPFTemplate;
import com.deepoove.poi.config.Configure;
import com.deepoove.poi.config.ConfigureBuilder;
import com.deepoove.poi.policy.RenderPolicy;
import com.deepoove.poi.template.ElementTemplate;
import com.deepoove.poi.template.MetaTemplate;
import com.deepoove.poi.template.run.RunTemplate;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.jixiao.report.document.Block;
import org.jixiao.report.document.ReportDocument;

/**
 * Renders a document into a Word template with poi-tl: text tags ({@code {{department}}}) take values, block tags
 * ({@code {{conclusion}}}) are replaced by the part's headings, paragraphs, tables and charts.
 */
public final class WordRenderer {
    private WordRenderer() {}

    /** The block tags a template uses, in document order. */
    public static List<String> blockTags(byte[] template, Set<String> known) throws IOException {
        try (XWPFTemplate compiled = XWPFTemplate.compile(new ByteArrayInputStream(template), configure(known))) {
            Set<String> tags = new LinkedHashSet<>();
            for (MetaTemplate meta : compiled.getElementTemplates()) {
                if (meta instanceof ElementTemplate element && known.contains(element.getTagName())) {
                    tags.add(element.getTagName());
                }
            }
            return new ArrayList<>(tags);
        }
    }

    /**
     * @param documentFor builds the document for the block tags the template uses, in their order
     */
    public static byte[] render(byte[] template, Set<String> blockTags, Function<List<String>, ReportDocument> documentFor) throws IOException {
        List<String> order = blockTags(template, blockTags);
        ReportDocument document = documentFor.apply(order);
        Map<String, Object> data = new HashMap<>(document.values());
        data.putAll(document.parts());
        try (XWPFTemplate compiled = XWPFTemplate.compile(new ByteArrayInputStream(template), configure(blockTags));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            WordStyles.ensure(compiled.getXWPFDocument());
            compiled.render(data);
            compiled.write(out);
            return out.toByteArray();
        }
    }

    private static Configure configure(Set<String> blockTags) {
        ConfigureBuilder builder = Configure.builder();
        RenderPolicy blocks = new BlocksPolicy();
        for (String tag : blockTags) {
            builder.bind(tag, blocks);
        }
        return builder.build();
    }

    /** Replaces a block tag's paragraph with the part's blocks. */
    private static final class BlocksPolicy implements RenderPolicy {
        @Override
        @SuppressWarnings("unchecked")
        public void render(ElementTemplate element, Object data, XWPFTemplate template) {
            if (!(element instanceof RunTemplate runTemplate) || !(runTemplate.getRun().getParent() instanceof XWPFParagraph paragraph)) {
                return;
            }
            XWPFDocument document = template.getXWPFDocument();
            if (paragraph.getBody() != document) {
                // block tags belong in the body, not in a table cell or header; leave such a tag visible
                return;
            }
            if (data instanceof List<?> list) {
                new BlockWriter(document, paragraph).write((List<Block>) list);
            }
            document.removeBodyElement(document.getPosOfParagraph(paragraph));
        }
    }
}
