package org.jixiao.formats.selfeval;

import static org.jixiao.formats.selfeval.Specimen.c;
import static org.jixiao.formats.selfeval.Specimen.v;
import static org.jixiao.formats.selfeval.Specimen.variant;

import java.util.List;
import java.util.Map;

/**
 * Eight self-evaluation tables in the layouts units print, with the contents real tables have (targets without operator,
 * 不少于/以上/以内/≧, free-text actual values, placeholders, 反向 indicators, section points in labels, the Sichuan budget block,
 * separate 指标性质/指标值/度量单位 columns, the 决策/过程/产出/效益 framework, a 20-point execution rate, a grade row with the
 * table's own bands, two tables on one page and a table continued on the next). Every printed figure was worked out by
 * hand; each clean table scores exactly what it prints. Each case lists the errors it can be given, one at a time, and
 * the finding each must produce.
 */
final class LayoutSpecimens {
    private LayoutSpecimens() {}

    /** One error put into a table: the cells changed and the error codes the review must add, nothing else. */
    record Injection(String name, Map<String, String> cells, List<String> expected) {}

    /** A layout: its document, the 总分 of each table as printed (which the rules must give too), and its injections. */
    record Case(Specimen specimen, List<String> totals, List<Injection> injections) {}

    static Injection inject(String name, List<String> expected, String... cells) {
        return new Injection(name, variant(cells), expected);
    }

    static List<Case> all() {
        return List.of(national(), shandong(), sections(), sichuan(), framework(), twenty(), graded(), multiple());
    }

    private static final int[] NINE = {900, 1000, 1500, 1200, 1100, 1000, 700, 800, 1600};

    /** 财预〔2020〕10号 template: targets without operator (95%, 480万元 as a cost), free text (按时完成, 达成预期指标, 基本健全), —. */
    static Case national() {
        Specimen s = new Specimen("l1-national");
        s.para("项目支出绩效自评表").para("（2024年度）").table(NINE)
                .row(c("项目名称", 1, 2), c("城区环境卫生保洁服务", 1, 7))
                .row(c("主管部门", 1, 2), c("区城市管理局", 1, 3), c("实施单位"), c("区环境卫生服务中心", 1, 3))
                .row(c("项目资金（万元）", 5, 1), c("", 1, 2), c("年初预算数"), c("全年预算数"), c("全年执行数"), c("分值"), c("执行率"), c("得分"))
                .row(c("年度资金总额", 1, 2), v("initial", "500"), c("480"), v("executed", "456"), c("10"), v("rate", "95.00%"),
                        v("execScore", "9.50"))
                .row(c("其中：当年财政拨款", 1, 2), c("500"), c("480"), c("456"), c("—"), c("—"), c("—"))
                .row(c("上年结转资金", 1, 2), c("—"), c("—"), c("—"), c("—"), c("—"), c("—"))
                .row(c("其他资金", 1, 2), c("0"), c("0"), c("0"), c("—"), c("—"), c("—"))
                .row(c("年度总体目标", 2, 1), c("预期目标", 1, 4), c("实际完成情况", 1, 4))
                .row(c("完成城区主次干道、背街小巷清扫保洁，垃圾日产日清，市容环境整洁。", 1, 4),
                        c("全年完成清扫保洁126万平方米，垃圾日产日清，市容环境明显改善。", 1, 4))
                .row(c("绩效指标", 9, 1), c("一级指标"), c("二级指标"), c("三级指标"), c("年度指标值"), c("实际完成值"), c("分值"), c("得分"),
                        c("偏差原因分析及改进措施"))
                .row(c("产出指标", 4, 1), c("数量指标"), c("道路清扫保洁面积"), c("≥120万平方米"), c("126万平方米"), v("w1", "10"), v("s1", "10"), c(""))
                .row(c("质量指标"), c("道路保洁达标率"), c("95%"), c("98%"), c("10"), v("s2", "10"), c(""))
                .row(c("时效指标"), c("垃圾日产日清"), c("及时"), c("按时完成"), c("10"), c("10"), c(""))
                .row(c("成本指标"), c("保洁服务费"), c("480万元"), c("456万元"), c("10"), c("10"), c(""))
                .row(c("效益指标", 3, 1), c("社会效益指标"), c("市容环境改善"), c("明显改善"), c("达成预期指标"), c("20"), c("18"), c(""))
                .row(c("生态效益指标"), c("垃圾无害化处理率"), c("=100%"), c("100%"), c("10"), c("10"), c(""))
                .row(c("可持续影响指标"), c("长效保洁机制"), c("健全"), c("基本健全"), c("10"), c("7"), c("部分街道保洁制度尚未落实，下一步完善考核"))
                .row(c("满意度指标"), c("服务对象满意度指标"), c("群众满意度"), c("≥90%"), c("93.5%"), c("10"), c("10"), c(""))
                .row(c("总分", 1, 6), v("weightTotal", "100"), v("total", "94.5"), c(""));
        return new Case(s, List.of("94.5"), List.of(
                inject("分值合计", List.of("SE_WEIGHT_TOTAL"), "weightTotal", "95"),
                inject("执行率", List.of("SE_EXEC_RATE"), "rate", "96.00%"),
                inject("执行率得分", List.of("SE_EXEC_SCORE"), "execScore", "8.50"),
                inject("资金合计", List.of("SE_FUND_SUM"), "initial", "510"),
                inject("总分", List.of("SE_TOTAL"), "total", "95.5"),
                inject("总分超过满分", List.of("SE_TOTAL_ABOVE_MAX"), "total", "101"),
                inject("得分超过分值", List.of("SE_SCORE_RANGE"), "s1", "12", "total", "96.5"),
                inject("分值合计", List.of("SE_WEIGHTS"), "w1", "15", "s1", "15", "total", "99.5"),
                inject("得分空白", List.of("SE_BLANK_SCORE"), "s2", ""),
                inject("总分空白", List.of("SE_BLANK_TOTAL"), "total", ""),
                inject("执行数空白", List.of("SE_BLANK_EXECUTED"), "executed", ""),
                inject("总分按整数填报", List.of(), "total", "95"),
                inject("总分按整数截取", List.of(), "total", "94")));
    }

