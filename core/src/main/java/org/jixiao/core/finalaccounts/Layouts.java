package org.jixiao.core.finalaccounts;

import java.util.List;

/** The standard layouts (columns and row identities) of the nine tables, as the 决算 software prints them. */
public final class Layouts {
    private Layouts() {}

    public static final String TOTAL = "total";

    /** Income sources of tables 1 and 2, in printed order (key, label). */
    public static final List<Column> INCOME_SOURCES = List.of(
            new Column("general_public", "一般公共预算财政拨款收入"),
            new Column("government_fund", "政府性基金预算财政拨款收入"),
            new Column("state_capital", "国有资本经营预算财政拨款收入"),
            new Column("superior_subsidy", "上级补助收入"),
            new Column("business", "事业收入"),
            new Column("operating", "经营收入"),
            new Column("affiliated", "附属单位上缴收入"),
            new Column("other", "其他收入"));

    /** The three kinds of 财政拨款 (table 4). */
    public static final List<Column> FISCAL_KINDS = List.of(
            new Column("general_public", "一般公共预算财政拨款"),
            new Column("government_fund", "政府性基金预算财政拨款"),
            new Column("state_capital", "国有资本经营预算财政拨款"));

    /** The income items of section 2(二): 财政拨款收入 as one line, then the other sources. */
    public static final List<Column> INCOME_ITEMS = List.of(
            new Column("fiscal", "财政拨款收入"),
            new Column("superior_subsidy", "上级补助收入"),
            new Column("business", "事业收入"),
            new Column("operating", "经营收入"),
            new Column("affiliated", "附属单位上缴收入"),
            new Column("other", "其他收入"));

    /** Table 2 收入决算表: 合计 then each source (财政拨款 as one column, as printed). */
    public static final List<Column> TABLE2 = java.util.stream.Stream.concat(
            java.util.stream.Stream.of(new Column(TOTAL, "本年收入合计")), INCOME_ITEMS.stream()).toList();

    /** Table 3 支出决算表. */
    public static final List<Column> TABLE3 = List.of(
            new Column(TOTAL, "本年支出合计"),
            new Column("basic", "基本支出"),
            new Column("project", "项目支出"),
            new Column("upper", "上缴上级支出"),
            new Column("operating", "经营支出"),
            new Column("affiliated", "对附属单位补助支出"));

    /** Tables 5 and 8: 合计, 基本支出, 项目支出. */
    public static final List<Column> BASIC_PROJECT = List.of(
            new Column(TOTAL, "合计"), new Column("basic", "基本支出"), new Column("project", "项目支出"));

    /** Table 7 政府性基金预算财政拨款收入支出决算表. */
    public static final List<Column> TABLE7 = List.of(
            new Column("opening", "年初结转和结余"),
            new Column("income", "本年收入"),
            new Column("basic", "本年支出·基本支出"),
            new Column("project", "本年支出·项目支出"),
            new Column("closing", "年末结转和结余"));

    public static RowIdentity sumOfRest(List<Column> columns) {
        return RowIdentity.sum(TOTAL, columns.stream().map(Column::key).filter(k -> !k.equals(TOTAL)).toList());
    }

    public static final RowIdentity TABLE7_IDENTITY =
            new RowIdentity("closing", List.of("opening", "income"), List.of("basic", "project"));

    public static String label(List<Column> columns, String key) {
        return columns.stream().filter(c -> c.key().equals(key)).map(Column::label).findFirst().orElse(key);
    }
}
