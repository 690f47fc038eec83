package org.jixiao.app.server.evaluation;

import java.time.Instant;

/** One level of the 三级审核, signed by a named reviewer. */
public record SignOff(int level, long userId, String username, String displayName, String opinion, Instant signedAt) {}