    /** The Shandong print (Zibo): a 年度绩效指标 column before the 一级, 实际完成指标值, 0起 as a 反向 target, — over three cells. */
    static Case shandong() {
        Specimen s = new Specimen("l2-shandong");
        s.para("2024年预算项目支出绩效自评表").para("单位：万元").table(NINE)
                .row(c("项目名称", 1, 2), c("企业安全生产技术服务项目", 1, 7))
                .row(c("主管部门", 1, 2), c("区工业和信息化局", 1, 3), c("实施单位"), c("区工业和信息化局", 1, 3))
                .row(c("项目预算执行情况", 5, 2), c(""), c("年初预算数"), c("全年预算数(A)"), c("全年执行数(B)"), c("分值"), c("执行率(B/A)"), c("得分"))
                .row(c("年度资金总额"), c("120"), c("120"), v("executed", "102.36"), c("10"), v("rate", "85.30%"), v("execScore", "8.53"))
                .row(c("其中：当年财政拨款"), c("120"), c("120"), c("102.36"), c("—", 1, 3))
                .row(c("上年结转资金"), c("0"), c("0"), c("0"), c("—", 1, 3))
                .row(c("其他资金"), c("0"), c("0"), c("0"), c("—", 1, 3))
                .row(c("年度总体目标", 2, 2), c("年初预期目标", 1, 3), c("目标实际完成情况", 1, 4))
                .row(c("为辖区企业提供安全生产技术服务，督促隐患整改，防范生产安全事故。", 1, 3), c("全年检查企业163家，隐患整改率97%，未发生生产安全事故。", 1, 4))
                .row(c("一级指标", 1, 2), c("二级指标"), c("三级指标"), c("年度指标值"), c("实际完成指标值"), c("分值"), c("得分"), c("偏差原因分析及改进措施"))
                .row(c("年度绩效指标", 8, 1), c("成本指标", 2, 1), c("经济成本指标", 2, 1), c("安全技术服务费"), c("≤100万元"), c("96万元"), c("10"), c("10"), c(""))
                .row(c("专家评审费"), c("≤20万元"), c("6.36万元"), c("10"), c("10"), c(""))
                .row(c("产出指标", 2, 1), c("数量指标"), c("检查企业家数"), c("≥150家"), c("163家"), c("20"), v("s1", "20"), c(""))
                .row(c("质量指标"), c("隐患整改率"), c("≥95%"), c("97%"), c("10"), c("10"), c(""))
                .row(c("效益指标", 3, 1), c("时效指标"), c("隐患整改及时性"), c("及时"), c("完成"), c("10"), c("10"), c(""))
                .row(c("社会效益指标"), c("生产安全事故起数"), c("0起"), c("0起"), c("10"), c("10"), c(""))
                .row(c("可持续发展影响指标"), c("企业安全管理水平"), c("提升"), c("有效提升"), c("10"), c("10"), c(""))
                .row(c("满意度指标"), c("服务对象满意度指标"), c("企业满意度"), c("90%"), c("96%"), c("10"), c("10"), c(""))
                .row(c("总分", 1, 6), c("100"), v("total", "98.53"), c(""));
        return new Case(s, List.of("98.53"), List.of(
                inject("执行率", List.of("SE_EXEC_RATE"), "rate", "83.30%"),
                inject("执行率得分", List.of("SE_EXEC_SCORE"), "execScore", "9.53"),
                inject("总分", List.of("SE_TOTAL"), "total", "97.53"),
                inject("得分超过分值", List.of("SE_SCORE_RANGE"), "s1", "22", "total", "100.53"),
                inject("执行数空白", List.of("SE_BLANK_EXECUTED"), "executed", ""),
                inject("得分空白", List.of("SE_BLANK_SCORE"), "s1", ""),
                inject("总分空白", List.of("SE_BLANK_TOTAL"), "total", ""),
                inject("执行率得分按整数填报", List.of(), "execScore", "9")));
    }

