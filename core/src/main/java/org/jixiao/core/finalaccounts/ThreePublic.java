package org.jixiao.core.finalaccounts;

import java.math.BigDecimal;

/**
 * Table 9 财政拨款“三公”经费支出决算表 (预算数 and 决算数) and the counts section 9 of the 情况说明 states.
 *
 * @param budget the 预算数 columns
 * @param actual the 决算数 columns
 */
public record ThreePublic(Amounts budget, Amounts actual, Counts counts) {

    /**
     * One column set of table 9. 公务接待费 is split into 国内 and 国（境）外 for the text; the table prints their sum.
     *
     * @param statedTotal the 合计 as printed (null: computed)
     */
    public record Amounts(BigDecimal overseas, BigDecimal vehiclePurchase, BigDecimal vehicleOperation,
            BigDecimal receptionDomestic, BigDecimal receptionForeign, BigDecimal statedTotal) {
        public Amounts {
            overseas = Summary.zeroIfNull(overseas);
            vehiclePurchase = Summary.zeroIfNull(vehiclePurchase);
            vehicleOperation = Summary.zeroIfNull(vehicleOperation);
            receptionDomestic = Summary.zeroIfNull(receptionDomestic);
            receptionForeign = Summary.zeroIfNull(receptionForeign);
        }

        public BigDecimal vehicles() {
            return vehiclePurchase.add(vehicleOperation);
        }

        public BigDecimal reception() {
            return receptionDomestic.add(receptionForeign);
        }

        public BigDecimal sum() {
            return overseas.add(vehicles()).add(reception());
        }

        public BigDecimal total() {
            return statedTotal != null ? statedTotal : sum();
        }
    }

    /** The counts of section 9: 团组, 人次, vehicles bought and held, reception batches and persons. */
    public record Counts(int overseasGroups, int overseasPersons, int vehiclesPurchased, int vehiclesHeld,
            int domesticBatches, int domesticPersons, int foreignAffairsBatches, int foreignAffairsPersons,
            int foreignBatches, int foreignPersons) {}
}
