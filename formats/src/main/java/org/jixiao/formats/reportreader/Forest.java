package org.jixiao.formats.reportreader;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.jixiao.core.review.Quote;
import org.jixiao.core.review.RecoveredReport.Copy;
import org.jixiao.core.review.RecoveredReport.Unread;

/**
 * One indicator tree of a report, put together from its score tables: an 一级 summary table gives the roots, a table per
 * 一级 indicator (its caption names it) gives that root's sub-tree, and a table printed again (摘要, 附件 评分表) is
 * recognised by its names and its figures and compared figure by figure — never added a second time. A table with the
 * same names but mostly different figures is another evaluation on the same framework (several projects scored alike):
 * it does not fit, and gets a tree of its own.
 */
final class Forest {
    private static final double SAME_NAMES = 0.8;
    private static final double SAME_FIGURES = 0.7;

    final List<TableNode> roots = new ArrayList<>();
    final List<Copy> copies;
    final List<Unread> unread;
    /** Where each node of a table went in the tree (itself, or the node it was found to repeat). */
    final Map<TableNode, TableNode> placed;

    Forest(List<Copy> copies, List<Unread> unread, Map<TableNode, TableNode> placed) {
        this.copies = copies;
        this.unread = unread;
        this.placed = placed;
    }

    /** Puts a table's nodes into this tree when they belong to it; false when they do not fit. */
    boolean fit(ScoreTableReader.Reading reading) {
        List<TableNode> top = reading.top;
        if (top.isEmpty()) {
            return true;
        }
        if (roots.isEmpty()) {
            if (!reading.firstLevel && captionRoot(reading) != null) {
                TableNode root = captionRoot(reading);
                roots.add(root);
                merge(root, top, 2);
                return true;
            }
            if (!reading.firstLevel && top.stream().allMatch(TableNode::isLeaf) && top.size() < 2) {
                return false;
            }
            merge(null, top, 1);
            return true;
        }
        TableNode owner = reading.firstLevel ? null : owner(reading);
        if (owner == null && !reading.firstLevel && captionRoot(reading) != null && matchesNone(top) && roomFor(top)) {
            // another 一级 indicator's own table ("表6 过程指标得分情况"), its 一级 named only in the caption
            TableNode root = captionRoot(reading);
            roots.add(root);
            merge(root, top, 2);
            return true;
        }
        if (reading.firstLevel && matchesNone(top) && roomFor(top)) {
            // more 一级 indicators of the same system, printed in a table of their own
            for (TableNode node : top) {
                relevel(node, 1);
                node.parent = null;
                roots.add(node);
                placeAll(node);
            }
            return true;
        }
        if (owner != null && owner.children.isEmpty() && !isKnownNames(top)) {
            merge(owner, top, owner.level + 1);
            return true;
        }
        List<TableNode> siblings = owner != null ? owner.children : roots;
        if (owner == null && !reading.firstLevel && !matchesLevel(top, roots)) {
            // a table of lower levels without a caption naming its 一级: its names may still be known
            List<TableNode> known = new ArrayList<>();
            for (TableNode node : top) {
                TableNode found = find(node.key);
                if (found == null) {
                    return false;
                }
                known.add(found);
            }
            int[] agreement = new int[2];
            for (int i = 0; i < top.size(); i++) {
                agreement(known.get(i), top.get(i), agreement);
            }
            if (!agrees(agreement)) {
                return false;
            }
            for (int i = 0; i < top.size(); i++) {
                compare(known.get(i), top.get(i));
                placed.put(top.get(i), known.get(i));
                if (!top.get(i).children.isEmpty()) {
                    merge(known.get(i), top.get(i).children, known.get(i).level + 1);
                }
            }
            return true;
        }
        if (!matchesLevel(top, siblings)) {
            return false;
        }
        int[] agreement = new int[2];
        for (TableNode node : top) {
            TableNode existing = sibling(siblings, node.key);
            if (existing != null) {
                agreement(existing, node, agreement);
            }
        }
        if (!agrees(agreement)) {
            return false;
        }
        merge(owner, top, owner == null ? 1 : owner.level + 1);
        return true;
    }

    private static final java.util.regex.Pattern CAPTION_ROOT = java.util.regex.Pattern.compile(
            "^(.{2,14}?)(?:类)?(?:指标)?(?:的)?(?:得分|评分|评价|打分|考核)(?:情况|明细|结果|汇总)?(?:表)?$");

    /** "表5 决策指标得分情况" names its 一级 indicator (决策): a root for a table of lower levels with nothing above it. */
    private static TableNode captionRoot(ScoreTableReader.Reading reading) {
        if (reading.table.caption == null) {
            return null;
        }
        var caption = LogicalTables.CAPTION.matcher(reading.table.caption);
        String text = TableVocabulary.key(caption.matches() ? caption.group(1) : reading.table.caption);
        var matcher = CAPTION_ROOT.matcher(text);
        if (!matcher.matches() || matcher.group(1).matches(".*(绩效|项目|部门|整体|综合|年度|各|附件).*")) {
            return null;
        }
        return new TableNode(matcher.group(1), 1, reading.table.anchorQuote());
    }

    private boolean matchesNone(List<TableNode> top) {
        return top.stream().noneMatch(node -> find(node.key) != null);
    }