    /** As Anhui (池州) prints it: 产出指标（50分） in the 一级 cell, 年度资金总额：, 本年财政拨款, ≥100百分比, 达成预期指标, an empty 二级 row. */
    static Case sections() {
        Specimen s = new Specimen("l3-sections");
        s.para("附件：项目支出绩效自评表").para("（2022年度）").table(NINE)
                .row(c("项目名称", 1, 2), c("委托业务项目", 1, 7))
                .row(c("主管部门", 1, 2), c("219-某镇人民政府", 1, 3), c("实施单位"), c("219001-某镇人民政府", 1, 3))
                .row(c("项目资金（万元）", 5, 1), c("", 1, 2), c("年初预算数"), c("全年预算数"), c("全年执行数"), c("分值"), c("执行率"), c("得分"))
                .row(c("年度资金总额：", 1, 2), v("initial", "90"), c("89.974"), c("89.974"), c("10"), c("100%"), c("10"))
                .row(c("其中：本年财政拨款", 1, 2), c("90"), c("89.974"), c("89.974"), c(""), c(""), c(""))
                .row(c("上年结转资金", 1, 2), c(""), c(""), c(""), c(""), c(""), c(""))
                .row(c("其他资金", 1, 2), c(""), c(""), c(""), c(""), c(""), c(""))
                .row(c("年度总体目标", 2, 1), c("预期目标", 1, 4), c("实际完成情况", 1, 4))
                .row(c("本项目共申请预算资金90万元，用于基建工程项目预算编制、审计和设计、规划、测绘。", 1, 4),
                        c("本项目共完成预算资金89.97万元，完成预算编制、审计和设计、规划、测绘。", 1, 4))
                .row(c("绩效指标", 12, 1), c("一级指标"), c("二级指标"), c("三级指标"), c("年度指标值"), c("实际完成值"), c("分值"), c("得分"),
                        c("偏差原因分析及改进措施"))
                .row(v("sec1", "产出指标（50分）", 6, 1), c("数量指标"), c("基建工程委托业务项目数量"), c("≥50个"), c("50个"), c("8"), c("8"), c(""))
                .row(c("质量指标"), c("委托业务报告合格率"), c("≥100百分比"), c("100百分比"), c("8"), c("8"), c(""))
                .row(c("质量指标"), c("经费支出合规性"), c("严格执行相关制度规定"), c("达成预期指标"), c("8"), c("8"), c(""))
                .row(c("时效指标"), c("提交报告及时性"), c("在项目计划完成时间内完成"), c("达成预期指标"), c("8"), c("8"), c(""))
                .row(c("成本指标"), c("项目总成本"), c("≤90万元"), c("89.974万元"), c("8"), c("8"), c(""))
                .row(c("成本指标"), c("单项业务成本"), c("符合相关规定"), c("达成预期指标"), c("10"), c("10"), c(""))
                .row(c("效益指标（30分）", 4, 1), c("社会效益指标"), c("对维护基建市场公平的影响程度"), c("效果明显"), c("达成预期指标"), c("10"), c("10"), c(""))
                .row(c("生态效益指标"), c("对控制基建项目成本影响程度"), c("效果明显"), c("达成预期指标"), c("10"), c("10"), c(""))
                .row(c("可持续影响指标"), c("对推动基建项目“四项制度”健全和落实的持续性影响"), c("效果明显"), c("达成预期指标"), c("10"), c("10"), c(""))
                .row(c("经济效益指标"), c(""), c(""), c(""), c(""), c(""), c(""))
                .row(c("满意度指标（10分）"), c("满意度指标"), c("公众满意度"), c("≥90%"), c("95%"), c("10"), c("10"), c(""))
                .row(c("总分", 1, 6), c("100"), v("total", "100"), c(""));
        return new Case(s, List.of("100"), List.of(
                inject("一级分值", List.of("SE_SECTION_WEIGHT"), "sec1", "产出指标（60分）"),
                inject("资金合计", List.of("SE_FUND_SUM"), "initial", "80"),
                inject("总分", List.of("SE_TOTAL"), "total", "98"),
                inject("总分空白", List.of("SE_BLANK_TOTAL"), "total", "")));
    }

