package org.jixiao.core.disclosure;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jixiao.core.disclosure.Sentence.Direction;
import org.jixiao.core.disclosure.Sentence.Kind;
import org.jixiao.core.disclosure.Sentence.Token;
import org.jixiao.core.review.Finding;
import org.jixiao.core.review.Location;
import org.jixiao.core.review.Severity;
import org.jixiao.core.review.Tolerance;
import org.jixiao.core.review.Where;

/**
 * Checks the 情况说明 in its own wording: every sentence that states an amount, a share or a comparison is matched by
 * meaning to the table figures it speaks of (whatever its word order, its unit — 元 or 万元 — or how it names the thing),
 * and its figures and comparison words are recomputed:
 * <ul>
 *   <li>an amount against the table's figure of the thing it names;</li>
 *   <li>a change against last year's figure where a table prints it; where none does, the change and its rate against each
 *       other (last year = this year ∓ the change), and the two direction words (增加…增长, 减少…下降) against each other;</li>
 *   <li>a share (占…%) against the part and the whole it is a share of;</li>
 *   <li>完成年初预算的 …% against 决算 ÷ 年初预算, and 决算数大于/小于年初预算数 against the two; a 年初预算 total against
 *       the 年初预算 of the items listed under it when those items are all the 项 of the table.</li>
 * </ul>
 * A figure that cannot be matched — it names nothing the tables print, or its table is not published — is listed as not
 * checked with the reason. Differences within the printed precision are not differences; one unit of the last digit is
 * a rounding note.
 */
final class ExplanationCheck {
    static final String AMOUNT = "TEXT_AMOUNT";
    static final String PERCENT = "TEXT_PERCENT";
    static final String WORD = "TEXT_WORD";
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** What one passage says about one thing: its figures by kind, as printed. */
    private static final class Claim {
        final Concepts.Concept concept;
        final Passage passage;
        Sentence sentence;
        Token current;
        Token prior;
        Token change;
        Token rate;
        Token initial;
        Token execution;
        final List<Token> shares = new ArrayList<>();
        final List<Sentence> shareSentences = new ArrayList<>();
        Direction versusInitial;
        String versusInitialWord;
        Sentence versusSentence;
        boolean noInitialBudget;
        Sentence noInitialSentence;
        final Map<Token, Sentence> sentenceOf = new LinkedHashMap<>();
        /** For each share: the whole it is a share of, as named or as the sentence or passage began. */
        final Map<Token, Whole> wholeOf = new LinkedHashMap<>();

        Claim(Concepts.Concept concept, Passage passage) {
            this.concept = concept;
            this.passage = passage;
        }
    }

    /** The whole a share is of: the thing (when known) and the amount the text states for it (when it does). */
    private record Whole(Concepts.Concept concept, Token stated, String reason) {}

    private final PublishedDisclosure disclosure;
    private final Relations relations;

    private ExplanationCheck(PublishedDisclosure disclosure, Relations relations) {
        this.disclosure = disclosure;
        this.relations = relations;
    }

    static void check(PublishedDisclosure disclosure, Relations relations) {
        new ExplanationCheck(disclosure, relations).run();
    }

    private void run() {
        Map<String, List<Claim>> bySection = new LinkedHashMap<>();
        for (Passage passage : disclosure.text()) {
            List<Claim> claims = read(passage);
            bySection.computeIfAbsent(passage.heading(), k -> new ArrayList<>()).addAll(claims);
        }
        for (List<Claim> claims : bySection.values()) {
            List<Claim> listed = itemTotals(claims);
            for (Claim claim : claims) {
                evaluate(claim, listed.contains(claim));
            }
        }
    }

    // ------------------------------------------------------------------------------------------------ reading

