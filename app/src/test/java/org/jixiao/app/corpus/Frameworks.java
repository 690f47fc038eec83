package org.jixiao.app.corpus;

import java.util.List;
import java.util.Map;

/** The 一级 indicators and their weights by kind of evaluation (domain §3), and the words indicators are named with. */
final class Frameworks {
    private Frameworks() {}

    record Framework(List<String> names, List<Integer> weights) {}

    private static final Map<Shape.Kind, List<Framework>> FRAMEWORKS = Map.of(
            Shape.Kind.DEPARTMENT, List.of(
                    new Framework(List.of("管理效率", "履职效能", "社会效应", "可持续发展能力"), List.of(32, 38, 20, 10)),
                    new Framework(List.of("履职效能", "管理效率", "社会效应", "可持续发展能力"), List.of(40, 25, 20, 15)),
                    new Framework(List.of("财政资源配置", "预算管理", "绩效管理", "部门履职效能", "社会效应"), List.of(12, 28, 15, 35, 10)),
                    new Framework(List.of("投入", "过程", "产出", "效果"), List.of(15, 25, 35, 25))),
            Shape.Kind.PROJECT, List.of(
                    new Framework(List.of("决策", "过程", "产出", "效益"), List.of(20, 20, 30, 30)),
                    new Framework(List.of("决策", "过程", "产出", "效益"), List.of(15, 25, 30, 30)),
                    new Framework(List.of("决策", "过程", "产出", "效益"), List.of(20, 20, 40, 20))),
            Shape.Kind.FUND, List.of(
                    new Framework(List.of("决策", "过程", "产出", "效益"), List.of(20, 25, 30, 25)),
                    new Framework(List.of("资金投入", "资金管理", "项目产出", "项目效益", "满意度"), List.of(15, 20, 30, 25, 10)),
                    new Framework(List.of("决策", "过程", "产出", "效益"), List.of(20, 20, 30, 30))));

    static int count(Shape.Kind kind) {
        return FRAMEWORKS.get(kind).size();
    }

    static Framework of(Shape.Kind kind, int index) {
        return FRAMEWORKS.get(kind).get(index % count(kind));
    }

    /** 二级 names under a 一级 name. */
    static final Map<String, List<String>> SECOND = Map.ofEntries(
            Map.entry("决策", List.of("项目立项", "绩效目标", "资金投入", "决策程序")),
            Map.entry("过程", List.of("资金管理", "组织实施", "制度建设", "资产管理", "信息公开")),
            Map.entry("产出", List.of("产出数量", "产出质量", "产出时效", "产出成本")),
            Map.entry("效益", List.of("经济效益", "社会效益", "生态效益", "可持续影响", "服务对象满意度")),
            Map.entry("管理效率", List.of("决策管理", "预算管理", "成本控制", "制度管理", "绩效管理", "资产管理")),
            Map.entry("履职效能", List.of("目标管理", "核心业务", "重点工作", "职责履行")),
            Map.entry("社会效应", List.of("外部影响", "社会影响", "群众满意度")),
            Map.entry("可持续发展能力", List.of("人才队伍建设", "信息化建设", "长效机制")),
            Map.entry("财政资源配置", List.of("预算编制", "收支结构", "资金统筹")),
            Map.entry("预算管理", List.of("预算执行", "预算调整", "结转结余", "财务管理", "政府采购")),
            Map.entry("绩效管理", List.of("目标管理", "运行监控", "绩效评价", "结果应用")),
            Map.entry("部门履职效能", List.of("重点工作", "职责履行", "履职成效", "目标完成")),
            Map.entry("投入", List.of("目标设定", "预算配置", "资金落实")),
            Map.entry("效果", List.of("履职效益", "社会效益", "可持续影响", "服务对象满意度")),
            Map.entry("资金投入", List.of("资金到位", "预算编制", "资金分配")),
            Map.entry("资金管理", List.of("资金使用", "财务管理", "监督检查")),
            Map.entry("项目产出", List.of("数量指标", "质量指标", "时效指标", "成本指标")),
            Map.entry("项目效益", List.of("经济效益", "社会效益", "生态效益", "可持续影响")),
            Map.entry("满意度", List.of("受益群众满意度", "服务对象满意度", "社会公众满意度")));

    /** Subjects of work, combined with {@link #MEASURES} into leaf names (企业帮扶完成率) and with {@link #AREAS} into parents. */
    static final List<String> TOPICS = List.of("企业帮扶", "技能培训", "道路养护", "农田水利", "垃圾清运", "路灯维护", "校舍改造", "设备购置",
            "政策宣传", "应急演练", "安全检查", "信息系统运维", "档案管理", "合同管理", "政府采购", "资金拨付", "项目验收", "质量抽检", "绿化管护",
            "河道保洁", "困难群众救助", "就业服务", "科技项目", "人才引进", "招商引资", "信用监管", "统计调查", "产业扶持", "文化活动", "体育设施",
            "医疗服务", "食品抽检", "环境监测", "污水处理", "公共交通", "社区服务", "养老服务", "防汛设施", "消防设施", "数据共享", "村级道路",
            "危房改造", "节能改造", "电商培训", "农机补贴", "种苗推广", "疫病防控", "图书配送", "网格管理", "矛盾调解");

    static final List<String> MEASURES = List.of("完成率", "合格率", "及时率", "覆盖率", "达标率", "完成数量", "知晓率", "规范性", "完整性",
            "准确性", "有效性", "到位率", "验收通过率", "使用率", "节约率", "按期完成率");

    static final List<String> AREAS = List.of("管理", "实施", "工作", "保障", "成效", "推进");

    static final List<String> ASPECTS = List.of("数量", "质量", "时效", "成本", "效果", "进度");

    static final List<String> PROJECTS = List.of("老旧小区改造项目", "农村公路养护项目", "中小企业发展专项", "职业技能提升行动", "智慧城市建设项目",
            "高标准农田建设项目", "河道综合治理项目", "公共文化服务项目", "社区养老服务项目", "城乡环卫一体化项目", "科技创新奖补项目",
            "重点产业链培育项目", "乡村振兴示范项目", "校园安全提升项目", "基层医疗设备购置项目", "应急物资储备项目");

    static final List<String> DEPARTMENTS = List.of("经济发展局", "农业农村局", "市场监督管理局", "教育和体育局", "住房和城乡建设局",
            "卫生健康局", "水利局", "科学技术局", "民政局", "文化和旅游局", "人力资源和社会保障局", "自然资源局", "商务局", "交通运输局");

    static final List<String> PLACES = List.of("东城区", "临河县", "南山市", "青石县", "北湖区", "西岭县", "海门市", "白云区");
}