    private static final int[] ELEVEN = {1000, 1000, 1400, 1100, 700, 700, 700, 700, 700, 700, 1300};

    /** Sichuan: 预算执行情况（10分） with five rows each with its 执行率, 绩效指标（90分）, 指标性质/指标值/度量单位, 权重, 合计, /. */
    static Case sichuan() {
        Specimen s = new Specimen("l4-sichuan");
        s.para("部门预算项目支出绩效自评表（2023年度）").table(ELEVEN)
                .row(c("项目名称", 1, 2), c("51000021R000000019951-城乡环境综合治理专项", 1, 9))
                .row(c("主管部门", 1, 2), c("青神县住房和城乡建设局", 1, 4), c("实施单位（盖章）", 1, 2), c("青神县环境卫生管理所", 1, 3))
                .row(c("项目年度目标", 1, 2), c("完成城乡生活垃圾收运处置，保障环卫作业经费。", 1, 4), c("年度目标完成情况", 1, 2), c("已完成。", 1, 3))
                .row(c("预算执行情况（10分）", 6, 1), c("年度预算数（万元）"), c("年初预算"), c("调整后预算数"), c("预算执行数"), c("预算执行率"), c("权重"),
                        c("得分"), c("原因", 1, 3))
                .row(c("总额"), v("initial", "238.93"), c("251.89"), c("251.89"), c("100.00%"), c("10"), v("execScore", "10"),
                        c("预算执行率=预算执行数/调整后预算数。", 5, 3))
                .row(c("其中：财政资金"), c("238.93"), c("251.89"), c("251.89"), v("partRate", "100.00%"), c("/"), c("/"))
                .row(c("财政专户管理资金"), c("0.00"), c("0.00"), c("0.00"), c("0.00%"), c("/"), c("/"))
                .row(c("单位资金"), c("0.00"), c("0.00"), c("0.00"), c("0.00%"), c("/"), c("/"))
                .row(c("其他资金"), c(""), c(""), c(""), c(""), c("/"), c("/"))
                .row(v("global", "绩效指标（90分）", 7, 1), c("一级指标"), c("二级指标"), c("三级指标"), c("指标性质"), c("指标值"), c("度量单位"),
                        c("完成值"), c("权重"), c("得分"), c("未完成原因分析"))
                .row(c("产出指标", 3, 1), c("数量指标"), c("环卫作业覆盖率"), c("="), c("100"), c("%"), c("100"), v("w1", "30"), v("s1", "30"), c(""))
                .row(c("时效指标"), c("垃圾日产日清率"), c("≥"), c("95"), c("%"), c("98"), c("20"), c("20"), c(""))
                .row(c("成本指标"), c("单位清运成本"), c("≤"), c("120"), c("元/吨"), c("115"), c("10"), c("10"), c(""))
                .row(c("效益指标", 2, 1), c("社会效益指标"), c("群众投诉处理率"), c("="), c("100"), c("%"), c("100"), c("10"), c("10"), c(""))
                .row(c("生态效益指标"), c("垃圾无害化处理率"), c("≥"), c("95"), c("%"), c("99"), c("10"), c("10"), c(""))
                .row(c("满意度指标"), c("服务对象满意度指标"), c("群众满意度"), c("≥"), c("90"), c("%"), c("93"), c("10"), c("10"), c(""))
                .row(c("合计", 1, 8), v("weightTotal", "100"), v("total", "100"), c(""))
                .row(c("评价结论", 1, 2), c("项目全年预算执行率100%，各项指标均已完成，自评得分100分。", 1, 9))
                .row(c("存在问题", 1, 2), c("无", 1, 9))
                .row(c("改进措施", 1, 2), c("无", 1, 9))
                .row(c("项目负责人：张某", 1, 6), c("财务负责人：李某", 1, 5));
        return new Case(s, List.of("100"), List.of(
                inject("其中一行的执行率", List.of("SE_EXEC_RATE"), "partRate", "98.00%"),
                inject("资金合计", List.of("SE_FUND_SUM"), "initial", "248.93"),
                inject("合计分值", List.of("SE_WEIGHT_TOTAL"), "weightTotal", "95"),
                inject("绩效指标分值", List.of("SE_SECTION_WEIGHT"), "global", "绩效指标（80分）"),
                inject("总分", List.of("SE_TOTAL"), "total", "98"),
                inject("得分超过权重", List.of("SE_SCORE_RANGE"), "s1", "35", "total", "105"),
                // one weight too many: the 绩效指标（90分） block no longer adds up (the overall 100 is the same finding)
                inject("权重", List.of("SE_SECTION_WEIGHT"), "w1", "35", "s1", "35", "total", "105", "weightTotal", "105"),
                inject("得分空白", List.of("SE_BLANK_SCORE"), "s1", ""),
                inject("执行率得分空白", List.of("SE_BLANK_SCORE"), "execScore", "")));
    }

