package org.jixiao.core.scoring;

import java.math.BigDecimal;

/** A leaf's score (2 decimals, half-up) and the sentence that explains how it was reached. */
public record RuleResult(BigDecimal score, String explanation) {}
