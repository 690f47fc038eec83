package org.jixiao.formats.finalaccounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.jixiao.core.finalaccounts.AccountsTables;
import org.jixiao.core.finalaccounts.AccountsTables.Kind;
import org.jixiao.core.finalaccounts.AccountsTables.Row;
import org.jixiao.core.finalaccounts.AccountsTables.Table;
import org.jixiao.core.finalaccounts.FinalAccounts;
import org.junit.jupiter.api.Test;

/** The nine tables laid out for display from the Zibo 2024 example: printed figures as printed, the rest computed. */
class AccountsTablesTest {

    static List<Table> tables() throws Exception {
        FinalAccounts accounts = FinalAccountsReader.read(ZiboAccountsTest.EXAMPLE);
        return AccountsTables.of(accounts);
    }

    static Row row(Table table, String name) {
        return table.rows().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
    }

    static BigDecimal value(Table table, String name, int column) {
        return row(table, name).values().get(column);
    }

    @Test
    void nineTablesInPublishedOrder() throws Exception {
        assertThat(tables()).extracting(Table::number).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9);
        assertThat(tables()).extracting(Table::empty).containsExactly(false, false, false, false, false, false, true, true, true);
        // 表7, 表8 and 表9 (no “三公”经费 in 2024) are published marked empty
    }

    @Test
    void table1BalancesWithTheOpeningBalance() throws Exception {
        Table t1 = tables().get(0);
        assertThat(value(t1, "本年收入合计", 0)).isEqualByComparingTo("6095.94");
        assertThat(value(t1, "年初结转和结余", 0)).isEqualByComparingTo("0.65");
        assertThat(value(t1, "收入总计", 0)).isEqualByComparingTo("6096.59");
        assertThat(value(t1, "支出总计", 0)).isEqualByComparingTo("6096.59");
        assertThat(row(t1, "收入总计").kind()).isEqualTo(Kind.TOTAL);
        assertThat(t1.rows()).filteredOn(r -> "206".equals(r.code())).singleElement()
                .satisfies(r -> assertThat(r.values().get(0)).isEqualByComparingTo("1401.7"));
    }

    @Test
    void table4GivesTheFiscalGrandTotalsOfSectionFour() throws Exception {
        Table t4 = tables().get(3);
        assertThat(t4.columns()).containsExactly("本年收入", "年初财政拨款结转和结余", "收入总计", "本年支出", "年末财政拨款结转和结余", "支出总计");
        assertThat(value(t4, "合计", 2)).isEqualByComparingTo("6096.44");
        assertThat(value(t4, "合计", 5)).isEqualByComparingTo("6096.44");
    }

    @Test
    void table5KeepsThePrintedTotalAndIndentsByLevel() throws Exception {
        Table t5 = tables().get(4);
        assertThat(row(t5, "合计").values()).extracting(BigDecimal::toPlainString).containsExactly("6095.94", "1176", "4919.93");
        Row item = t5.rows().stream().filter(r -> "2060101".equals(r.code())).findFirst().orElseThrow();
        assertThat(item.level()).isEqualTo(2);
        assertThat(item.values().get(0)).isEqualByComparingTo("779");
        Row section = t5.rows().stream().filter(r -> "20601".equals(r.code())).findFirst().orElseThrow();
        assertThat(section.level()).isEqualTo(1);
        // a 款 left out of the dataset is the sum of its 项
        assertThat(section.values().get(0)).isEqualByComparingTo("1401.7");
    }

    @Test
    void table6SplitsPersonnelAndPublicCosts() throws Exception {
        Table t6 = tables().get(5);
        BigDecimal personnel = value(t6, "人员经费", 0);
        BigDecimal pub = value(t6, "公用经费", 0);
        assertThat(value(t6, "合计", 0)).isEqualByComparingTo(personnel.add(pub));
        assertThat(personnel.add(pub)).isEqualByComparingTo("1176");
    }
}
