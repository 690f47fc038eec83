package org.jixiao.report.document;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A generated document: simple values for the template's text tags ({@code {{department}}}) and named parts made of
 * blocks for its block tags ({@code {{conclusion}}}), in the order the parts appear.
 */
public record ReportDocument(Map<String, String> values, Map<String, List<Block>> parts) {
    public ReportDocument {
        values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
        parts = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(parts));
    }

    /** All blocks of all parts, in order. */
    public List<Block> allBlocks() {
        return parts.values().stream().flatMap(List::stream).toList();
    }
}
