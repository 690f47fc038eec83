package org.jixiao.core.ratio;

import java.util.Arrays;
import java.util.Optional;

/** The standard ratios of domain §5, with the names and formulas the reports print. */
public enum RatioId {
    BUDGET_EXECUTION_RATE("budget_execution_rate", "预算执行率", "支出决算 ÷ 调整后预算 × 100%"),
    BUDGET_ADJUSTMENT_RATE("budget_adjustment_rate", "预算调整率", "(调整后预算 − 年初预算 − 上级专项资金) ÷ 年初预算 × 100%"),
    BUDGET_PREPARATION_RATE("budget_preparation_rate", "预算编制率", "年初预算 ÷ 支出决算 × 100%"),
    STAFF_CONTROL_RATE("staff_control_rate", "在职人员控制率", "实际在职人数 ÷ 编制数 × 100%"),
    THREE_PUBLIC_CHANGE_RATE("three_public_change_rate", "“三公经费”变动率", "(本年“三公经费”预算 − 上年“三公经费”预算) ÷ 上年“三公经费”预算 × 100%"),
    THREE_PUBLIC_CONTROL_RATE("three_public_control_rate", "“三公经费”控制率", "“三公经费”实际支出 ÷ “三公经费”预算 × 100%"),
    KEY_PROJECT_GUARANTEE_RATE("key_project_guarantee_rate", "重点支出项目保障率", "重点项目年初预算 ÷ 年初项目支出预算 × 100%"),
    PUBLIC_FUNDS_CONTROL_RATE("public_funds_control_rate", "公用经费控制率", "公用经费实际支出 ÷ 公用经费预算 × 100%"),
    PROCUREMENT_EXECUTION_RATE("procurement_execution_rate", "政府采购执行率", "实际政府采购金额 ÷ 政府采购预算 × 100%"),
    FIXED_ASSET_UTILISATION_RATE("fixed_asset_utilisation_rate", "固定资产利用率", "在用固定资产 ÷ 全部固定资产 × 100%"),
    PROJECT_EXECUTION_RATE("project_execution_rate", "项目预算执行率", "Σ项目预算执行数 ÷ Σ项目调整后预算 × 100%"),
    /** Of a project, read from reports only (budget facts carry no planned and arrived funds). */
    FUNDS_ARRIVAL_RATE("funds_arrival_rate", "资金到位率", "实际到位资金 ÷ 计划投入资金 × 100%"),
    DECEMBER_SHARE("december_share", "12月支出占比", "(全年执行数 − 1—11月累计执行数) ÷ 全年执行数 × 100%");

    private final String key;
    private final String label;
    private final String formula;

    RatioId(String key, String label, String formula) {
        this.key = key;
        this.label = label;
        this.formula = formula;
    }

    /** The identifier used in dataset files ({@code budget_execution_rate}). */
    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    public String formula() {
        return formula;
    }

    public static Optional<RatioId> fromKey(String key) {
        return Arrays.stream(values()).filter(id -> id.key.equals(key)).findFirst();
    }
}