    /** The claims of one passage: each figure given to the thing it speaks of. */
    private List<Claim> read(Passage passage) {
        List<Claim> claims = new ArrayList<>();
        Map<String, Claim> open = new LinkedHashMap<>();
        Concepts.Concept carried = null;
        Token firstInPassage = null;
        Concepts.Concept firstConcept = null;
        for (Sentence sentence : Sentence.of(passage.text(), disclosure.year())) {
            if (sentence.tokens.isEmpty() && sentence.versusInitial == null && !sentence.noInitialBudget) {
                Concepts.Concept named = sentence.subjectBefore(sentence.text.length());
                if (named != null) {
                    carried = named;
                }
                continue;
            }
            Concepts.Concept lastSubject = null;
            for (Token token : sentence.tokens) {
                // a share's own thing is named before its 占 (the words after 占 name the whole)
                int at = token.kind() == Kind.SHARE && sentence.text.lastIndexOf('占', token.start()) >= 0
                        ? sentence.text.lastIndexOf('占', token.start()) : token.start();
                Concepts.Concept concept = token.named() != null ? token.named() : sentence.subjectBefore(at);
                if (token.kind() == Kind.CHANGE || token.kind() == Kind.RATE || token.kind() == Kind.EXECUTION) {
                    concept = concept != null ? concept : lastSubject;
                } else if (token.kind() == Kind.SHARE && concept == null) {
                    concept = lastSubject;
                }
                if (concept == null) {
                    concept = carried != null ? carried : sentence.subjectAfter(token.end());
                }
                if (concept == null) {
                    unmatched(passage, sentence, token, "句中没有指明这个数字说的是哪一项");
                    continue;
                }
                carried = concept;
                lastSubject = concept;
                Claim claim = open.get(concept.name());
                if (claim == null || slotTaken(claim, token)) {
                    claim = new Claim(concept, passage);
                    claim.sentence = sentence;
                    open.put(concept.name(), claim);
                    claims.add(claim);
                }
                claim.sentenceOf.put(token, sentence);
                switch (token.kind()) {
                    case CURRENT -> claim.current = token;
                    case PRIOR -> claim.prior = token;
                    case CHANGE -> claim.change = token;
                    case RATE -> claim.rate = token;
                    case INITIAL -> claim.initial = token;
                    case EXECUTION -> claim.execution = token;
                    case SHARE -> claim.shares.add(token);
                    case UNKNOWN_PERCENT -> unmatched(passage, sentence, token, "看不出这个百分比是占比、增减率还是完成率");
                    case UNLINKED -> unmatched(passage, sentence, token, "“" + token.denominator() + "”说明这个金额不是“"
                            + concept.name().replace("/", "") + "”本身");
                }
                if (token.kind() == Kind.CURRENT && firstInPassage == null) {
                    firstInPassage = token;
                    firstConcept = concept;
                }
                if (token.kind() == Kind.SHARE) {
                    claim.wholeOf.put(token, sharedWhole(sentence, token, concept, firstInPassage, firstConcept));
                }
            }
            Concepts.Concept subject = lastSubject != null ? lastSubject : carried;
            if (subject != null && (sentence.versusInitial != null || sentence.noInitialBudget)) {
                Claim claim = open.get(subject.name());
                if (claim == null) {
                    claim = new Claim(subject, passage);
                    claim.sentence = sentence;
                    open.put(subject.name(), claim);
                    claims.add(claim);
                }
                if (sentence.versusInitial != null) {
                    claim.versusInitial = sentence.versusInitial;
                    claim.versusInitialWord = sentence.versusInitialWord;
                    claim.versusSentence = sentence;
                }
                if (sentence.noInitialBudget) {
                    claim.noInitialBudget = true;
                    claim.noInitialSentence = sentence;
                }
            }
        }
        return claims;
    }

    /** A second figure of a kind the claim already has starts a new claim (the same thing stated again, e.g. 均为). */
    private static boolean slotTaken(Claim claim, Token token) {
        return switch (token.kind()) {
            case CURRENT -> claim.current != null;
            case PRIOR -> claim.prior != null;
            case CHANGE -> claim.change != null;
            case RATE -> claim.rate != null;
            case INITIAL -> claim.initial != null;
            case EXECUTION -> claim.execution != null;
            default -> false;
        };
    }

    private void unmatched(Passage passage, Sentence sentence, Token token, String reason) {
        Where where = passage.whereAt(sentence.offset + token.start());
        relations.unchecked("text|" + passage.text().hashCode() + "|" + sentence.offset + "|" + token.start(), where, sentence.text.strip(),
                "情况说明中的“" + token.shown() + "”未核对：" + reason);
    }

    // ------------------------------------------------------------------------------------------------ the tables

    /** A figure of the tables a thing resolves to, or the reason it does not. */
    private record Target(PrintedTable table, PrintedRow row, ColumnKey column, String reason) {
        Figure figure() {
            return row == null ? null : row.figure(column);
        }

        /** This figure, or 0 when the table prints its zeros as blanks; null when not given. */
        BigDecimal value() {
            Figure figure = figure();
            if (figure != null) {
                return figure.value();
            }
            return row != null && !row.isUnreadable(column) && table.blankMeansZero() ? BigDecimal.ZERO : null;
        }

        Unit unit() {
            return table.unit();
        }

        String where() {
            return table.name() + " " + row.label() + " · " + table.columnLabel(column);
        }
    }

    private Target resolve(Concepts.Concept concept, String heading, Measure measure, Period period) {
        if (!concept.inTables()) {
            return new Target(null, null, null, "公开表中没有“" + concept.name() + "”这一数字");
        }
        if (concept.isSubject()) {
            return subject(concept, heading, period);
        }
        List<Concepts.Place> places = new ArrayList<>(concept.places());
        List<TableRole> preferred = preferred(heading);
        // under a heading about a table, a thing that table prints is that table's figure, never another table's of the
        // same name (基本支出 under 一般公共预算… is not the 基本支出 of all funds)
        if (concept.byHeading() && places.stream().anyMatch(p -> preferred.contains(p.role()))) {
            places.removeIf(p -> !preferred.contains(p.role()));
        }
        places.sort((a, b) -> Integer.compare(rank(preferred, a.role()), rank(preferred, b.role())));
        String missing = null;
        String misread = null;
        for (Concepts.Place place : places) {
            PrintedTable table = disclosure.table(place.role());
            if (table == null) {
                missing = missing != null ? missing : place.role().title(disclosure.statement());
                continue;
            }
            if (relations.isMisread(table)) {
                misread = misread != null ? misread : table.name();
                continue;
            }
            PrintedRow row = table.row(place.row());
            Measure m = measure != null && place.role() == TableRole.THREE_PUBLIC ? measure : threeColumn(place);
            ColumnKey column = new ColumnKey(m, period);
            if (row != null && table.hasColumn(column)) {
                if (relations.doubtful(table, row.figure(column))) {
                    misread = misread != null ? misread : table.name();
                    continue;
                }
                return new Target(table, row, column, null);
            }
        }
        if (misread != null) {
            return new Target(null, null, null, "“" + concept.name() + "”所在的" + misread + "读不准（本表由文字对齐推断、数字写法不一或多处勾稽关系不成立）");
        }
        return new Target(null, null, null, missing != null ? "“" + concept.name() + "”所在的" + missing + "未公开"
                : "公开表中没有印出“" + concept.name() + "”");
    }

