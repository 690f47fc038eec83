package org.jixiao.core.disclosure;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One sentence of a 情况说明 read for what it states: its amounts (with their unit), percentages and comparison words, each
 * with what it is by the words around it — this year's figure, last year's, the change and its direction, the rate of
 * change, a share of a whole, the 年初预算, the share of the 年初预算 spent — and the things it names (收支总计, 基本支出,
 * 科学技术支出（类）…). Word order is free: "比上年下降71.14%（减少15,024.49万元），为6,096.59万元" reads as
 * "6,096.59万元，比上年减少15,024.49万元，下降71.14%".
 */
final class Sentence {
    /** What a figure of the sentence is. */
    enum Kind { CURRENT, PRIOR, CHANGE, INITIAL, RATE, SHARE, EXECUTION, UNKNOWN_PERCENT, UNLINKED }

    /** A figure as printed, where it starts in the passage, what it is, and the direction word that goes with it. */
    record Token(Kind kind, BigDecimal value, String printed, Unit unit, int start, int end, Direction direction, String denominator,
                 Concepts.Concept named) {
        Token(Kind kind, BigDecimal value, String printed, Unit unit, int start, int end, Direction direction, String denominator) {
            this(kind, value, printed, unit, start, end, direction, denominator, null);
        }

        Token named(Concepts.Concept concept) {
            return new Token(kind, value, printed, unit, start, end, direction, denominator, concept);
        }

        boolean isPercent() {
            return unit == null;
        }

        /** As printed, with its unit: {@code 6,096.59万元}, {@code 71.14%}. */
        String shown() {
            return unit == null ? printed : printed + unit.label();
        }
    }

    /** 增加/增长 (UP), 减少/下降 (DOWN), 持平 (SAME), as the sentence says it. */
    enum Direction {
        UP, DOWN, SAME;

        static Direction of(String word) {
            if (word == null) {
                return null;
            }
            if (word.matches(".*(?:持平|不变|无变化|相同|等于).*")) {
                return SAME;
            }
            return word.matches(".*(?:减|降|少|下|节约|低于|小于|缩).*") ? DOWN : UP;
        }
    }

    /** A thing named in the sentence, where. */
    record Mention(Concepts.Concept concept, int start, int end) {}

    private static final Pattern NUMBER = Pattern.compile(
            "(?<![\\d.,])([-－]?\\d{1,3}(?:[,，]\\d{3})+(?:[.．]\\d+)?|[-－]?\\d+(?:[.．]\\d+)?)\\s*(万元|亿元|元|%|％)");
    private static final Pattern CHANGE_WORD = Pattern.compile(
            "(增加|减少|增长|下降|降低|上升|提高|节约|超支|多支出|少支出|增支|减支|增收|减收|增幅为?|减幅为?|降幅为?|增长率为?|下降幅度为?|变动率为?|多|少)了?(?:约|近|超过)?[：:为是]?\\s*$");
    private static final Pattern PRIOR_WORD = Pattern.compile("(?:上年|上一年|去年|同期|上年度|(\\d{4})\\s*年(?:度)?)");
    private static final Pattern INITIAL_WORD = Pattern.compile("年初预算|预算数|预算为|预算安排|调整预算|全年预算|预算[（(：:]?\\s*$");
    private static final Pattern EXECUTION_WORD = Pattern.compile("完成(?:了)?(?:年初)?(?:全年)?(?:调整)?预算(?:数)?的?|为(?:年初)?预算(?:数)?的|预算完成率(?:为)?|执行率(?:为)?|预算执行率(?:为)?");
    static final Pattern COMPARISON = Pattern.compile("(大于|小于|等于|高于|低于|超过|持平|超出|少于|多于)");

    final String text;
    final int offset;
    final List<Token> tokens = new ArrayList<>();
    final List<Mention> mentions = new ArrayList<>();
    /** 大于/小于/等于 as the sentence compares 决算 with 年初预算 ("决算数大于年初预算数"), or null. */
    Direction versusInitial;
    String versusInitialWord;
    int versusInitialAt = -1;
    /** The sentence says there was no 年初预算 (年初无预算). */
    boolean noInitialBudget;

    private Sentence(String text, int offset) {
        this.text = text;
        this.offset = offset;
    }