    private static final int[] SIX = {1300, 1600, 2100, 700, 3300, 800};

    /** The 决策/过程/产出/效益 framework: points in the 一级 and 二级 labels, 评分标准, 合计, 自评等级 and the bands in a paragraph. */
    static Case framework() {
        Specimen s = new Specimen("l5-framework");
        s.para("项目支出绩效自评表").para("项目名称：社区居家养老服务补贴").para("主管部门：区民政局")
                .para("评价等级：90分（含）以上为优，80分（含）-90分为良，60分（含）-80分为中，60分以下为差。").table(SIX)
                .row(c("一级指标"), c("二级指标"), c("三级指标"), c("分值"), c("评分标准"), c("得分"))
                .row(v("sec1", "决策（15分）", 6, 1), v("sec2", "项目立项（5分）", 2, 1), c("立项依据充分性"), c("3"), c("立项依据充分得3分，否则酌情扣分"), c("3"))
                .row(c("立项程序规范性"), c("2"), c("程序规范得2分"), c("2"))
                .row(c("绩效目标（6分）", 2, 1), c("绩效目标合理性"), c("3"), c("目标合理得3分"), c("3"))
                .row(c("绩效指标明确性"), c("3"), c("指标细化量化得3分，每缺一项扣0.5分"), c("2.5"))
                .row(c("资金投入（4分）", 2, 1), c("预算编制科学性"), c("2"), c("测算依据充分得2分"), c("2"))
                .row(c("资金分配合理性"), c("2"), c("分配合理得2分"), c("2"))
                .row(c("过程（25分）", 5, 1), c("资金管理（15分）", 3, 1), c("资金到位率"), c("5"), c("到位率×5"), c("5"))
                .row(c("预算执行率"), c("5"), c("执行率×5"), c("4.6"))
                .row(c("资金使用合规性"), c("5"), c("合规得5分，发现违规扣分"), c("5"))
                .row(c("组织实施（10分）", 2, 1), c("管理制度健全性"), c("5"), c("制度健全得5分"), c("5"))
                .row(c("制度执行有效性"), c("5"), c("执行有效得5分，每发现一处问题扣1分"), c("4"))
                .row(c("产出（40分）", 4, 1), c("产出数量（15分）"), c("服务老人人次完成率"), c("15"), c("完成率×15"), v("s1", "15"))
                .row(c("产出质量（10分）"), c("服务质量达标率"), c("10"), c("达标率×10"), c("10"))
                .row(c("产出时效（10分）"), c("补贴发放及时性"), c("10"), c("按时发放得10分，每延迟一月扣1分"), c("9"))
                .row(c("产出成本（5分）"), c("成本控制情况"), c("5"), c("未超预算得5分"), c("5"))
                .row(c("效益（20分）", 3, 1), c("社会效益（10分）"), c("老年人生活质量改善"), c("10"), c("明显改善得10分"), c("9"))
                .row(c("可持续影响（5分）"), c("长效机制建立"), c("5"), c("机制健全得5分"), c("5"))
                .row(c("满意度（5分）"), c("服务对象满意度"), c("5"), c("满意度×5"), c("4.5"))
                .row(c("合计", 1, 3), v("weightTotal", "100"), c(""), v("total", "95.6"))
                .row(c("自评等级", 1, 3), v("grade", "优", 1, 3));
        return new Case(s, List.of("95.6"), List.of(
                inject("一级分值", List.of("SE_SECTION_WEIGHT"), "sec1", "决策（20分）"),
                inject("二级分值", List.of("SE_SECTION_WEIGHT"), "sec2", "项目立项（6分）"),
                inject("等级", List.of("SE_GRADE"), "grade", "良"),
                inject("合计", List.of("SE_TOTAL"), "total", "96.6"),
                inject("合计分值", List.of("SE_WEIGHT_TOTAL"), "weightTotal", "95"),
                inject("得分超过分值", List.of("SE_SCORE_RANGE"), "s1", "16", "total", "96.6"),
                inject("合计空白", List.of("SE_BLANK_TOTAL"), "total", "")));
    }

