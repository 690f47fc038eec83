package org.jixiao.formats.document.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;

/**
 * The bookmarks of the PDF (Word, WPS and LibreOffice write one per heading): a paragraph whose text is a bookmark's
 * title on the page it points to is a heading of that bookmark's level.
 */
final class Outline {
    private static final int MAX_ENTRIES = 5000;

    record Entry(String title, int level) {}

    private Outline() {}

    /** Bookmarks by the 1-based page they point to; empty when the file has none or they cannot be read. */
    static Map<Integer, List<Entry>> read(PDDocument document) {
        Map<Integer, List<Entry>> byPage = new HashMap<>();
        try {
            PDDocumentOutline outline = document.getDocumentCatalog().getDocumentOutline();
            if (outline != null) {
                walk(document, outline, 1, byPage, new int[1]);
            }
        } catch (IOException | RuntimeException e) {
            byPage.clear();
        }
        return byPage;
    }

    private static void walk(PDDocument document, PDOutlineNode node, int level, Map<Integer, List<Entry>> byPage, int[] count)
            throws IOException {
        if (level > 9) {
            return;
        }
        for (PDOutlineItem item : node.children()) {
            if (++count[0] > MAX_ENTRIES) {
                return;
            }
            PDPage page = item.findDestinationPage(document);
            if (page != null && item.getTitle() != null) {
                int number = document.getPages().indexOf(page) + 1;
                if (number > 0) {
                    byPage.computeIfAbsent(number, k -> new ArrayList<>()).add(new Entry(squeeze(item.getTitle()), level));
                }
            }
            walk(document, item, level + 1, byPage, count);
        }
    }

    /** The heading level of a paragraph, or 0 when no bookmark names it. */
    static int level(Map<Integer, List<Entry>> outline, Paragraphs.Text text) {
        if (outline.isEmpty()) {
            return 0;
        }
        String squeezed = squeeze(text.text());
        for (Entry entry : outline.getOrDefault(text.firstPage(), List.of())) {
            if (!entry.title().isEmpty() && entry.title().equals(squeezed)) {
                return entry.level();
            }
        }
        return 0;
    }

    private static String squeeze(String text) {
        return text.replaceAll("[\\s\\u3000\\u00a0]+", "");
    }
}