    /** The “三公” figure a 决算 speaks of is the 决算数; a 预算's, the 预算数. */
    private Measure threeColumn(Concepts.Place place) {
        if (place.role() == TableRole.THREE_PUBLIC && disclosure.statement() == Statement.BUDGET) {
            return Measure.BUDGET;
        }
        return place.measure();
    }

    private static int rank(List<TableRole> preferred, TableRole role) {
        int index = preferred.indexOf(role);
        return index < 0 ? preferred.size() : index;
    }

    /** The tables a heading is about, first. */
    private static List<TableRole> preferred(String heading) {
        List<TableRole> roles = new ArrayList<>();
        if (heading.contains("三公")) {
            roles.add(TableRole.THREE_PUBLIC);
        }
        if (heading.contains("政府性基金")) {
            roles.add(TableRole.GOVERNMENT_FUND);
        }
        if (heading.contains("国有资本")) {
            roles.add(TableRole.STATE_CAPITAL);
        }
        if (heading.contains("一般公共预算")) {
            roles.add(TableRole.GENERAL_PUBLIC);
            roles.add(TableRole.BASIC);
        }
        if (heading.contains("财政拨款收入支出") || heading.contains("财政拨款收支")) {
            roles.add(TableRole.FISCAL_SUMMARY);
        }
        if (heading.contains("总体") || heading.contains("收支总") || heading.contains("收入支出决算总")) {
            roles.add(TableRole.SUMMARY);
        }
        if (heading.contains("支出")) {
            roles.add(TableRole.EXPENDITURE);
        }
        if (heading.contains("收入")) {
            roles.add(TableRole.INCOME);
        }
        return roles;
    }

    /** A 科目 named by its 类 (and 款, 项) names: its row in the table the heading is about, else in any table by 科目. */
    private Target subject(Concepts.Concept concept, String heading, Period period) {
        List<TableRole> roles = new ArrayList<>(preferred(heading));
        roles.removeIf(role -> !role.byFunction() && role != TableRole.SUMMARY);
        if (roles.isEmpty()) {
            roles.addAll(List.of(TableRole.GENERAL_PUBLIC, TableRole.EXPENDITURE, TableRole.INCOME, TableRole.SUMMARY));
        } else if (roles.contains(TableRole.EXPENDITURE) && !roles.contains(TableRole.GENERAL_PUBLIC)) {
            roles.add(TableRole.SUMMARY); // 支出 by 类: the 支出决算表, else the 类 rows of the 收支总表
        }
        if (heading.contains("一般公共预算") || heading.contains("政府性基金") || heading.contains("国有资本")) {
            // a 科目 under a heading about one kind of funds is that table's figure: the tables of all funds print another
            roles.removeIf(role -> role == TableRole.EXPENDITURE || role == TableRole.INCOME || role == TableRole.SUMMARY);
        }
        String missing = roles.stream().filter(role -> !disclosure.has(role)).map(role -> role.title(disclosure.statement())).findFirst().orElse(null);
        String classCode = FunctionClasses.code(concept.path().get(0));
        String misread = null;
        for (TableRole role : roles) {
            PrintedTable table = disclosure.table(role);
            if (table == null || !(role.byFunction() || role == TableRole.SUMMARY)) {
                continue;
            }
            if (relations.isMisread(table)) {
                misread = misread != null ? misread : table.name();
                continue;
            }
            PrintedRow row = findSubject(table, concept.path(), classCode);
            if (row == null) {
                continue;
            }
            ColumnKey column = new ColumnKey(role == TableRole.SUMMARY ? Measure.AMOUNT : Measure.TOTAL, period);
            if (table.hasColumn(column)) {
                if (relations.doubtful(table, row.figure(column))) {
                    misread = misread != null ? misread : table.name();
                    continue;
                }
                return new Target(table, row, column, null);
            }
        }
        if (misread != null) {
            return new Target(null, null, null, "科目“" + concept.name().replace("/", "") + "”所在的" + misread + "读不准（本表由文字对齐推断、数字写法不一或多处勾稽关系不成立）");
        }
        return new Target(null, null, null, missing != null && roles.stream().noneMatch(disclosure::has)
                ? "科目“" + concept.name().replace("/", "") + "”所在的" + missing + "未公开" : "公开表中没有找到科目“" + concept.name().replace("/", "") + "”");
    }

