package org.jixiao.formats.finalaccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.function.Consumer;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jixiao.core.finalaccounts.AccountsReview;
import org.jixiao.core.finalaccounts.ExplanationWriter;
import org.jixiao.core.finalaccounts.FinalAccounts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The final-accounts workbook: the Zibo example written as a filled workbook reads back into the same model (same
 * dataset text, same 情况说明), and every kind of bad input is reported with its sheet and cell, and nothing is
 * imported.
 */
class AccountsWorkbookTest {
    static FinalAccounts zibo;
    static byte[] filled;

    @BeforeAll
    static void writeZibo() throws Exception {
        zibo = FinalAccountsReader.read(ZiboAccountsTest.EXAMPLE);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AccountsWorkbook.write(zibo, out);
        filled = out.toByteArray();
    }

    static FinalAccounts importBytes(byte[] bytes) throws WorkbookException {
        return AccountsWorkbookReader.read("决算表.xlsx", new ByteArrayInputStream(bytes));
    }

    @Test
    void theZiboExampleRoundTripsThroughTheWorkbook() throws Exception {
        FinalAccounts back = importBytes(filled);
        assertThat(FinalAccountsWriter.write(back, null)).isEqualTo(FinalAccountsWriter.write(zibo, null));
        assertThat(ExplanationWriter.write(back).toText()).isEqualTo(ExplanationWriter.write(zibo).toText());
        assertThat(AccountsReview.review(back)).hasSameSizeAs(AccountsReview.review(zibo));
        assertThat(back.general().statedRows()).hasSize(12);
        assertThat(back.general().isStated("206")).as("类 rows are formulas, computed as in the YAML").isFalse();
        assertThat(back.subjects().fullName("2060101")).isEqualTo("科学技术支出（类）科学技术管理事务（款）行政运行（项）");
    }

    @Test
    void theDatasetWriterRoundTripsThroughYaml() throws Exception {
        String yaml = FinalAccountsWriter.write(zibo, "from the workbook");
        FinalAccounts back = FinalAccountsReader.read("back.yaml", yaml, false);
        assertThat(FinalAccountsWriter.write(back, "from the workbook")).isEqualTo(yaml);
        assertThat(ExplanationWriter.write(back).toText()).isEqualTo(ExplanationWriter.write(zibo).toText());
        assertThat(yaml).startsWith("# from the workbook\nformat: jixiao.final-accounts/1").contains("code: \"2060101\"");
    }

