package org.jixiao.core.ratio;

import static org.jixiao.core.number.ChineseNumbers.plainAmount;
import static org.jixiao.core.number.ChineseNumbers.percent;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jixiao.core.number.Decimals;

/** Computes the standard ratios of domain §5 from budget facts, the project list and the monthly execution. */
public final class StandardRatios {
    private StandardRatios() {}

    public static RatioSet compute(BudgetFacts budget, List<Project> projects, MonthlyExecution monthly) {
        Map<RatioId, Ratio> computed = new EnumMap<>(RatioId.class);
        Map<RatioId, List<String>> missing = new EnumMap<>(RatioId.class);
        String unit = budget.unit();
        BudgetFacts.Block initial = budget.initial();
        BudgetFacts.Block adjusted = budget.adjusted();
        BudgetFacts.Block finalAccounts = budget.finalAccounts();

        quotient(computed, missing, RatioId.BUDGET_EXECUTION_RATE,
                input("支出决算", finalAccounts.total(), unit), input("调整后预算", adjusted.total(), unit));

        Inputs adjustment = new Inputs()
                .add("调整后预算", adjusted.total(), unit)
                .add("年初预算", initial.total(), unit)
                .add("上级专项资金", budget.superiorSpecialFunds(), unit);
        if (adjustment.complete() && initial.total().signum() != 0) {
            BigDecimal change = adjusted.total().subtract(initial.total()).subtract(budget.superiorSpecialFunds());
            BigDecimal result = Decimals.percent(change, initial.total());
            String derivation = "(" + plainAmount(adjusted.total()) + " − " + plainAmount(initial.total()) + " − "
                    + plainAmount(budget.superiorSpecialFunds()) + ") ÷ " + plainAmount(initial.total()) + " × 100% = "
                    + plainAmount(change) + " ÷ " + plainAmount(initial.total()) + " × 100% = " + percent(result);
            computed.put(RatioId.BUDGET_ADJUSTMENT_RATE, new Ratio(RatioId.BUDGET_ADJUSTMENT_RATE, adjustment.list, result, derivation));
        } else {
            missing.put(RatioId.BUDGET_ADJUSTMENT_RATE, adjustment.missingOrZero(1));
        }

        quotient(computed, missing, RatioId.BUDGET_PREPARATION_RATE,
                input("年初预算", initial.total(), unit), input("支出决算", finalAccounts.total(), unit));

        BudgetFacts.Staff staff = budget.staff();
        quotient(computed, missing, RatioId.STAFF_CONTROL_RATE,
                input("实际在职人数", staff == null ? null : staff.actual(), "人"),
                input("编制数", staff == null ? null : staff.approved(), "人"));

        BudgetFacts.ThreePublic threePublic = budget.threePublic();
        Inputs change = new Inputs()
                .add("本年“三公经费”预算", threePublic == null ? null : threePublic.budget(), unit)
                .add("上年“三公经费”预算", threePublic == null ? null : threePublic.budgetPreviousYear(), unit);
        if (change.complete() && threePublic.budgetPreviousYear().signum() != 0) {
            BigDecimal difference = threePublic.budget().subtract(threePublic.budgetPreviousYear());
            BigDecimal result = Decimals.percent(difference, threePublic.budgetPreviousYear());
            String derivation = "(" + plainAmount(threePublic.budget()) + " − " + plainAmount(threePublic.budgetPreviousYear())
                    + ") ÷ " + plainAmount(threePublic.budgetPreviousYear()) + " × 100% = " + percent(result);
            computed.put(RatioId.THREE_PUBLIC_CHANGE_RATE, new Ratio(RatioId.THREE_PUBLIC_CHANGE_RATE, change.list, result, derivation));
        } else {
            missing.put(RatioId.THREE_PUBLIC_CHANGE_RATE, change.missingOrZero(1));
        }
        quotient(computed, missing, RatioId.THREE_PUBLIC_CONTROL_RATE,
                input("“三公经费”实际支出", threePublic == null ? null : threePublic.actual(), unit),
                input("“三公经费”预算", threePublic == null ? null : threePublic.budget(), unit));

        BigDecimal keyAmount = projects.stream().filter(Project::key).map(Project::initial).reduce(BigDecimal.ZERO, BigDecimal::add);
        boolean anyKey = projects.stream().anyMatch(Project::key);
        BigDecimal projectBudget = initial.project() != null ? initial.project()
                : projects.isEmpty() ? null : projects.stream().map(Project::initial).reduce(BigDecimal.ZERO, BigDecimal::add);
        quotient(computed, missing, RatioId.KEY_PROJECT_GUARANTEE_RATE,
                input("重点项目年初预算", anyKey ? keyAmount : null, unit), input("年初项目支出预算", projectBudget, unit));

        BudgetFacts.BudgetVsActual publicFunds = budget.publicFunds();
        quotient(computed, missing, RatioId.PUBLIC_FUNDS_CONTROL_RATE,
                input("公用经费实际支出", publicFunds == null ? null : publicFunds.actual(), unit),
                input("公用经费预算", publicFunds == null ? null : publicFunds.budget(), unit));

        BudgetFacts.BudgetVsActual procurement = budget.procurement();
        quotient(computed, missing, RatioId.PROCUREMENT_EXECUTION_RATE,
                input("实际政府采购金额", procurement == null ? null : procurement.actual(), unit),
                input("政府采购预算", procurement == null ? null : procurement.budget(), unit));

        BudgetFacts.FixedAssets assets = budget.fixedAssets();
        String assetUnit = assets != null && assets.basis() != null && assets.basis().contains("值") ? unit : "项";
        quotient(computed, missing, RatioId.FIXED_ASSET_UTILISATION_RATE,
                input("在用固定资产", assets == null ? null : assets.inUse(), assetUnit),
                input("全部固定资产", assets == null ? null : assets.total(), assetUnit));

        if (!projects.isEmpty()) {
            ProjectExecution.Totals totals = ProjectExecution.of(projects).totals();
            quotient(computed, missing, RatioId.PROJECT_EXECUTION_RATE,
                    input("Σ项目预算执行数", totals.executed(), unit), input("Σ项目调整后预算", totals.adjusted(), unit));
        } else {
            missing.put(RatioId.PROJECT_EXECUTION_RATE, List.of("项目清单"));
        }

        if (monthly != null && monthly.cumulativeAt(11).isPresent() && monthly.cumulativeAt(12).isPresent() && monthly.annualTotal().signum() != 0) {
            BigDecimal november = monthly.cumulativeAt(11).get();
            BigDecimal december = monthly.annualTotal().subtract(november);
            BigDecimal result = Decimals.percent(december, monthly.annualTotal());
            String derivation = "(" + plainAmount(monthly.annualTotal()) + " − " + plainAmount(november) + ") ÷ "
                    + plainAmount(monthly.annualTotal()) + " × 100% = " + plainAmount(december) + " ÷ "
                    + plainAmount(monthly.annualTotal()) + " × 100% = " + percent(result);
            computed.put(RatioId.DECEMBER_SHARE, new Ratio(RatioId.DECEMBER_SHARE, List.of(
                    new Ratio.Input("全年执行数", monthly.annualTotal(), monthly.unit()),
                    new Ratio.Input("1—11月累计执行数", november, monthly.unit())), result, derivation));
        } else {
            missing.put(RatioId.DECEMBER_SHARE, List.of("11月和12月的月度累计执行数"));
        }
        return new RatioSet(computed, missing);
    }