    private static PrintedRow findSubject(PrintedTable table, List<String> path, String classCode) {
        if (path.size() == 1) {
            return classCode == null ? null : table.row(RowKey.code(classCode));
        }
        String leaf = path.get(path.size() - 1);
        int depth = path.size() - 1;
        PrintedRow found = null;
        for (PrintedRow row : table.codeRows()) {
            RowKey.Code code = (RowKey.Code) row.key();
            if (code.depth() != depth || !nameOf(row).equals(leaf)) {
                continue;
            }
            if (classCode != null && !code.code().startsWith(classCode)) {
                continue;
            }
            if (depth == 2) {
                PrintedRow section = table.row(code.parent());
                if (section != null && !nameOf(section).equals(path.get(1))) {
                    continue;
                }
            }
            if (found != null) {
                return null; // two rows of that name: not certain which
            }
            found = row;
        }
        return found;
    }

    private static String nameOf(PrintedRow row) {
        return row.label().replaceFirst("^\\d+\\s*", "").replaceAll("\\s", "");
    }

    // ------------------------------------------------------------------------------------------------ checking

    private void evaluate(Claim claim, boolean initialFromItems) {
        String heading = claim.passage.heading();
        Target target = resolve(claim.concept, heading, null, Period.CURRENT);
        BigDecimal current = null;
        Unit currentUnit = null;
        if (claim.current != null) {
            current = claim.current.value();
            currentUnit = claim.current.unit();
            if (target.reason() == null) {
                BigDecimal table = target.value();
                if (table != null && !matchesAnyReading(claim.concept, claim.current)) {
                    amount(claim, claim.current, table, target.unit(), target.figure(), target.where(), "金额 = " + target.table().name() + "的数字");
                    current = table;
                    currentUnit = target.unit();
                }
            } else if (!claim.concept.inTables() && claim.change == null && claim.rate == null && claim.shares.isEmpty()) {
                unmatched(claim.passage, claim.sentenceOf.get(claim.current), claim.current, target.reason());
            } else if (claim.concept.inTables()) {
                unmatched(claim.passage, claim.sentenceOf.get(claim.current), claim.current, target.reason());
            }
        } else if (target.reason() == null && target.value() != null) {
            current = target.value();
            currentUnit = target.unit();
        }
        if (claim.initial != null) {
            initial(claim, heading);
        }
        changes(claim, heading, current, currentUnit);
        for (int i = 0; i < claim.shares.size(); i++) {
            share(claim, claim.shares.get(i), heading, current, currentUnit);
        }
        if (!initialFromItems) {
            execution(claim, current, currentUnit, null);
        }
    }

    /** A 年初预算 or 预算数 stated, against the table's column of it where one is printed. */
    private void initial(Claim claim, String heading) {
        Measure measure = claim.concept.places().stream().anyMatch(p -> p.role() == TableRole.THREE_PUBLIC) ? Measure.BUDGET : Measure.INITIAL_BUDGET;
        Target target = resolve(claim.concept, heading, measure, Period.CURRENT);
        if (target.reason() == null && measure == Measure.INITIAL_BUDGET && !target.column().measure().equals(Measure.INITIAL_BUDGET)) {
            return;
        }
        if (target.reason() == null && target.value() != null && target.column().measure() == measure) {
            amount(claim, claim.initial, target.value(), target.unit(), target.figure(), target.where(), "预算数 = " + target.table().name() + "的数字");
        }
    }

    /**
     * Whether a stated amount equals the figure of its thing in any table that prints it, whatever the heading, or a figure
     * its words are also used for: precision first, an amount that one reading of its words explains is not an error.
     */
    private boolean matchesAnyReading(Concepts.Concept concept, Token token) {
        List<Target> targets = new ArrayList<>();
        if (concept.isSubject()) {
            String classCode = FunctionClasses.code(concept.path().get(0));
            for (PrintedTable table : disclosure.tables()) {
                if (table.role().byFunction() || table.role() == TableRole.SUMMARY || table.role() == TableRole.FISCAL_SUMMARY) {
                    PrintedRow row = findSubject(table, concept.path(), classCode);
                    if (row != null) {
                        for (ColumnKey column : table.columns().keySet()) {
                            if (column.period() == Period.CURRENT) {
                                targets.add(new Target(table, row, column, null));
                            }
                        }
                    }
                }
            }
        } else {
            for (Concepts.Place place : Concepts.everyPlace(concept)) {
                PrintedTable table = disclosure.table(place.role());
                PrintedRow row = table == null ? null : table.row(place.row());
                if (row != null) {
                    targets.add(new Target(table, row, new ColumnKey(threeColumn(place), Period.CURRENT), null));
                }
            }
        }
        BigDecimal stated = token.value().multiply(token.unit().inYuan());
        BigDecimal statedDigit = BigDecimal.ONE.movePointLeft(Math.max(token.value().scale(), 0)).multiply(token.unit().inYuan());
        for (Target target : targets) {
            Figure figure = target.figure();
            if (figure == null) {
                continue;
            }
            BigDecimal digit = statedDigit.max(figure.lastDigit().multiply(target.unit().inYuan()));
            if (stated.subtract(figure.value().multiply(target.unit().inYuan())).abs().compareTo(digit.divide(BigDecimal.valueOf(2))) <= 0) {
                return true;
            }
        }
        return false;
    }

