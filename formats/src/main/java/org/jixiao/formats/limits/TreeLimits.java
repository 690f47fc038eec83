package org.jixiao.formats.limits;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * The limits of a YAML or JSON document (a dataset file, a request body): its length, how deep it nests, how many YAML
 * aliases it uses (a "billion laughs" file expands a few lines into billions of nodes through them), the length of one
 * number. The parsers stop at them, so a hostile file costs no more than a large honest one.
 */
public final class TreeLimits {
    /** Characters of one document: as much as the largest request the server takes. */
    public static final int MAX_CHARS = 20 * 1024 * 1024;
    public static final int MAX_DEPTH = 64;
    public static final int MAX_ALIASES = 50;
    /** Characters of one number as written. */
    public static final int MAX_NUMBER_CHARS = 64;

    private TreeLimits() {}

    public static StreamReadConstraints constraints() {
        return StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).maxNumberLength(MAX_NUMBER_CHARS)
                .maxStringLength(MAX_CHARS).maxDocumentLength(MAX_CHARS).build();
    }

    public static JsonFactory json() {
        return JsonFactory.builder().streamReadConstraints(constraints()).build();
    }

    public static JsonFactory yaml() {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(MAX_CHARS);
        options.setNestingDepthLimit(MAX_DEPTH);
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setAllowRecursiveKeys(false);
        return YAMLFactory.builder().loaderOptions(options).streamReadConstraints(constraints()).build();
    }

    /** The limit a parser's failure says was reached, in Chinese; {@code null} when the failure was no limit. */
    public static String reached(Exception parseFailure) {
        String message = String.valueOf(parseFailure.getMessage());
        if (parseFailure instanceof StreamConstraintsException) {
            if (message.contains("nesting depth")) {
                return depth();
            }
            if (message.contains("Number value length")) {
                return "数字超过 " + MAX_NUMBER_CHARS + " 个字符的上限";
            }
            return "文件超过 " + MAX_CHARS / (1024 * 1024) + " MB（" + String.format("%,d", MAX_CHARS) + " 个字符）的上限";
        }
        // SnakeYAML's limits, as Jackson passes them on
        if (message.contains("Nesting Depth exceeded")) {
            return depth();
        }
        if (message.contains("Number of aliases for non-scalar nodes exceeds")) {
            return "YAML 别名（*引用）超过 " + MAX_ALIASES + " 个的上限";
        }
        if (message.contains("The incoming YAML document exceeds the limit")) {
            return "文件超过 " + MAX_CHARS / (1024 * 1024) + " MB（" + String.format("%,d", MAX_CHARS) + " 个字符）的上限";
        }
        return null;
    }

    private static String depth() {
        return "嵌套层数超过 " + MAX_DEPTH + " 层的上限";
    }
}
