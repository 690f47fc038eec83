package org.jixiao.app.server.evaluation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.jixiao.core.evaluation.EvaluationResult;
import org.jixiao.formats.dataset.DatasetException;
import org.jixiao.formats.dataset.DatasetProblem;
import org.jixiao.formats.dataset.DatasetReader;
import org.springframework.stereotype.Component;

/**
 * Scores a stored evaluation from its dataset text. Nothing computed is stored; results are cached per evaluation
 * version (a version never changes its text), so reading an unchanged evaluation again costs no parsing.
 */
@Component
public class EvaluationScoring {
    private static final int CACHE_SIZE = 256;

    /**
     * The dataset's tree (for the editable rule inputs), the computed result, the reader's warnings and the report's printed
     * figures compared with the computed ones.
     */
    public record Scored(JsonNode tree, EvaluationResult result, List<DatasetProblem> warnings, int printedChecked,
            List<DatasetProblem> printedDifferences) {}

    private final Map<String, Scored> cache = new LinkedHashMap<>(64, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Scored> eldest) {
            return size() > CACHE_SIZE;
        }
    };

    public Scored score(EvaluationRow row) {
        String key = row.id() + ":" + row.version();
        synchronized (cache) {
            Scored cached = cache.get(key);
            if (cached != null) {
                return cached;
            }
        }
        Scored scored;
        try {
            scored = score(fileName(row), row.dataset());
        } catch (DatasetException e) {
            // text stored before control characters were refused on the way in is read with them replaced
            String readable = org.jixiao.app.server.input.StoredText.readableDataset(row.dataset());
            try {
                if (readable == null) {
                    throw e;
                }
                scored = score(fileName(row), readable);
            } catch (DatasetException again) {
                // stored datasets were accepted on the way in; this only happens after an incompatible format change
                throw new IllegalStateException("评价 " + row.id() + " 的数据集无法读取：" + again.getMessage(), again);
            }
        }
        synchronized (cache) {
            cache.put(key, scored);
        }
        return scored;
    }

    /** Reads and scores dataset text (YAML). */
    static Scored score(String fileName, String yaml) throws DatasetException {
        // parsed once: the reader's tree (exact decimals) is the one edits copy
        DatasetReader.Read read = DatasetReader.read(fileName, yaml, false);
        return new Scored(read.tree(), read.score(), read.warnings(), read.printedChecked(), read.printedDifferences());
    }

    /** Scores a dataset tree without going through text: an edit is checked and scored as it stands. */
    static Scored score(String fileName, com.fasterxml.jackson.databind.node.ObjectNode tree) throws DatasetException {
        DatasetReader.Read read = DatasetReader.read(fileName, tree);
        return new Scored(tree, read.score(), read.warnings(), read.printedChecked(), read.printedDifferences());
    }

    static String fileName(EvaluationRow row) {
        return "评价" + row.id() + ".yaml";
    }
}
