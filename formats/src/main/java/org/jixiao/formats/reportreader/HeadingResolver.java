package org.jixiao.formats.reportreader;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.jixiao.core.review.RecoveredNode;

/**
 * Finds the indicator a heading names ("2. 预算管理情况分析", "①预算编制科学性", "（1）安全生产和应急管理——应急安全工作完成情况",
 * "（一）管理效率方面"), so that the formulaic line below it can be compared with the score table. Names are compared
 * without spaces and quotes; a heading "A——B" names B (or A); a small typo (a doubled word) is tolerated.
 */
final class HeadingResolver {
    private static final Pattern ENUMERATOR = Pattern.compile(
            "^\\s*(?:[（(]\\s*[一二三四五六七八九十\\d]+\\s*[)）]|[一二三四五六七八九十]+\\s*[、.．]|\\d+\\s*[.．、](?!\\d)|[①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳]|[A-Za-z]\\s*[.．、])\\s*");
    private static final String[] SUFFIXES = {"完成情况分析", "完成情况", "情况评价分析", "评价分析", "情况分析", "分析", "方面", "情况"};

    private record Entry(RecoveredNode node, List<String> path, String key, RecoveredNode root) {}

    private final List<Entry> entries = new ArrayList<>();
    private RecoveredNode context;

    HeadingResolver(List<RecoveredNode> roots) {
        for (RecoveredNode root : roots) {
            add(root, new ArrayList<>(), root);
        }
    }

    private void add(RecoveredNode node, List<String> parent, RecoveredNode root) {
        List<String> path = new ArrayList<>(parent);
        path.add(node.name());
        entries.add(new Entry(node, List.copyOf(path), ReportReader.normalize(node.name()), root));
        for (RecoveredNode child : node.children()) {
            add(child, path, root);
        }
    }

    static boolean isHeading(String line) {
        String stripped = line.strip();
        return stripped.length() <= 50 && !stripped.contains("。") && !stripped.contains("\t") && ENUMERATOR.matcher(stripped).find()
                && !ReportReader.FORMULA.matcher(stripped).find();
    }

    /** The path of the indicator the heading names, or null. */
    List<String> resolve(String heading) {
        String title = ReportReader.normalize(ENUMERATOR.matcher(heading.strip()).replaceFirst(""));
        String[] parts = title.split("[—–]{1,2}|[-]{2,}");
        for (int i = parts.length - 1; i >= 0; i--) {
            for (String candidate : variants(parts[i])) {
                Entry entry = exact(candidate);
                if (entry != null) {
                    remember(entry);
                    return entry.path();
                }
            }
        }
        for (int i = parts.length - 1; i >= 0; i--) {
            Entry entry = fuzzy(parts[i]);
            if (entry != null) {
                remember(entry);
                return entry.path();
            }
        }
        return null;
    }

    private void remember(Entry entry) {
        context = entry.root();
    }

    private static List<String> variants(String part) {
        List<String> variants = new ArrayList<>();
        variants.add(part);
        for (String suffix : SUFFIXES) {
            if (part.endsWith(suffix) && part.length() > suffix.length() + 1) {
                variants.add(part.substring(0, part.length() - suffix.length()));
            }
        }
        // 决策指标分析, 产出指标完成情况, 效益类指标: the indicator is named without the word 指标
        for (String variant : List.copyOf(variants)) {
            for (String word : new String[] {"类指标", "指标"}) {
                if (variant.endsWith(word) && variant.length() > word.length() + 1) {
                    variants.add(variant.substring(0, variant.length() - word.length()));
                    break;
                }
            }
        }
        return variants;
    }

    private Entry exact(String key) {
        Entry other = null;
        for (Entry entry : entries) {
            if (entry.key().equals(key)) {
                if (context == null || entry.root() == context) {
                    return entry;
                }
                if (other == null) {
                    other = entry;
                }
            }
        }
        return other;
    }

    private Entry fuzzy(String key) {
        Entry best = null;
        double bestScore = 0;
        for (Entry entry : entries) {
            double score = similarity(key, entry.key());
            if (context != null && entry.root() == context) {
                score += 0.001;
            }
            if (score > bestScore) {
                bestScore = score;
                best = entry;
            }
        }
        return bestScore >= 0.85 ? best : null;
    }

    /** Longest common subsequence ÷ length of the longer string. */
    static double similarity(String a, String b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        int[][] lcs = new int[a.length() + 1][b.length() + 1];
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                lcs[i][j] = a.charAt(i - 1) == b.charAt(j - 1) ? lcs[i - 1][j - 1] + 1 : Math.max(lcs[i - 1][j], lcs[i][j - 1]);
            }
        }
        return (double) lcs[a.length()][b.length()] / Math.max(a.length(), b.length());
    }
}