    /** Compares a stated amount with a figure (both in 元), at the coarser of the two printed precisions. */
    private void amount(Claim claim, Token token, BigDecimal value, Unit unit, Figure figure, String where, String rule) {
        BigDecimal stated = token.value().multiply(token.unit().inYuan());
        BigDecimal actual = value.multiply(unit.inYuan());
        BigDecimal statedDigit = BigDecimal.ONE.movePointLeft(Math.max(token.value().scale(), 0)).multiply(token.unit().inYuan());
        BigDecimal tableDigit = figure == null ? statedDigit : figure.lastDigit().multiply(unit.inYuan());
        BigDecimal digit = statedDigit.max(tableDigit);
        BigDecimal difference = stated.subtract(actual).abs();
        if (difference.compareTo(digit.divide(BigDecimal.valueOf(2))) <= 0) {
            return;
        }
        Severity severity = difference.compareTo(digit.multiply(new BigDecimal("1.5"))) <= 0 ? Severity.INFO : Severity.ERROR;
        String expected = money(actual.divide(token.unit().inYuan()), token);
        report(claim, token, AMOUNT, severity, expected, rule, "情况说明写" + claim.concept.name().replace("/", "") + " " + token.shown() + "，"
                + where + " 为 " + (figure == null ? "空白" : figure.printed()) + (severity == Severity.INFO ? "，属四舍五入的尾差" : ""));
    }

    /** The change from last year: against a printed prior figure, else its amount and its rate against each other. */
    private void changes(Claim claim, String heading, BigDecimal current, Unit currentUnit) {
        if (claim.change == null && claim.rate == null) {
            return;
        }
        BigDecimal prior = null;
        Unit priorUnit = null;
        String priorSource = null;
        Target priorTarget = claim.concept.inTables() ? resolve(claim.concept, heading, null, Period.PRIOR) : null;
        if (priorTarget != null && priorTarget.reason() == null && priorTarget.figure() != null) {
            prior = priorTarget.figure().value();
            priorUnit = priorTarget.unit();
            priorSource = priorTarget.where();
        } else if (claim.prior != null) {
            prior = claim.prior.value();
            priorUnit = claim.prior.unit();
            priorSource = "情况说明所写上年数 " + claim.prior.printed();
        }
        if (current == null) {
            Token first = claim.change != null ? claim.change : claim.rate;
            unmatched(claim.passage, claim.sentenceOf.get(first), first, "句中和表中都没有本年数，增减未核对");
            return;
        }
        BigDecimal now = current.multiply(currentUnit.inYuan());
        if (prior != null) {
            BigDecimal before = prior.multiply(priorUnit.inYuan());
            BigDecimal difference = now.subtract(before);
            Direction actual = difference.signum() > 0 ? Direction.UP : difference.signum() < 0 ? Direction.DOWN : Direction.SAME;
            String rule = "增减 = 本年数 − 上年数（上年数：" + priorSource + "）";
            if (claim.change != null) {
                compareAmount(claim, claim.change, difference.abs(), rule);
                direction(claim, claim.change, actual, rule);
            }
            if (claim.rate != null && before.signum() != 0) {
                comparePercent(claim, claim.rate, percent(difference.abs(), before.abs()), "增减率 = (本年数 − 上年数) ÷ 上年数（上年数：" + priorSource + "）");
                direction(claim, claim.rate, actual, rule);
            }
            return;
        }
        if (claim.change == null || claim.rate == null) {
            Token only = claim.change != null ? claim.change : claim.rate;
            if (claim.change != null && claim.change.direction() == Direction.SAME && claim.change.value().signum() != 0) {
                return;
            }
            unmatched(claim.passage, claim.sentenceOf.get(only), only, "公开表中没有上年数，增减额与增减率又只写了一个，无从复算");
            return;
        }
        // last year = this year ∓ the change: the rate must follow from the two, and the two words must agree
        BigDecimal change = claim.change.value().multiply(claim.change.unit().inYuan());
        Direction amountWord = claim.change.direction();
        Direction rateWord = claim.rate.direction();
        BigDecimal up = rateFor(now, change, Direction.UP);
        BigDecimal down = rateFor(now, change, Direction.DOWN);
        BigDecimal printed = claim.rate.value();
        boolean upHolds = up != null && Tolerance.compare(printed, up) != Tolerance.Match.MISMATCH;
        boolean downHolds = down != null && Tolerance.compare(printed, down) != Tolerance.Match.MISMATCH;
        if (change.signum() == 0) {
            if (printed.signum() != 0) {
                comparePercent(claim, claim.rate, BigDecimal.ZERO, "增减额为 0 时增减率为 0");
            }
            return;
        }
        String rule = "上年数 = 本年数 ∓ 增减额，增减率 = 增减额 ÷ 上年数";
        if (amountWord != null && rateWord != null && amountWord != rateWord && amountWord != Direction.SAME && rateWord != Direction.SAME) {
            if (amountWord == Direction.UP ? upHolds : downHolds) {
                wrongWord(claim, claim.rate, amountWord, rule + "：按所写增减额与增减率，应与“" + word(claim.change) + "”一致");
            } else if (rateWord == Direction.UP ? upHolds : downHolds) {
                wrongWord(claim, claim.change, rateWord, rule + "：按所写增减额与增减率，应与“" + word(claim.rate) + "”一致");
            } else {
                comparePercent(claim, claim.rate, amountWord == Direction.UP ? up : down, rule);
            }
            return;
        }
        Direction stated = amountWord != null ? amountWord : rateWord;
        BigDecimal expected = stated == Direction.UP ? up : down;
        if (expected == null) {
            return;
        }
        if (Tolerance.compare(printed, expected) == Tolerance.Match.MISMATCH && (stated == Direction.UP ? downHolds : upHolds)
                && amountWord == rateWord) {
            // both words say the opposite of what the figures say
            wrongWord(claim, claim.change, stated == Direction.UP ? Direction.DOWN : Direction.UP, rule + "：所写增减率只在相反方向下成立");
            return;
        }
        comparePercent(claim, claim.rate, expected, rule);
    }

