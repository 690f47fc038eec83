package org.jixiao.formats.selfeval;

import java.util.List;

import org.jixiao.core.targets.QualitativeResult;

/**
 * What a free-text 实际完成值 says about a qualitative target, by the words of rules.yaml: not done, partly done, done, or
 * nothing (null: the row is kept as printed and not checked).
 */
record Verdicts(List<String> done, List<String> partlyDone, List<String> notDone) {
    Verdicts {
        done = List.copyOf(done);
        partlyDone = List.copyOf(partlyDone);
        notDone = List.copyOf(notDone);
    }

    QualitativeResult of(String actual, String target) {
        String a = Words.key(actual);
        String t = Words.key(target);
        if (a.isEmpty()) {
            return null;
        }
        if (says(a, notDone)) {
            return QualitativeResult.NOT_DONE;
        }
        if (says(a, partlyDone)) {
            return QualitativeResult.PARTLY_DONE;
        }
        if (a.equals(t) || !t.isEmpty() && t.length() <= 8 && a.contains(t)) {
            return QualitativeResult.DONE;
        }
        return says(a, done) ? QualitativeResult.DONE : null;
    }

    /** A one-character word (优, 良, 中, 差, 是, 否) counts only as the whole answer; longer words anywhere in it. */
    private static boolean says(String answer, List<String> words) {
        for (String word : words) {
            if (word.length() == 1 ? answer.length() <= 2 && answer.startsWith(word) && (answer.length() == 1 || answer.endsWith("等")
                    || answer.endsWith("级")) : answer.contains(word)) {
                return true;
            }
        }
        return false;
    }
}