    /** The sentences of a passage (split at 。；! ? and at the line items "1、" that follow one another). */
    static List<Sentence> of(String passage, int year) {
        List<Sentence> sentences = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= passage.length(); i++) {
            if (i == passage.length() || "。；;！？!?".indexOf(passage.charAt(i)) >= 0) {
                if (i > start) {
                    Sentence sentence = new Sentence(passage.substring(start, i), start);
                    sentence.read(year);
                    sentences.add(sentence);
                }
                start = i + 1;
            }
        }
        return sentences;
    }

    private void read(int year) {
        String normal = text;
        for (Concepts.Concept concept : Concepts.all()) {
            Matcher matcher = concept.pattern().matcher(normal);
            while (matcher.find()) {
                mentions.add(new Mention(concept, matcher.start(), matcher.end()));
            }
        }
        for (Concepts.Concept concept : Concepts.subjects(normal)) {
            mentions.add(new Mention(concept, concept.start(), concept.end()));
        }
        // keep, of overlapping mentions, the longest (财政拨款收、支总计 over 收、支总计)
        mentions.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start()) : Integer.compare(b.end(), a.end()));
        List<Mention> kept = new ArrayList<>();
        for (Mention mention : mentions) {
            boolean inside = kept.stream().anyMatch(k -> k.start() <= mention.start() && mention.end() <= k.end());
            if (!inside) {
                kept.removeIf(k -> mention.start() <= k.start() && k.end() <= mention.end());
                kept.add(mention);
            }
        }
        mentions.clear();
        for (Mention mention : kept) {
            if (!qualified(mention)) {
                mentions.add(mention);
            }
        }
        Matcher number = NUMBER.matcher(text);
        int previousEnd = 0;
        while (number.find()) {
            String digits = number.group(1).replace('，', ',').replace('．', '.').replace('－', '-');
            BigDecimal value = new BigDecimal(digits.replace(",", ""));
            String suffix = number.group(2);
            Unit unit = suffix.equals("万元") ? Unit.WAN_YUAN : suffix.equals("元") ? Unit.YUAN : null;
            if (suffix.equals("亿元")) {
                continue;
            }
            String gap = text.substring(Math.max(previousEnd, lastMentionEnd(number.start())), number.start());
            String before = text.substring(previousEnd, number.start());
            String printed = number.group(1).strip() + (unit == null ? "%" : "");
            Token token = classify(value, printed, unit, number.start(), number.end(), gap, before, year);
            if (token.unit() != null && !linked(gap, token.kind())) {
                // words between the thing named and the amount that are not mere links ("项目支出中的专项资金500万元"):
                // the amount is of something else
                token = new Token(Kind.UNLINKED, value, printed, unit, number.start(), number.end(), null, gap.strip());
            }
            tokens.add(token);
            previousEnd = number.end();
        }
        respectively();
        // the names after 占 name a share's whole, not the thing of the amounts that follow ("占本年支出合计的91.54%，为5,400.6万元")
        for (Token token : tokens) {
            int at = token.kind() == Kind.SHARE ? text.lastIndexOf('占', token.start()) : -1;
            if (at >= 0) {
                mentions.removeIf(m -> m.start() > at && m.end() <= token.start());
            }
        }
        Matcher comparison = Pattern.compile("决算(?:数)?(" + COMPARISON.pattern() + ")(?:年初)?预算(?:数)?").matcher(text);
        if (comparison.find()) {
            versusInitialWord = comparison.group(1);
            versusInitial = Direction.of(versusInitialWord);
            versusInitialAt = comparison.start(1);
        }
        noInitialBudget = text.contains("年初无预算") || text.contains("年初未安排预算");
    }

    private static final Pattern LINKS = Pattern.compile(
            "(?:\\d{4}\\s*年度?|均为|各为|分别为|为|是|达到|达|共计|合计|总计|总额|小计|累计|共|计|约|和|及|决算数|决算|年初预算数|年初预算|全年预算数|预算数|预算|完成"
                    + "|年初|全年|本年度|本年|年度|当年|支出|收入|金额|实际|数|的|其中|了|本部门|本单位|[（(][类款项][)）])");

    /** Whether the words between a thing's name and its amount only link the two ("均为", "支出决算数为", "：" …). */
    private static boolean linked(String gap, Kind kind) {
        if (kind != Kind.CURRENT && kind != Kind.INITIAL) {
            return true;
        }
        String rest = LINKS.matcher(gap).replaceAll("").replaceAll("[\\s，,：:、“”\"（）()]", "");
        return rest.isEmpty();
    }

    /** Where the clause holding {@code position} starts: after the last ，：, or a comma that is not a thousands separator. */
    private int clauseStart(int position) {
        for (int i = position - 1; i >= 0; i--) {
            char c = text.charAt(i);
            boolean separator = c == ',' && i > 0 && i + 1 < text.length() && Character.isDigit(text.charAt(i - 1)) && Character.isDigit(text.charAt(i + 1));
            if (c == '，' || c == '：' || c == ':' || c == ',' && !separator) {
                return i;
            }
        }
        return -1;
    }

    /** "人员经费和公用经费分别为X万元和Y万元": the amounts after 分别 go to the things named before it, in order. */
    private void respectively() {
        int at = text.indexOf("分别");
        if (at < 0) {
            return;
        }
        List<Mention> named = mentions.stream().filter(m -> m.end() <= at).toList();
        List<Integer> amounts = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).start() > at && tokens.get(i).kind() == Kind.CURRENT) {
                amounts.add(i);
            }
        }
        if (named.size() < 2 || amounts.size() != named.size()) {
            return;
        }
        for (int i = 0; i < amounts.size(); i++) {
            tokens.set(amounts.get(i), tokens.get(amounts.get(i)).named(named.get(i).concept()));
        }
    }

    /**
     * A name right after other words that qualify it names something else: "政府采购支出总额" is not 本年支出合计,
     * "部门区级预算项目支出总额" not 项目支出. Allowed before a name: the start, punctuation, a year, and small words
     * (本年, 其中, 占, 为, 的, 和 …).
     */
    private boolean qualified(Mention mention) {
        if (mention.start() == 0 || mention.concept().isSubject()) {
            return false;
        }
        char before = text.charAt(mention.start() - 1);
        if (!Character.isLetter(before) || Character.isDigit(before)) {
            return false;
        }
        return "年度占为的和及与较比中括级门位含计是即了在对均各：".indexOf(before) < 0;
    }

    private int lastMentionEnd(int before) {
        int end = 0;
        for (Mention mention : mentions) {
            if (mention.end() <= before) {
                end = Math.max(end, mention.end());
            }
        }
        return end;
    }

    private Token classify(BigDecimal value, String printed, Unit unit, int start, int end, String gap, String before, int year) {
        Matcher change = CHANGE_WORD.matcher(gap);
        if (unit == null) {
            String lead = before.strip();
            int clause = clauseStart(start);
            String sinceClause = clause >= 0 ? text.substring(clause + 1, start) : text.substring(0, start);
            if (!lead.contains("占") && !EXECUTION_WORD.matcher(lead).find() && !CHANGE_WORD.matcher(lead).find()
                    && EXECUTION_WORD.matcher(sinceClause).find()) {
                return new Token(Kind.EXECUTION, value, printed, null, start, end, null, null);
            }
            change = CHANGE_WORD.matcher(lead);
            if (lead.contains("占") || lead.endsWith("比重为") || lead.endsWith("比重") || lead.endsWith("占比为")) {
                String denominator = lead.contains("占") ? lead.substring(lead.lastIndexOf('占') + 1).replaceFirst("的?(?:比重|比例)?(?:为)?$", "")
                        .replaceFirst("^比(?:为)?", "") : "";
                return new Token(Kind.SHARE, value.abs(), printed, null, start, end, null, denominator);
            }
            if (EXECUTION_WORD.matcher(lead).find()) {
                return new Token(Kind.EXECUTION, value, printed, null, start, end, null, null);
            }
            if (change.find()) {
                return new Token(Kind.RATE, value.abs(), printed, null, start, end, Direction.of(change.group(1)), null);
            }
            Matcher same = Pattern.compile("(增长|下降|增加|减少|增幅|降幅|减幅|变动)").matcher(before);
            String word = null;
            while (same.find()) {
                word = same.group(1);
            }
            if (word != null && before.length() - before.lastIndexOf(word) <= 12) {
                return new Token(Kind.RATE, value.abs(), printed, null, start, end, Direction.of(word), null);
            }
            return new Token(Kind.UNKNOWN_PERCENT, value, printed, null, start, end, null, null);
        }
        if (change.find()) {
            return new Token(Kind.CHANGE, value.abs(), printed, unit, start, end, Direction.of(change.group(1)), null);
        }
        Matcher prior = PRIOR_WORD.matcher(gap);
        while (prior.find()) {
            String printedYear = prior.group(1);
            if (printedYear == null || year > 0 && Integer.parseInt(printedYear) < year) {
                return new Token(Kind.PRIOR, value, printed, unit, start, end, null, null);
            }
        }
        if (INITIAL_WORD.matcher(gap).find() && !gap.contains("决算")) {
            return new Token(Kind.INITIAL, value, printed, unit, start, end, null, null);
        }
        return new Token(Kind.CURRENT, value, printed, unit, start, end, null, null);
    }

    /** The thing named last before {@code position} in this sentence, or null. */
    Concepts.Concept subjectBefore(int position) {
        Mention best = null;
        for (Mention mention : mentions) {
            if (mention.end() <= position && (best == null || mention.end() > best.end())) {
                best = mention;
            }
        }
        return best == null ? null : best.concept();
    }

    /** The first thing named after {@code position}, or null. */
    Concepts.Concept subjectAfter(int position) {
        for (Mention mention : mentions) {
            if (mention.start() >= position) {
                return mention.concept();
            }
        }
        return null;
    }
}