    private static BigDecimal rateFor(BigDecimal now, BigDecimal change, Direction direction) {
        BigDecimal prior = direction == Direction.UP ? now.subtract(change) : now.add(change);
        if (prior.signum() <= 0) {
            return null;
        }
        return percent(change, prior);
    }

    private void compareAmount(Claim claim, Token token, BigDecimal expectedYuan, String rule) {
        BigDecimal stated = token.value().multiply(token.unit().inYuan());
        BigDecimal digit = BigDecimal.ONE.movePointLeft(Math.max(token.value().scale(), 0)).multiply(token.unit().inYuan()).max(BigDecimal.valueOf(100));
        BigDecimal difference = stated.subtract(expectedYuan).abs();
        if (difference.compareTo(digit) <= 0) {
            return;
        }
        Severity severity = difference.compareTo(digit.multiply(BigDecimal.valueOf(2))) <= 0 ? Severity.INFO : Severity.ERROR;
        report(claim, token, AMOUNT, severity, money(expectedYuan.divide(token.unit().inYuan()), token), rule, "情况说明写" + word(token) + token.shown());
    }

    private void comparePercent(Claim claim, Token token, BigDecimal expected, String rule) {
        Severity severity = Tolerance.severityOf(token.value().abs(), expected.abs());
        if (severity == null) {
            return;
        }
        String shown = expected.abs().setScale(Math.max(2, token.value().scale()), RoundingMode.HALF_UP).stripTrailingZeros().toPlainString() + "%";
        report(claim, token, PERCENT, severity, shown, rule, "情况说明写 " + token.printed());
    }

    private void direction(Claim claim, Token token, Direction actual, String rule) {
        Direction stated = token.direction();
        if (stated == null || actual == null || stated == actual) {
            return;
        }
        if (actual == Direction.SAME && token.value().signum() == 0) {
            return;
        }
        wrongWord(claim, token, actual, rule);
    }

    private void wrongWord(Claim claim, Token token, Direction should, String rule) {
        String printed = word(token);
        String expected = opposite(printed, should);
        report(claim, token, WORD, Severity.ERROR, expected, rule, "情况说明写“" + printed + "”" + token.shown() + "，按数字应为“" + expected + "”");
    }

    /** The direction word printed just before a figure. */
    private static String word(Token token) {
        return token.direction() == null ? "" : switch (token.direction()) {
            case UP -> token.isPercent() ? "增长" : "增加";
            case DOWN -> token.isPercent() ? "下降" : "减少";
            case SAME -> "持平";
        };
    }

    private static String opposite(String printed, Direction should) {
        if (should == Direction.SAME) {
            return "持平";
        }
        boolean percent = printed.equals("增长") || printed.equals("下降");
        return should == Direction.UP ? (percent ? "增长" : "增加") : (percent ? "下降" : "减少");
    }

    /**
     * The whole a share is of: the thing named after 占 ("占本年支出合计的100%") when the words name exactly one thing the
     * tables print; without such words, the first thing the sentence (or, failing that, the passage) states an amount
     * for — "收入合计X万元，其中：财政拨款收入Y万元，占Z%".
     */
    private static Whole sharedWhole(Sentence sentence, Token share, Concepts.Concept part, Token firstInPassage, Concepts.Concept firstConcept) {
        String denominator = share.denominator() == null ? "" : share.denominator().replaceFirst("^(?:本部门|本单位|部门|单位)", "");
        if (!denominator.isBlank()) {
            Concepts.Concept named = null;
            int covered = 0;
            for (Concepts.Concept concept : Concepts.all()) {
                java.util.regex.Matcher matcher = concept.pattern().matcher(denominator);
                while (matcher.find()) {
                    if (matcher.end() - matcher.start() > covered) {
                        covered = matcher.end() - matcher.start();
                        named = concept;
                    }
                }
            }
            String rest = denominator.replaceAll("^(?:本年度?|当年|全年|\\d{4}年度?)", "");
            if (named == null || !named.inTables() || rest.length() > covered + 1) {
                return new Whole(null, null, "占比的分母“" + denominator + "”不是公开表中的某一个数");
            }
            return new Whole(named, null, null);
        }
        for (Token other : sentence.tokens) {
            if (other.kind() == Kind.CURRENT && other.start() < share.start()) {
                Concepts.Concept first = sentence.subjectBefore(other.start());
                if (first != null && !first.name().equals(part.name()) && canHold(first, part)) {
                    return new Whole(first, other, null);
                }
                break;
            }
        }
        if (firstInPassage != null && firstConcept != null && !firstConcept.name().equals(part.name()) && canHold(firstConcept, part)) {
            return new Whole(firstConcept, firstInPassage, null);
        }
        return new Whole(null, null, "看不出这是占哪一项的比重");
    }

