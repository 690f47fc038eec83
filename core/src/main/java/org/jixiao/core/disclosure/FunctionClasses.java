package org.jixiao.core.disclosure;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The 类 of the 政府收支分类 支出功能分类科目 by name, so that a summary table that names a 类 without its code
 * ({@code 七、社会保障和就业支出}) can be compared with the coded tables. Earlier names of a 类 are kept (the 2018 and
 * 2019 renamings), since older disclosures print them.
 */
public final class FunctionClasses {
    private static final Map<String, String> BY_NAME = new LinkedHashMap<>();

    static {
        String[][] classes = {
            {"201", "一般公共服务支出"}, {"202", "外交支出"}, {"203", "国防支出"}, {"204", "公共安全支出"}, {"205", "教育支出"},
            {"206", "科学技术支出"}, {"207", "文化旅游体育与传媒支出"}, {"207", "文化体育与传媒支出"}, {"208", "社会保障和就业支出"},
            {"209", "社会保险基金支出"}, {"210", "卫生健康支出"}, {"210", "医疗卫生与计划生育支出"}, {"210", "医疗卫生支出"},
            {"211", "节能环保支出"}, {"212", "城乡社区支出"}, {"213", "农林水支出"}, {"214", "交通运输支出"},
            {"215", "资源勘探工业信息等支出"}, {"215", "资源勘探信息等支出"}, {"216", "商业服务业等支出"}, {"217", "金融支出"},
            {"219", "援助其他地区支出"}, {"220", "自然资源海洋气象等支出"}, {"220", "国土海洋气象等支出"}, {"221", "住房保障支出"},
            {"222", "粮油物资储备支出"}, {"223", "国有资本经营预算支出"}, {"224", "灾害防治及应急管理支出"}, {"227", "预备费"},
            {"229", "其他支出"}, {"230", "转移性支出"}, {"231", "债务还本支出"}, {"232", "债务付息支出"}, {"233", "债务发行费用支出"},
            {"234", "抗疫特别国债安排的支出"},
        };
        for (String[] entry : classes) {
            BY_NAME.put(entry[1], entry[0]);
        }
    }

    private FunctionClasses() {}

    /** Every 类 name known, current and earlier, longest first (so that a longer name is found before a name inside it). */
    public static java.util.List<String> names() {
        java.util.List<String> names = new java.util.ArrayList<>(BY_NAME.keySet());
        names.sort((a, b) -> Integer.compare(b.length(), a.length()));
        return names;
    }

    /**
     * The 类 code of a printed name ({@code 七、社会保障和就业支出}, {@code 社会保障和就业支出（类）}), or null when the name is
     * not a 类: numbering, brackets and spaces are ignored, nothing else.
     */
    public static String code(String printed) {
        String name = printed.replaceAll("[\\s\\u3000]", "")
                .replaceFirst("^(?:[一二三四五六七八九十]+[、.．]|\\d+[、.．]|[（(][一二三四五六七八九十\\d]+[）)])", "")
                .replaceFirst("[（(]类[）)]$", "");
        return BY_NAME.get(name);
    }
}
