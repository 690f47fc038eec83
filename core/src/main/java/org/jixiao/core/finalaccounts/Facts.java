package org.jixiao.core.finalaccounts;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** The facts sections 10–13 of the 情况说明 need that are not in the nine tables. */
public final class Facts {
    private Facts() {}

    /** 机关运行经费: actual spending against its 年初预算. */
    public record OfficeRunning(BigDecimal budget, BigDecimal actual) {}

    /**
     * 政府采购: amounts by 货物/工程/服务, the part awarded to small and medium enterprises (中小企业) by the same split,
     * and the part of that awarded to small and micro enterprises (小微企业).
     */
    public record Procurement(BigDecimal goods, BigDecimal works, BigDecimal services, BigDecimal smeGoods,
            BigDecimal smeWorks, BigDecimal smeServices, BigDecimal smallMicro) {
        public BigDecimal total() {
            return goods.add(works).add(services);
        }

        public BigDecimal sme() {
            return smeGoods.add(smeWorks).add(smeServices);
        }
    }

    /**
     * 国有资产占用 at 31 December: vehicles by type (in printed order) and equipment of 100万元 or more per unit.
     *
     * @param vehicles type → count, in the order 领导干部用车, 机要通信用车, 应急保障用车, 执法执勤用车, 特种专业技术用车,
     *                 离退休干部用车, 其他用车
     */
    public record Assets(Map<String, Integer> vehicles, int largeEquipment) {
        public int vehicleTotal() {
            return vehicles.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    /** One project's self-evaluation result (the 自评汇总表 row). */
    public record ProjectResult(String name, BigDecimal score, String grade) {}

    /**
     * A project whose self-evaluation table is published, with its summary (综述): score, 全年预算数, 执行数 and the
     * unit's words on the goals, problems and next steps.
     */
    public record ProjectSummary(String name, BigDecimal score, BigDecimal budget, BigDecimal executed, String achieved,
            String problems, String measures) {}

    /** A department-level evaluation (部门评价) of one project. */
    public record DepartmentEvaluation(String project, BigDecimal amount, BigDecimal score, String grade) {}

    /**
     * 预算绩效情况 (section 13).
     *
     * @param level               the budget level named in the text (区级, 市级 …)
     * @param selfEvaluatedAmount 自评涉及预算资金
     * @param projectBudgetTotal  部门本级预算项目支出总额 (the base of the coverage share)
     * @param remarks             the unit's overall assessment (optional prose)
     * @param transferProjects    中央对地方转移支付 projects self-evaluated (names); empty: a sentence says there are none
     * @param keyEvaluations      财政重点评价 results (prose, one per project); empty: a sentence says there are none
     */
    public record Performance(String level, BigDecimal selfEvaluatedAmount, BigDecimal projectBudgetTotal,
            List<ProjectResult> results, List<ProjectSummary> summaries, List<DepartmentEvaluation> departmentEvaluations,
            String remarks, List<String> transferProjects, List<String> keyEvaluations) {
        public Performance {
            results = List.copyOf(results);
            summaries = List.copyOf(summaries);
            departmentEvaluations = List.copyOf(departmentEvaluations);
            transferProjects = List.copyOf(transferProjects);
            keyEvaluations = List.copyOf(keyEvaluations);
        }
    }
}