    /**
     * Whether a share of {@code part} can be taken of {@code whole}: a 科目 is a part only of a total or of the 科目 above it,
     * never of another 类 (a paragraph whose first sentence was lost — a heading line, a letter-spaced line of a text
     * rendering — starts with a sibling 类, not with the total).
     */
    private static boolean canHold(Concepts.Concept whole, Concepts.Concept part) {
        if (!whole.isSubject()) {
            return true;
        }
        List<String> path = whole.path();
        return part.isSubject() && part.path().size() > path.size() && part.path().subList(0, path.size()).equals(path);
    }

    /** 占…%: this thing over its whole, both from the tables where they print them, else as the text states them. */
    private void share(Claim claim, Token token, String heading, BigDecimal part, Unit partUnit) {
        Sentence sentence = claim.sentenceOf.get(token);
        Whole whole = claim.wholeOf.get(token);
        if (part == null) {
            unmatched(claim.passage, sentence, token, "占比的分子在句中和表中都没有");
            return;
        }
        if (whole == null || whole.reason() != null) {
            unmatched(claim.passage, sentence, token, whole == null ? "看不出这是占哪一项的比重" : whole.reason());
            return;
        }
        if (!claim.concept.inTables() || !whole.concept().inTables()) {
            unmatched(claim.passage, sentence, token, "占比的分子或分母不在公开表中");
            return;
        }
        BigDecimal value = null;
        Unit unit = null;
        Target target = resolve(whole.concept(), heading, null, Period.CURRENT);
        if (target.reason() == null && target.value() != null) {
            value = target.value();
            unit = target.unit();
        } else if (whole.stated() != null) {
            value = whole.stated().value();
            unit = whole.stated().unit();
        }
        if (value == null || value.signum() == 0) {
            unmatched(claim.passage, sentence, token, "占比的分母“" + whole.concept().name() + "”" + (value == null ? "在句中和表中都没有" : "为 0"));
            return;
        }
        BigDecimal expected = percent(part.multiply(partUnit.inYuan()), value.multiply(unit.inYuan()));
        comparePercent(claim, token, expected, "占比 = " + claim.concept.name().replace("/", "") + " ÷ " + whole.concept().name());
    }

    /** 完成年初预算的 X% = 决算 ÷ 年初预算; 决算数大于/小于年初预算数; 年初无预算 when it was 0. */
    private void execution(Claim claim, BigDecimal current, Unit currentUnit, BigDecimal initialOverride) {
        BigDecimal initial = initialOverride;
        if (initial == null && claim.initial != null) {
            initial = claim.initial.value().multiply(claim.initial.unit().inYuan());
        }
        if (initial == null || current == null) {
            if (claim.execution != null) {
                unmatched(claim.passage, claim.sentenceOf.get(claim.execution), claim.execution, "句中没有写年初预算数，完成率无从复算");
            }
            return;
        }
        BigDecimal actual = current.multiply(currentUnit.inYuan());
        String rule = "完成年初预算的比例 = 决算数 ÷ 年初预算数";
        if (claim.execution != null) {
            if (initial.signum() == 0) {
                report(claim, claim.execution, WORD, Severity.ERROR, "年初无预算", "年初预算数为 0 时写“年初无预算”", "年初预算数为 0，写作 " + claim.execution.printed());
            } else {
                comparePercent(claim, claim.execution, percent(actual, initial), rule);
            }
        }
        if (claim.noInitialBudget && initial.signum() != 0) {
            Sentence sentence = claim.noInitialSentence;
            Where where = claim.passage.whereAt(sentence.offset + Math.max(0, sentence.text.indexOf("年初无预算")));
            relations.finding(new Finding(WORD, Severity.ERROR, location(claim, "年初无预算", where), "年初无预算",
                    "完成年初预算的" + percent(actual, initial).stripTrailingZeros().toPlainString() + "%", "年初预算数不为 0",
                    "写“年初无预算”，但年初预算数为 " + money(initial.divide(Unit.WAN_YUAN.inYuan()), null) + "万元", sentence.text.strip()));
        }
        if (claim.versusInitial != null) {
            int c = actual.compareTo(initial);
            Direction should = c > 0 ? Direction.UP : c < 0 ? Direction.DOWN : Direction.SAME;
            if (should != claim.versusInitial) {
                String expected = should == Direction.UP ? "大于" : should == Direction.DOWN ? "小于" : "等于";
                Sentence sentence = claim.versusSentence;
                Where where = claim.passage.whereAt(sentence.offset + Math.max(0, claim.versusSentence.versusInitialAt));
                relations.finding(new Finding(WORD, Severity.ERROR, location(claim, "决算数与预算数比较", where), claim.versusInitialWord, expected,
                        "决算数与年初预算数的比较用词按两数计算", "情况说明写决算数“" + claim.versusInitialWord + "”年初预算数，按所写两数应为“" + expected + "”",
                        sentence.text.strip()));
            }
        }
    }