    /** The execution rate worth 20 points, 年度绩效目标（80分）; a target missed and scored by its completion (12.5). */
    static Case twenty() {
        Specimen s = new Specimen("l6-twenty");
        s.para("项目支出绩效自评表").table(NINE)
                .row(c("项目名称", 1, 2), c("基层干部能力提升培训", 1, 7))
                .row(c("主管部门", 1, 2), c("区委组织部", 1, 3), c("实施单位"), c("区委党校", 1, 3))
                .row(c("项目资金（万元）", 5, 1), c("", 1, 2), c("年初预算数"), c("全年预算数"), c("全年执行数"), c("分值"), c("执行率"), c("得分"))
                .row(c("年度资金总额", 1, 2), c("200"), c("200"), c("170"), c("20"), v("rate", "85.00%"), v("execScore", "17.00"))
                .row(c("其中：当年财政拨款", 1, 2), c("200"), c("200"), c("170"), c(""), c(""), c(""))
                .row(c("上年结转资金", 1, 2), c("0"), c("0"), c("0"), c(""), c(""), c(""))
                .row(c("其他资金", 1, 2), c("0"), c("0"), c("0"), c(""), c(""), c(""))
                .row(v("global", "年度绩效目标（80分）", 8, 1), c("一级指标"), c("二级指标"), c("三级指标"), c("年度指标值"), c("实际完成值"), c("分值"),
                        c("得分"), c("偏差原因分析及改进措施"))
                .row(c("产出指标", 4, 1), c("数量指标"), c("举办培训场次"), c("≥12场"), c("10场"), c("15"), v("s1", "12.5"), c("两场培训延期，下年度补办"))
                .row(c("质量指标"), c("培训合格率"), c("≥95%"), c("97%"), c("15"), c("15"), c(""))
                .row(c("时效指标"), c("培训完成及时率"), c("100%"), c("100%"), c("10"), c("10"), c(""))
                .row(c("成本指标"), c("人均培训成本"), c("≤800元"), c("760元"), c("10"), c("10"), c(""))
                .row(c("效益指标", 2, 1), c("社会效益指标"), c("参训人员技能提升"), c("有效提升"), c("达成"), c("15"), c("15"), c(""))
                .row(c("可持续影响指标"), c("培训成果转化"), c("持续"), c("持续"), c("5"), c("5"), c(""))
                .row(c("满意度指标"), c("服务对象满意度指标"), c("参训人员满意度"), c("≥90%"), c("94%"), c("10"), c("10"), c(""))
                .row(c("总分", 1, 6), c("100"), v("total", "94.5"), c(""));
        return new Case(s, List.of("94.5"), List.of(
                inject("执行率得分按10分计", List.of("SE_EXEC_SCORE"), "execScore", "8.50"),
                inject("执行率", List.of("SE_EXEC_RATE"), "rate", "86.00%"),
                inject("总分空白", List.of("SE_BLANK_TOTAL"), "total", ""),
                inject("年度绩效目标分值", List.of("SE_SECTION_WEIGHT"), "global", "年度绩效目标（90分）"),
                inject("总分", List.of("SE_TOTAL"), "total", "96.5"),
                inject("得分空白", List.of("SE_BLANK_SCORE"), "s1", ""),
                inject("得分按整数填报", List.of(), "s1", "13")));
    }

