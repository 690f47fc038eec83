package org.jixiao.core.selfeval;

import java.math.BigDecimal;
import java.util.List;

/**
 * A drawn spot-check sample.
 *
 * @param drawn            the projects drawn, in drawing order, each with its reason
 * @param population       number of projects; {@code populationAmount} their Σ A
 * @param countPercent     drawn ÷ population, percent 2 decimals; {@code amountPercent} likewise by amount
 */
public record Sample(SamplingRule rule, List<Drawn> drawn, int population, BigDecimal populationAmount, BigDecimal drawnAmount,
        BigDecimal countPercent, BigDecimal amountPercent) {

    /**
     * @param order    1-based drawing order
     * @param riskRank 1-based rank in the risk ranking of the whole population
     * @param risk     the risk score (0–100) the ranking used
     * @param reason   why it was drawn, in Chinese
     */
    public record Drawn(int order, SampleCandidate candidate, int riskRank, BigDecimal risk, boolean forAmount, String reason) {}

    public Sample {
        drawn = List.copyOf(drawn);
    }
}