    /**
     * A 年初预算 total followed by its items ("其中：1、…年初预算数为…") — when the items' 决算 add up to the total's 决算 and
     * they are every 项 the table prints, their 年初预算 must add up to the total's too; the total's completion rate and
     * comparison word are then recomputed on that sum. Returns the totals so checked.
     */
    private List<Claim> itemTotals(List<Claim> claims) {
        List<Claim> checked = new ArrayList<>();
        for (int i = 0; i < claims.size(); i++) {
            Claim total = claims.get(i);
            if (total.concept.isSubject() || total.initial == null || total.current == null) {
                continue;
            }
            List<Claim> items = new ArrayList<>();
            for (int j = i + 1; j < claims.size(); j++) {
                Claim item = claims.get(j);
                if (item.concept.isSubject() && item.concept.path().size() == 3 && item.initial != null && item.current != null) {
                    items.add(item);
                } else if (!item.concept.isSubject()) {
                    break;
                }
            }
            if (items.size() < 2) {
                continue;
            }
            BigDecimal actual = BigDecimal.ZERO;
            BigDecimal initial = BigDecimal.ZERO;
            BigDecimal digit = BigDecimal.ZERO;
            for (Claim item : items) {
                actual = actual.add(item.current.value().multiply(item.current.unit().inYuan()));
                initial = initial.add(item.initial.value().multiply(item.initial.unit().inYuan()));
                digit = digit.max(BigDecimal.ONE.movePointLeft(Math.max(item.current.value().scale(), 2)).multiply(item.current.unit().inYuan()));
            }
            BigDecimal totalActual = total.current.value().multiply(total.current.unit().inYuan());
            BigDecimal tolerance = digit.multiply(BigDecimal.valueOf(items.size() + 1)).divide(BigDecimal.valueOf(2));
            if (totalActual.subtract(actual).abs().compareTo(tolerance) > 0 || !coversTable(items, total.passage.heading())) {
                continue;
            }
            checked.add(total);
            BigDecimal stated = total.initial.value().multiply(total.initial.unit().inYuan());
            BigDecimal current = total.current.value();
            Unit unit = total.current.unit();
            Target target = resolve(total.concept, total.passage.heading(), null, Period.CURRENT);
            if (target.reason() == null && target.value() != null) {
                current = target.value();
                unit = target.unit();
            }
            if (stated.subtract(initial).abs().compareTo(tolerance) > 0) {
                report(total, total.initial, AMOUNT, Severity.ERROR, money(initial.divide(total.initial.unit().inYuan()), total.initial),
                        "年初预算数 = 其下所列各项年初预算数之和", "情况说明写年初预算数 " + total.initial.shown() + "，其下所列 " + items.size()
                                + " 项的年初预算数合计 " + money(initial.divide(total.initial.unit().inYuan()), total.initial) + total.initial.unit().label());
                execution(total, current, unit, initial);
            } else {
                execution(total, current, unit, null);
            }
        }
        return checked;
    }

    /** The items are every 项 of the table they come from (none left out, none twice). */
    private boolean coversTable(List<Claim> items, String heading) {
        PrintedTable table = null;
        java.util.Set<PrintedRow> rows = new java.util.HashSet<>();
        for (Claim item : items) {
            Target target = resolve(item.concept, heading, null, Period.CURRENT);
            if (target.reason() != null) {
                return false;
            }
            if (table != null && table != target.table()) {
                return false;
            }
            table = target.table();
            if (!rows.add(target.row())) {
                return false;
            }
        }
        if (table == null) {
            return false;
        }
        long leaves = table.codeRows().stream().filter(r -> ((RowKey.Code) r.key()).depth() == 2).count();
        return leaves == rows.size();
    }

    // ------------------------------------------------------------------------------------------------ findings

    private void report(Claim claim, Token token, String code, Severity severity, String expected, String rule, String message) {
        Sentence sentence = claim.sentenceOf.getOrDefault(token, claim.sentence);
        Where where = claim.passage.whereAt(sentence.offset + token.start());
        String what = switch (token.kind()) {
            case CURRENT -> "金额";
            case PRIOR -> "上年数";
            case CHANGE -> "增减额";
            case RATE -> "增减率";
            case INITIAL -> "年初预算数";
            case EXECUTION -> "完成年初预算的比例";
            case SHARE -> "占比";
            case UNKNOWN_PERCENT, UNLINKED -> "数字";
        };
        String shown = code.equals(WORD) ? word(token) : token.printed();
        relations.finding(new Finding(code, severity, location(claim, what, where), shown.isEmpty() ? token.printed() : shown, expected, rule,
                message + "，按“" + rule + "”应为 " + expected + (token.unit() != null && !code.equals(WORD) ? token.unit().label() : ""),
                sentence.text.strip()));
    }

    private Location location(Claim claim, String what, Where where) {
        String heading = claim.passage.heading();
        return new Location(disclosure.document(), heading.isEmpty() ? "情况说明" : "情况说明 " + heading,
                claim.concept.name().replace("/", "") + " · " + what, where);
    }

    /** part ÷ whole in percent, unrounded (compared at the printed precision). */
    private static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        return part.multiply(HUNDRED).divide(whole, 8, RoundingMode.HALF_UP);
    }

    /** An amount as the text prints it: thousands separators, at least the decimals of the printed figure. */
    private static String money(BigDecimal value, Token like) {
        int scale = like == null ? 2 : Math.max(like.value().scale(), 0);
        return Amounts.format(value.setScale(Math.max(scale, 2), RoundingMode.HALF_UP), scale);
    }
}