    /** A grade row and the table's own bands; 不少于, 以上, 以内, ≧; 反向 without operator (投诉率 2%, 办结时间 5个工作日); 较好. */
    static Case graded() {
        Specimen s = new Specimen("l7-graded");
        s.para("项目支出绩效自评表").table(NINE)
                .row(c("项目名称", 1, 2), c("政务服务热线运行维护", 1, 7))
                .row(c("主管部门", 1, 2), c("区政务服务管理局", 1, 3), c("实施单位"), c("区政务服务中心", 1, 3))
                .row(c("项目资金（万元）", 5, 1), c("", 1, 2), c("年初预算数"), c("全年预算数"), c("全年执行数"), c("分值"), c("执行率"), c("得分"))
                .row(c("年度资金总额", 1, 2), c("300"), c("300"), c("291"), c("10"), c("97.00%"), c("9.70"))
                .row(c("其中：当年财政拨款", 1, 2), c("280"), c("280"), v("fiscalB", "275"), c(""), c(""), c(""))
                .row(c("上年结转资金", 1, 2), c("20"), c("20"), c("16"), c(""), c(""), c(""))
                .row(c("其他资金", 1, 2), c("/"), c("/"), c("/"), c(""), c(""), c(""))
                .row(c("年度总体目标", 2, 1), c("预期目标", 1, 4), c("实际完成情况", 1, 4))
                .row(c("保障12345热线平稳运行，工单按期办结，群众满意。", 1, 4), c("全年受理来电23.6万件，按期办结率97.2%，满意度92.3%。", 1, 4))
                .row(c("绩效指标", 9, 1), c("一级指标"), c("二级指标"), c("三级指标"), c("年度指标值"), c("实际完成值"), c("分值"), c("得分"),
                        c("偏差原因分析及改进措施"))
                .row(c("产出指标", 4, 1), c("数量指标"), c("热线受理量"), c("不少于20万件"), c("23.6万件"), c("10"), c("10"), c(""))
                .row(c("质量指标"), c("工单按期办结率"), c("95%以上"), c("97.2%"), c("10"), c("10"), c(""))
                .row(c("时效指标"), c("平均办结时间"), c("5个工作日"), c("4.2个工作日"), c("10"), c("10"), c(""))
                .row(c("成本指标"), c("坐席运行成本"), c("300万元以内"), c("291万元"), c("10"), c("10"), c(""))
                .row(c("效益指标", 3, 1), c("社会效益指标"), c("群众投诉率"), c("2%"), c("1.5%"), c("15"), c("15"), c(""))
                .row(c("社会效益指标"), c("政务服务便利度"), c("明显提升"), c("较好"), c("15"), c("11"), c("部分事项仍需线下办理"))
                .row(c("可持续影响指标"), c("热线平台运行稳定性"), c("稳定"), c("稳定运行"), c("10"), c("10"), c(""))
                .row(c("满意度指标"), c("服务对象满意度指标"), c("来电群众满意度"), c("≧90%"), c("92.3%"), c("10"), c("10"), c(""))
                .row(c("总分", 1, 6), c("100"), v("total", "95.7"), c(""))
                .row(c("自评等级", 1, 6), v("grade", "优", 1, 3))
                .row(c("说明：自评得分90分（含）以上为优，80分（含）至90分为良，60分（含）至80分为中，60分以下为差。", 1, 9));
        return new Case(s, List.of("95.7"), List.of(
                inject("等级", List.of("SE_GRADE"), "grade", "良"),
                inject("总分", List.of("SE_TOTAL"), "total", "96.7"),
                inject("资金合计", List.of("SE_FUND_SUM"), "fiscalB", "285"),
                inject("总分空白", List.of("SE_BLANK_TOTAL"), "total", ""),
                inject("等级与总分一致", List.of(), "grade", "优秀")));
    }