    /** New 一级 indicators fit beside the known ones while the 一级 weights stay within 100. */
    private boolean roomFor(List<TableNode> top) {
        BigDecimal total = BigDecimal.ZERO;
        for (List<TableNode> nodes : List.of(roots, top)) {
            for (TableNode node : nodes) {
                BigDecimal weight = node.weight != null ? node.weight : node.leafWeight();
                if (weight == null) {
                    return false;
                }
                total = total.add(weight);
            }
        }
        return total.compareTo(new BigDecimal("100.5")) <= 0;
    }

    private boolean isKnownNames(List<TableNode> top) {
        return top.stream().allMatch(node -> find(node.key) != null);
    }

    private static boolean matchesLevel(List<TableNode> top, List<TableNode> siblings) {
        if (siblings.isEmpty()) {
            return true;
        }
        long matched = top.stream().filter(node -> sibling(siblings, node.key) != null).count();
        return matched >= Math.ceil(top.size() * SAME_NAMES);
    }

    private static boolean agrees(int[] agreement) {
        return agreement[0] == 0 || agreement[1] >= agreement[0] * SAME_FIGURES;
    }

    /** Counts figures both printings give ({@code [0]}) and those that are equal ({@code [1]}). */
    private static void agreement(TableNode first, TableNode second, int[] counts) {
        for (BigDecimal[] pair : new BigDecimal[][] {{first.weight, second.weight}, {first.score, second.score}, {first.rate, second.rate}}) {
            if (pair[0] != null && pair[1] != null) {
                counts[0]++;
                if (pair[0].compareTo(pair[1]) == 0) {
                    counts[1]++;
                }
            }
        }
        for (TableNode child : second.children) {
            TableNode match = sibling(first.children, child.key);
            if (match != null) {
                agreement(match, child, counts);
            }
        }
    }

    private static TableNode sibling(List<TableNode> siblings, String key) {
        for (TableNode sibling : siblings) {
            if (sibling.key.equals(key)) {
                return sibling;
            }
        }
        return null;
    }

    /** The indicator a table of lower levels belongs to: named by its caption or a short heading just above it. */
    private TableNode owner(ScoreTableReader.Reading reading) {
        List<String> texts = new ArrayList<>();
        if (reading.table.caption != null) {
            texts.add(reading.table.caption);
        }
        List<String> before = reading.table.before;
        for (int i = before.size() - 1; i >= 0 && i >= before.size() - 2; i--) {
            if (before.get(i).length() <= 40) {
                texts.add(before.get(i));
            }
        }
        for (String text : texts) {
            var caption = LogicalTables.CAPTION.matcher(text);
            String key = TableVocabulary.key(caption.matches() ? caption.group(1) : text);
            TableNode best = null;
            for (TableNode node : all()) {
                if (node.key.length() >= 2 && key.contains(node.key) && (best == null || node.key.length() > best.key.length()
                        || node.key.length() == best.key.length() && node.level < best.level)) {
                    best = node;
                }
            }
            if (best != null) {
                return best;
            }
        }
        return null;
    }

    List<TableNode> all() {
        List<TableNode> all = new ArrayList<>();
        for (TableNode root : roots) {
            collect(root, all);
        }
        return all;
    }

    private static void collect(TableNode node, List<TableNode> into) {
        into.add(node);
        for (TableNode child : node.children) {
            collect(child, into);
        }
    }

    private TableNode find(String key) {
        TableNode found = null;
        for (TableNode node : all()) {
            if (node.key.equals(key)) {
                if (found != null) {
                    return null; // the same name twice in the tree: not a safe match
                }
                found = node;
            }
        }
        return found;
    }

    private void merge(TableNode parent, List<TableNode> nodes, int level) {
        List<TableNode> siblings = parent == null ? roots : parent.children;
        boolean hadChildren = !siblings.isEmpty();
        for (TableNode node : nodes) {
            TableNode existing = sibling(siblings, node.key);
            if (existing == null) {
                if (hadChildren) {
                    unread.add(new Unread(node.quote, "“" + node.name + "”不在前文同一级的指标中（名称不同或为另一份表格），未并入指标树"));
                    continue;
                }
                relevel(node, level);
                node.parent = parent;
                siblings.add(node);
                placeAll(node);
            } else {
                compare(existing, node);
                placed.put(node, existing);
                if (!node.children.isEmpty()) {
                    merge(existing, node.children, level + 1);
                }
            }
        }
    }

    private void placeAll(TableNode node) {
        placed.put(node, node);
        for (TableNode child : node.children) {
            placeAll(child);
        }
    }

    private static void relevel(TableNode node, int level) {
        node.level = level;
        for (TableNode child : node.children) {
            relevel(child, level + 1);
        }
    }

    /** Two printings of one indicator: differing figures are recorded; figures only one of them prints are taken. */
    private void compare(TableNode first, TableNode second) {
        copy(first.name + " › 分值", first.weight, first.quote, second.weight, second.quote);
        copy(first.name + " › 得分", first.score, first.quote, second.score, second.quote);
        copy(first.name + " › 得分率", first.rate, first.quote, second.rate, second.quote);
        if (first.weight == null) {
            first.weight = second.weight;
        }
        if (first.score == null) {
            first.score = second.score;
        }
        if (first.rate == null) {
            first.rate = second.rate;
        }
    }

    private void copy(String what, BigDecimal first, Quote firstQuote, BigDecimal second, Quote secondQuote) {
        if (first != null && second != null && first.compareTo(second) != 0) {
            copies.add(new Copy(what, first, firstQuote, second, secondQuote));
        }
    }
}