    /** numerator ÷ denominator × 100%: the shape of most ratios. */
    private static void quotient(Map<RatioId, Ratio> computed, Map<RatioId, List<String>> missing, RatioId id,
                                 Ratio.Input numerator, Ratio.Input denominator) {
        List<String> absent = new ArrayList<>();
        if (numerator.value() == null) {
            absent.add(numerator.label());
        }
        if (denominator.value() == null) {
            absent.add(denominator.label());
        } else if (denominator.value().signum() == 0) {
            absent.add(denominator.label() + "（为 0，无法作除数）");
        }
        if (!absent.isEmpty()) {
            missing.put(id, absent);
            return;
        }
        BigDecimal result = Decimals.percent(numerator.value(), denominator.value());
        String derivation = plainAmount(numerator.value()) + " ÷ " + plainAmount(denominator.value()) + " × 100% = " + percent(result);
        computed.put(id, new Ratio(id, List.of(numerator, denominator), result, derivation));
    }

    private static Ratio.Input input(String label, BigDecimal value, String unit) {
        return new Ratio.Input(label, value, unit);
    }

    /** Collects inputs of a composite formula and remembers which are missing. */
    private static final class Inputs {
        final List<Ratio.Input> list = new ArrayList<>();
        final Map<String, Boolean> present = new LinkedHashMap<>();

        Inputs add(String label, BigDecimal value, String unit) {
            list.add(new Ratio.Input(label, value, unit));
            present.put(label, value != null);
            return this;
        }

        boolean complete() {
            return !present.containsValue(false);
        }

        /** Missing inputs, or the divisor (at {@code divisorIndex}) named as zero. */
        List<String> missingOrZero(int divisorIndex) {
            List<String> absent = new ArrayList<>();
            present.forEach((label, ok) -> {
                if (!ok) {
                    absent.add(label);
                }
            });
            if (absent.isEmpty()) {
                absent.add(list.get(divisorIndex).label() + "（为 0，无法作除数）");
            }
            return absent;
        }
    }
}