    /** Two tables on one page, and a third continued on the next page after 续表 (in a workbook: two tables on a sheet). */
    static Case multiple() {
        Specimen s = new Specimen("l8-multiple");
        s.para("2024年度项目支出绩效自评表");
        shortTable(s, "机关食堂运行保障", "50", "48", "96.00%", "9.60", "A",
                new String[][] {{"产出指标", "数量指标", "食堂就餐人次", "≥5万人次", "5.3万人次", "30", "30"},
                    {"产出指标", "质量指标", "食品安全事故", "0起", "0起", "20", "20"},
                    {"产出指标", "成本指标", "人均餐费补贴", "≤12元", "11.5元", "20", "20"},
                    {"满意度指标", "服务对象满意度指标", "就餐人员满意度", "≥90%", "95%", "20", "20"}}, "99.6");
        s.para("");
        shortTable(s, "档案数字化加工", "80", "64", "80.00%", "8.00", "B",
                new String[][] {{"产出指标", "数量指标", "档案数字化页数", "≥40万页", "41万页", "30", "30"},
                    {"产出指标", "质量指标", "数字化质量合格率", "≥98%", "99%", "20", "20"},
                    {"产出指标", "成本指标", "每页加工成本", "≤2元", "1.6元", "20", "20"},
                    {"满意度指标", "服务对象满意度指标", "使用部门满意度", "≥90%", "96%", "20", "20"}}, "98");
        s.pageBreak().table(NINE)
                .row(c("项目名称", 1, 2), c("公共法律服务体系建设", 1, 7))
                .row(c("主管部门", 1, 2), c("区司法局", 1, 3), c("实施单位"), c("区公共法律服务中心", 1, 3))
                .row(c("项目资金（万元）", 5, 1), c("", 1, 2), c("年初预算数"), c("全年预算数"), c("全年执行数"), c("分值"), c("执行率"), c("得分"))
                .row(c("年度资金总额", 1, 2), c("150"), c("150"), c("147"), c("10"), c("98.00%"), c("9.80"))
                .row(c("其中：当年财政拨款", 1, 2), c("150"), c("150"), c("147"), c("—"), c("—"), c("—"))
                .row(c("上年结转资金", 1, 2), c("0"), c("0"), c("0"), c("—"), c("—"), c("—"))
                .row(c("其他资金", 1, 2), c("0"), c("0"), c("0"), c("—"), c("—"), c("—"))
                .row(c("绩效指标", 5, 1), c("一级指标"), c("二级指标"), c("三级指标"), c("年度指标值"), c("实际完成值"), c("分值"), c("得分"),
                        c("偏差原因分析及改进措施"))
                .row(c("产出指标", 4, 1), c("数量指标"), c("法律援助案件"), c("≥300件"), c("326件"), c("15"), c("15"), c(""))
                .row(c("数量指标"), c("普法宣传活动"), c("≥40场"), c("45场"), c("10"), c("10"), c(""))
                .row(c("质量指标"), c("援助案件满意率"), c("≥95%"), c("97%"), c("10"), c("10"), c(""))
                .row(c("时效指标"), c("案件受理及时率"), c("100%"), c("100%"), c("10"), c("10"), c(""));
        s.para("续表").table(NINE)
                .row(c("绩效指标", 4, 1), c("产出指标"), c("成本指标"), c("律师办案补贴"), c("≤120万元"), c("118万元"), c("10"), v("s1", "10"), c(""))
                .row(c("效益指标", 2, 1), c("社会效益指标"), c("群众法律意识"), c("提高"), c("明显提高"), c("15"), c("15"), c(""))
                .row(c("可持续影响指标"), c("公共法律服务网络"), c("健全"), c("健全"), c("10"), c("10"), c(""))
                .row(c("满意度指标"), c("服务对象满意度指标"), c("受援群众满意度"), c("≥90%"), c("95%"), c("10"), c("10"), c(""))
                .row(c("总分", 1, 6), c("100"), v("totalC", "99.8"), c(""));
        return new Case(s, List.of("99.6", "98", "99.8"), List.of(
                inject("第一张表的执行率", List.of("SE_EXEC_RATE"), "rateA", "98.00%"),
                inject("同页第二张表的总分", List.of("SE_TOTAL"), "totalB", "97"),
                inject("续表中的得分", List.of("SE_SCORE_RANGE"), "s1", "12", "totalC", "101.8"),
                inject("续表后的总分", List.of("SE_TOTAL"), "totalC", "98.8"),
                inject("续表中的得分空白", List.of("SE_BLANK_SCORE"), "s1", "")));
    }

    private static void shortTable(Specimen s, String project, String budget, String executed, String rate, String score, String tag,
            String[][] rows, String total) {
        s.table(NINE)
                .row(c("项目名称", 1, 2), c(project, 1, 7))
                .row(c("主管部门", 1, 2), c("区机关事务管理局", 1, 3), c("实施单位"), c("区机关事务服务中心", 1, 3))
                .row(c("项目资金（万元）", 3, 1), c("", 1, 2), c("年初预算数"), c("全年预算数"), c("全年执行数"), c("分值"), c("执行率"), c("得分"))
                .row(c("年度资金总额", 1, 2), c(budget), c(budget), c(executed), c("10"), v("rate" + tag, rate), c(score))
                .row(c("其中：当年财政拨款", 1, 2), c(budget), c(budget), c(executed), c("—"), c("—"), c("—"))
                .row(c("绩效指标", rows.length + 1, 1), c("一级指标"), c("二级指标"), c("三级指标"), c("年度指标值"), c("实际完成值"), c("分值"), c("得分"),
                        c("偏差原因分析及改进措施"));
        for (String[] row : rows) {
            s.row(c(row[0]), c(row[1]), c(row[2]), c(row[3]), c(row[4]), c(row[5]), c(row[6]), c(""));
        }
        s.row(c("总分", 1, 6), c("100"), v("total" + tag, total), c(""));
    }
}