    @Test
    void anEmptyTemplateHasEverySheetAndImportsOnlyWithItsRequiredCellsFilled() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AccountsWorkbook.template(out);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(12);
            assertThat(wb.getSheetName(0)).isEqualTo("说明");
            assertThat(wb.getSheetName(1)).isEqualTo("表1 收入支出决算总表");
            assertThat(wb.getSheetName(9)).isEqualTo("表9 财政拨款“三公”经费支出决算表");
            assertThat(wb.getSheet("表3 支出决算表").getRow(2).getCell(2).getStringCellValue()).isEqualTo("本年支出合计");
            assertThat(wb.getSheet("表5 一般公共预算财政拨款支出决算表").getRow(2).getCell(4).getStringCellValue()).isEqualTo("项目支出");
        }
        assertThatThrownBy(() -> importBytes(out.toByteArray())).isInstanceOf(WorkbookException.class)
                .hasMessageContaining("决算表.xlsx 情况说明资料!B5：缺少“单位全称”（必填）")
                .hasMessageContaining("情况说明资料!B7：缺少“决算年度”（必填）")
                .hasMessageContaining("缺少“上年收、支总计”（必填）");
    }

    /** The Zibo workbook with one change made through POI, as an accountant would in Excel. */
    static byte[] edited(Consumer<XSSFWorkbook> edit) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(filled))) {
            edit.accept(wb);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        }
    }

    static Cell cell(XSSFWorkbook wb, String sheet, String address) {
        org.apache.poi.ss.util.CellReference ref = new org.apache.poi.ss.util.CellReference(address);
        Sheet s = wb.getSheet(sheet);
        Row row = s.getRow(ref.getRow()) == null ? s.createRow(ref.getRow()) : s.getRow(ref.getRow());
        Cell cell = row.getCell(ref.getCol()) == null ? row.createCell(ref.getCol()) : row.getCell(ref.getCol());
        if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.FORMULA) {
            cell.removeFormula(); // typing over a formula in Excel replaces it
        }
        return cell;
    }

    static final String T5 = "表5 一般公共预算财政拨款支出决算表";

    static String rowOf(XSSFWorkbook wb, String sheet, String code) {
        for (Row row : wb.getSheet(sheet)) {
            Cell c = row.getCell(0);
            if (c != null && c.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING && c.getStringCellValue().equals(code)) {
                return String.valueOf(row.getRowNum() + 1);
            }
        }
        throw new AssertionError(code + " not in " + sheet);
    }

    @Test
    void textInANumberCellNamesSheetAndCell() throws Exception {
        String[] at = new String[1];
        byte[] bytes = edited(wb -> {
            at[0] = "D" + rowOf(wb, T5, "2060101");
            cell(wb, T5, at[0]).setCellValue("一百");
        });
        assertThatThrownBy(() -> importBytes(bytes)).isInstanceOf(WorkbookException.class)
                .hasMessage("决算表.xlsx 表5!" + at[0] + "：科目“2060101”的“基本支出”：应为数字（万元），实际为“一百”");
    }

    @Test
    void aNumberStoredAsTextIsReadExactly() throws Exception {
        byte[] bytes = edited(wb -> cell(wb, T5, "D" + rowOf(wb, T5, "2060101")).setCellValue("779.00"));
        FinalAccounts back = importBytes(bytes);
        assertThat(back.general().value("2060101", "basic")).isEqualByComparingTo("779");
    }

    @Test
    void aDoubleArtefactIsReadAsTheNumberExcelShows() {
        assertThat(AccountsWorkbookReader.parse(org.dhatim.fastexcel.reader.CellType.NUMBER, "6095.9399999999996"))
                .isEqualTo(new java.math.BigDecimal("6095.94"));
        assertThat(AccountsWorkbookReader.parse(org.dhatim.fastexcel.reader.CellType.NUMBER, "0.1")).isEqualTo(new java.math.BigDecimal("0.1"));
        assertThat(AccountsWorkbookReader.parse(org.dhatim.fastexcel.reader.CellType.STRING, "1,176.5")).isEqualTo(new java.math.BigDecimal("1176.5"));
        assertThat(AccountsWorkbookReader.parse(org.dhatim.fastexcel.reader.CellType.STRING, "一百")).isNull();
    }

    @Test
    void aMissingRequiredCellNamesSheetAndCell() throws Exception {
        byte[] bytes = edited(wb -> cell(wb, T5, "B" + rowOf(wb, T5, "2150805")).setBlank());
        assertThatThrownBy(() -> importBytes(bytes)).isInstanceOf(WorkbookException.class)
                .hasMessageMatching("决算表\\.xlsx 表5!B\\d+：科目“2150805”缺少科目名称");
        byte[] noYear = edited(wb -> cell(wb, "情况说明资料", "B7").setBlank());
        assertThatThrownBy(() -> importBytes(noYear)).hasMessage("决算表.xlsx 情况说明资料!B7：缺少“决算年度”（必填）：如 2024；“与上年相比”即与上一年度比较");
    }

    @Test
    void aCodeRowWithoutAmountsIsAnErrorNotADroppedRow() throws Exception {
        String[] row = new String[1];
        byte[] bytes = edited(wb -> {
            row[0] = rowOf(wb, T5, "2080506");
            for (String col : new String[] {"C", "D", "E"}) {
                cell(wb, T5, col + row[0]).setBlank();
            }
        });
        assertThatThrownBy(() -> importBytes(bytes)).isInstanceOf(WorkbookException.class)
                .hasMessage("决算表.xlsx 表5!C" + row[0] + "：科目“2080506 机关事业单位职业年金缴费支出”一个金额也没有填：金额为零请填 0（整行空白不会被当作零）");
    }

    @Test
    void anUnknownCodeNamesTheCell() throws Exception {
        String[] row = new String[1];
        byte[] bytes = edited(wb -> {
            row[0] = rowOf(wb, T5, "2150805");
            cell(wb, T5, "A" + row[0]).setCellValue("2150905");
        });
        assertThatThrownBy(() -> importBytes(bytes)).isInstanceOf(WorkbookException.class)
                .hasMessage("决算表.xlsx 表5!A" + row[0] + "：科目编码“2150905”的上级款“21509”不在本表中：类、款、项要依次列出，上级科目写在下级之前");
        byte[] badClass = edited(wb -> cell(wb, "表3 支出决算表", "A5").setCellValue("999"));
        assertThatThrownBy(() -> importBytes(badClass)).hasMessageContaining("表3!A5：科目编码“999”不是支出功能分类的类级科目");
        byte[] badLength = edited(wb -> cell(wb, "表2 收入决算表", "A7").setCellValue("20601011"));
        assertThatThrownBy(() -> importBytes(badLength)).hasMessageContaining("表2!A7：科目编码“20601011”不是支出功能分类科目编码");
    }

    @Test
    void aMalformedSheetIsNamed() throws Exception {
        byte[] moved = edited(wb -> cell(wb, "表3 支出决算表", "D3").setCellValue("项目支出"));
        assertThatThrownBy(() -> importBytes(moved)).isInstanceOf(WorkbookException.class)
                .hasMessageStartingWith("决算表.xlsx 表3!D3：栏目应为“基本支出”，实际为“项目支出”");
        byte[] missing = edited(wb -> wb.removeSheetAt(wb.getSheetIndex("表6 一般公共预算财政拨款基本支出决算明细表")));
        assertThatThrownBy(() -> importBytes(missing)).hasMessage("决算表.xlsx 表6：缺少工作表“表6 一般公共预算财政拨款基本支出决算明细表”：请用 jixiao accounts template 生成的工作簿填写，不要删除或改名工作表");
        assertThatThrownBy(() -> importBytes("not a workbook".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .hasMessageStartingWith("决算表.xlsx：不是可读取的 Excel 工作簿（.xlsx）");
    }

    @Test
    void otherBadCellsAreEachReportedAndNothingIsImported() throws Exception {
        byte[] bytes = edited(wb -> {
            cell(wb, "表1 收入支出决算总表", "B4").setCellValue(-5);                                   // negative
            cell(wb, "表6 一般公共预算财政拨款基本支出决算明细表", "A5").setCellValue("30201");           // 公用 code on the 人员 side
            cell(wb, "表9 财政拨款“三公”经费支出决算表", "D5").setCellValue(3);                         // subtotal ≠ parts
            cell(wb, "表1 收入支出决算总表", "D4").setCellValue(1);                                    // 类 row ≠ 表3
            cell(wb, "情况说明资料", "B30").setCellValue("两个");                                      // a count as text
        });
        WorkbookException e = org.junit.jupiter.api.Assertions.assertThrows(WorkbookException.class, () -> importBytes(bytes));
        assertThat(e.problems()).extracting(WorkbookProblem::describe).anySatisfy(m -> assertThat(m)
                .isEqualTo("决算表.xlsx 表1!B4：一般公共预算财政拨款收入：不能为负数，实际为 -5"))
                .anySatisfy(m -> assertThat(m).startsWith("决算表.xlsx 表6!A5：经济分类“30201 基本工资”属于公用经费"))
                .anySatisfy(m -> assertThat(m).startsWith("决算表.xlsx 表9!D5：决算数公务用车购置及运行维护费（小计）填的 3 与各项之和 0 不一致"))
                .anySatisfy(m -> assertThat(m).startsWith("决算表.xlsx 表1!D4：“科学技术支出”填的 1 与表3 该类的本年支出合计 1401.7 不一致"))
                .anySatisfy(m -> assertThat(m).isEqualTo("决算表.xlsx 情况说明资料!B30：其中：外事接待批次：应为整数，实际为“两个”"));
        assertThat(e.problems()).hasSize(5);
    }
}
