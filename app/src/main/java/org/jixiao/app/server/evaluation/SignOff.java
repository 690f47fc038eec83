package org.jixiao.app.server.evaluation;

import java.time.Instant;

/** One level of the 三级审核, signed by a named reviewer. */
public record SignOff(int level, long userId, String username, String displayName, String opinion, Instant signedAt) {

    public static String levelLabel(int level) {
        return switch (level) {
            case 1 -> "一级审核";
            case 2 -> "二级审核";
            case 3 -> "三级审核";
            default -> level + "级审核";
        };
    }
}
