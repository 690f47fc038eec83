package org.jixiao.formats.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.jixiao.core.review.Where;
import org.junit.jupiter.api.Test;

/**
 * Text as {@code pdftotext -layout} writes it from PDFs that LibreOffice made of Word score tables like those of real
 * reports (src/test/scripts/make-document-inputs.py wrote them from the reference figures): exact grids, spans and
 * locations; and lines that look like a table but cannot be read reliably stay text, with a note.
 */
class TextReaderLayoutTest {
    private static final String INPUTS = "inputs/";

    @Test
    void readsAScoreTableCentredVerticallyOverThreePagesWithItsMergedNamesSpanningTheirRows() throws Exception {
        SourceDocument document = Grids.read(INPUTS + "weihai-scores.layout.txt");
        assertThat(document.notes()).isEmpty();
        assertThat(document.tables()).hasSize(2);
        assertThat(Grids.rows(document.tables().get(0))).containsExactlyElementsOf(Grids.lines("""
                评价内容 | 分值 | 评价得分 | 得分率
                管理效率 | 32.00 | 24.28 | 75.88%
                履职效能 | 38.00 | 37.50 | 98.68%
                社会效应 | 20.00 | 17.00 | 85.00%
                可持续发展能力 | 10.00 | 8.00 | 80.00%
                综合得分 | 100.00 | 86.78 | 86.78%
                综合绩效级别 |  | 良 |
                """));
        // names centred on their rows (一级指标 管理效率 over 20 rows, printed at the top of page 1 where it runs on to
        // page 2), numbers and names broken over two lines joined ("100.00" + "%", "重点支出项目保障" + "率"), the header
        // repeated on pages 2 and 3 dropped, the three pages one table
        assertThat(Grids.rows(document.tables().get(1))).containsExactlyElementsOf(Grids.lines("""
                一级指标 | 二级指标 | 三级指标 | 四级指标 | 分值 | 得分 | 得分率
                管理效率{r20} | 决策管理 (2){r2} | 决策依据充分性(1) | — | 1.00 | 0.70 | 70.00%
                ^ | ^ | 决策程序规范性(1) | — | 1.00 | 1.00 | 100.00%
                ^ | 预算管理 (9){r6} | 预算编制 (5){r4} | 预算编制科学性 | 2.00 | 1.50 | 75.00%
                ^ | ^ | ^ | 在职人员控制率 | 1.00 | 1.00 | 100.00%
                ^ | ^ | ^ | “三公经费”变动率 | 1.00 | 1.00 | 100.00%
                ^ | ^ | ^ | 重点支出项目保障率 | 1.00 | 0.80 | 80.00%
                ^ | ^ | 预算执行 (4){r2} | 预算执行效率 | 2.00 | 1.00 | 50.00%
                ^ | ^ | ^ | 预算调整率 | 2.00 | 1.50 | 75.00%
                ^ | 成本控制 (6){r4} | 基本支出成本控制(3){r2} | 公用经费控制率 | 2.00 | 2.00 | 100.00%
                ^ | ^ | ^ | “三公经费”控制率 | 1.00 | 1.00 | 100.00%
                ^ | ^ | 项目支出成本控制(3){r2} | 政府采购执行率 | 1.00 | 1.00 | 100.00%
                ^ | ^ | ^ | 项目支出标准制定及匹配率 | 2.00 | 0.38 | 19.00%
                ^ | 制度管理 (9){r5} | 制度建设 (2){r2} | 财务管理制度健全性 | 1.00 | 1.00 | 100.00%
                ^ | ^ | ^ | 业务管理制度健全性 | 1.00 | 1.00 | 100.00%
                ^ | ^ | 制度执行 (7){r3} | 资金使用合规性 | 3.00 | 2.00 | 66.67%
                ^ | ^ | ^ | 制度执行有效性 | 3.00 | 2.00 | 66.67%
                ^ | ^ | ^ | 预决算信息公开 | 1.00 | 1.00 | 100.00%
                ^ | 绩效管理 (2) | 绩效管理工作开展情况 (2) | —— | 2.00 | 1.20 | 60.00%
                ^ | 资产管理 (4){r2} | 资产管理规范性(2) | —— | 2.00 | 1.20 | 60.00%
                ^ | ^ | 固定资产利用率(2) | —— | 2.00 | 2.00 | 100.00%
                履职效能{r14} | 目标管理 (3){r2} | 绩效目标合理性(2) | —— | 2.00 | 2.00 | 100.00%
                ^ | ^ | 绩效指标科学性(1) | —— | 1.00 | 0.50 | 50.00%
                ^ | 核心业务(35){r12} | 安全生产和应急管理 (4) | 应急安全工作完成情况 | 4.00 | 4.00 | 100.00%
                ^ | ^ | 工业与信息化发展(8){r2} | 人才集聚工程完成情况 | 4.00 | 4.00 | 100.00%
                ^ | ^ | ^ | 推动化工园区建设情况 | 4.00 | 4.00 | 100.00%
                ^ | ^ | 重大项目培育管理(8){r3} | 招商引资完成情况 | 2.00 | 2.00 | 100.00%
                ^ | ^ | ^ | 重点项目申报情况 | 3.00 | 3.00 | 100.00%
                ^ | ^ | ^ | 重点项目推进情况 | 3.00 | 3.00 | 100.00%
                ^ | ^ | 新旧动能转换 (9){r3} | 扶持制造业高质量发展企业情况 | 2.00 | 2.00 | 100.00%
                ^ | ^ | ^ | 新材料产业发展情况 | 3.00 | 3.00 | 100.00%
                ^ | ^ | ^ | 规上工业企业培育情况 | 4.00 | 4.00 | 100.00%
                ^ | ^ | 综合统计工作 (2) | 统计调查工作完成情况 | 2.00 | 2.00 | 100.00%
                ^ | ^ | 社会信用体系建设(2) | 社会信用体系建设情况 | 2.00 | 2.00 | 100.00%
                ^ | ^ | 服务业发展 (2) | 服务业小升规企业扶持数量 | 2.00 | 2.00 | 100.00%
                社会效应{r9} | 外部影响(14){r7} | 经济效益 (6){r3} | 规上工业增加值增速 | 2.00 | 2.00 | 100.00%
                ^ | ^ | ^ | 旅游休闲装备制造业企业利润增速 | 2.00 | 0.00 | 0.00%
                ^ | ^ | ^ | 规上服务业营业收入同比增速 | 2.00 | 2.00 | 100.00%
                ^ | ^ | 社会效益 (8){r4} | 安全事故发生率 | 2.00 | 2.00 | 100.00%
                ^ | ^ | ^ | 推进新旧动能转换 | 2.00 | 2.00 | 100.00%
                ^ | ^ | ^ | 推动中小企业发展 | 2.00 | 1.00 | 50.00%
                ^ | ^ | ^ | 促进产业集群集聚发展 | 2.00 | 2.00 | 100.00%
                ^ | 满意度 (6){r2} | 区级机关绩效考核综合评价(2) | —— | 2.00 | 2.00 | 100.00%
                ^ | ^ | 辖区企业满意度(4) | —— | 4.00 | 4.00 | 100.00%
                可持续发展能力{r3} | 工作机制常态化 (6){r2} | 工作机制常态化建设、运行情况 (6){r2} | 建立重点企业精准帮促机制 | 3.00 | 3.00 | 100.00%
                ^ | ^ | ^ | 推进安全生产体系建设 | 3.00 | 2.00 | 66.67%
                ^ | 效益的可持续性 (4) | 社会效益的可持续性 (4) | 完善应急管理体系 | 4.00 | 3.00 | 75.00%
                |  | 合计 |  | 100.00 | 86.78 | 86.78%
                """));
    }

    @Test
    void everyCellSaysOnWhichPageAndLineItWasPrinted() throws Exception {
        SourceDocument document = Grids.read(INPUTS + "weihai-scores.layout.txt");
        TableBlock tree = document.tables().get(1);
        assertThat(tree.where()).isEqualTo(new Where(1, 15, 0, 2, 0, 0));
        // 管理效率 is printed on line 18 and covers rows 2-21 of the table; 100.00% of row 3 starts on line 21
        assertThat(tree.cellAt(1, 0).where()).isEqualTo(new Where(1, 18, 0, 2, 2, 1));
        assertThat(tree.cellAt(20, 0)).isSameAs(tree.cellAt(1, 0));
        assertThat(tree.cellAt(2, 6).where()).isEqualTo(new Where(1, 21, 0, 2, 3, 7));
        assertThat(tree.cellAt(2, 6).where().describe()).isEqualTo("第 1 页 第 21 行");
        // 履职效能 is printed on page 2, 促进产业集群集聚发展 on page 3
        assertThat(tree.cellAt(21, 0).text()).isEqualTo("履职效能");
        assertThat(tree.cellAt(21, 0).where().page()).isEqualTo(2);
        assertThat(tree.cells()).filteredOn(cell -> cell.text().equals("促进产业集群集聚发展")).singleElement()
                .satisfies(cell -> assertThat(cell.where()).isEqualTo(new Where(3, 136, 0, 2, 42, 4)));
        // the paragraphs around the tables keep their lines too
        assertThat(document.paragraphs()).extracting(TextBlock::text).contains("该指标分值 32 分，评价得分 24.28 分，得分率 75.88%。");
        assertThat(document.paragraphs().get(0).where()).isEqualTo(new Where(1, 1, 0, 0, 0, 0));
    }

    @Test
    void readsTheSameTableAlignedToTheTopLeavingMergedNamesBlankBelowTheirFirstRow() throws Exception {
        SourceDocument document = Grids.read(INPUTS + "weihai-top.layout.txt");
        assertThat(document.notes()).isEmpty();
        assertThat(document.tables()).singleElement().satisfies(table -> assertThat(Grids.rows(table))
                .containsExactlyElementsOf(Grids.lines("""
                一级指标 | 二级指标 | 三级指标 | 四级指标 | 分值 | 得分 | 得分率
                管理效率 | 决策管理 (2) | 决策依据充分性 (1) | — | 1.00 | 0.70 | 70.00%
                |  | 决策程序规范性 (1) | — | 1.00 | 1.00 | 100.00%
                | 预算管理 (9) | 预算编制 (5) | 预算编制科学性 | 2.00 | 1.50 | 75.00%
                |  |  | 在职人员控制率 | 1.00 | 1.00 | 100.00%
                |  |  | “三公经费”变动率 | 1.00 | 1.00 | 100.00%
                |  |  | 重点支出项目保障率 | 1.00 | 0.80 | 80.00%
                |  | 预算执行 (4) | 预算执行效率 | 2.00 | 1.00 | 50.00%
                |  |  | 预算调整率 | 2.00 | 1.50 | 75.00%
                | 成本控制 (6) | 基本支出成本控制(3) | 公用经费控制率 | 2.00 | 2.00 | 100.00%
                |  |  | “三公经费”控制率 | 1.00 | 1.00 | 100.00%
                |  | 项目支出成本控制(3) | 政府采购执行率 | 1.00 | 1.00 | 100.00%
                |  |  | 项目支出标准制定及匹配率 | 2.00 | 0.38 | 19.00%
                | 制度管理 (9) | 制度建设 (2) | 财务管理制度健全性 | 1.00 | 1.00 | 100.00%
                |  |  | 业务管理制度健全性 | 1.00 | 1.00 | 100.00%
                |  | 制度执行 (7) | 资金使用合规性 | 3.00 | 2.00 | 66.67%
                |  |  | 制度执行有效性 | 3.00 | 2.00 | 66.67%
                |  |  | 预决算信息公开 | 1.00 | 1.00 | 100.00%
                | 绩效管理 (2) | 绩效管理工作开展情况 (2) | —— | 2.00 | 1.20 | 60.00%
                | 资产管理 (4) | 资产管理规范性 (2) | —— | 2.00 | 1.20 | 60.00%
                |  | 固定资产利用率 (2) | —— | 2.00 | 2.00 | 100.00%
                履职效能 | 目标管理 (3) | 绩效目标合理性 (2) | —— | 2.00 | 2.00 | 100.00%
                |  | 绩效指标科学性 (1) | —— | 1.00 | 0.50 | 50.00%
                | 核心业务 (35) | 安全生产和应急管理 (4) | 应急安全工作完成情况 | 4.00 | 4.00 | 100.00%
                |  | 工业与信息化发展(8) | 人才集聚工程完成情况 | 4.00 | 4.00 | 100.00%
                |  |  | 推动化工园区建设情况 | 4.00 | 4.00 | 100.00%
                |  | 重大项目培育管理(8) | 招商引资完成情况 | 2.00 | 2.00 | 100.00%
                |  |  | 重点项目申报情况 | 3.00 | 3.00 | 100.00%
                |  |  | 重点项目推进情况 | 3.00 | 3.00 | 100.00%
                |  | 新旧动能转换 (9) | 扶持制造业高质量发展企业情况 | 2.00 | 2.00 | 100.00%
                |  |  | 新材料产业发展情况 | 3.00 | 3.00 | 100.00%
                |  |  | 规上工业企业培育情况 | 4.00 | 4.00 | 100.00%
                |  | 综合统计工作 (2) | 统计调查工作完成情况 | 2.00 | 2.00 | 100.00%
                |  | 社会信用体系建设(2) | 社会信用体系建设情况 | 2.00 | 2.00 | 100.00%
                |  | 服务业发展 (2) | 服务业小升规企业扶持数量 | 2.00 | 2.00 | 100.00%
                社会效应 | 外部影响 (14) | 经济效益 (6) | 规上工业增加值增速 | 2.00 | 2.00 | 100.00%
                |  |  | 旅游休闲装备制造业企业利润增速 | 2.00 | 0.00 | 0.00%
                |  |  | 规上服务业营业收入同比增速 | 2.00 | 2.00 | 100.00%
                |  | 社会效益 (8) | 安全事故发生率 | 2.00 | 2.00 | 100.00%
                |  |  | 推进新旧动能转换 | 2.00 | 2.00 | 100.00%
                |  |  | 推动中小企业发展 | 2.00 | 1.00 | 50.00%
                |  |  | 促进产业集群集聚发展 | 2.00 | 2.00 | 100.00%
                | 满意度 (6) | 区级机关绩效考核综合评价(2) | —— | 2.00 | 2.00 | 100.00%
                |  | 辖区企业满意度 (4) | —— | 4.00 | 4.00 | 100.00%
                可持续发展能力 | 工作机制常态化(6) | 工作机制常态化建设、运行情况 (6) | 建立重点企业精准帮促机制 | 3.00 | 3.00 | 100.00%
                |  |  | 推进安全生产体系建设 | 3.00 | 2.00 | 66.67%
                | 效益的可持续性(4) | 社会效益的可持续性 (4) | 完善应急管理体系 | 4.00 | 3.00 | 75.00%
                合计 |  |  |  | 100.00 | 86.78 | 86.78%
                """)));
    }

    @Test
    void readsTablesAlignedByHandWithWideCharactersTwoColumnsWideAndTabSeparatedTablesInTheSameFile() throws Exception {
        SourceDocument document = Grids.read(INPUTS + "hand-aligned.txt");
        assertThat(document.notes()).isEmpty();
        assertThat(document.tables()).hasSize(3);
        assertThat(Grids.rows(document.tables().get(0))).containsExactlyElementsOf(Grids.lines("""
                评价内容 | 分值 | 评价得分 | 得分率
                管理效率 | 32.00 | 24.28 | 75.88%
                履职效能 | 38.00 | 37.50 | 98.68%
                社会效应 | 20.00 | 17.00 | 85.00%
                可持续发展能力 | 10.00 | 8.00 | 80.00%
                综合得分 | 100.00 | 86.78 | 86.78%
                """));
        assertThat(Grids.rows(document.tables().get(1))).containsExactlyElementsOf(Grids.lines("""
                年 度 | 基本支出 | 项目支出 | 合 计 | 环比增长率
                2020 | 657.62 | 4,917.97 | 5,575.59 | ——
                2021 | 773.05 | 4,178.86 | 4,951.91 | -11.19%
                2022 | 893.44 | 8,844.96 | 9,738.40 | 96.66%
                """));
        assertThat(Grids.rows(document.tables().get(2))).containsExactlyElementsOf(Grids.lines("""
                月 份 | 一般公共预算月度累计执行数① | 全年决算数② | 预算执行进度③ | 序时进度④
                1月 | 759,689.42 | 50,737,526.62 | 1.50% | 8.33%
                2月 | 1,267,916.67 | 50,737,526.62 | 2.50% | 16.67%
                3月 | 1,793,179.53 | 50,737,526.62 | 3.53% | 25.00%
                4月 | 2,937,306.65 | 50,737,526.62 | 5.79% | 33.33%
                5月 | 4,792,389.78 | 50,737,526.62 | 9.45% | 41.67%
                6月 | 5,317,129.08 | 50,737,526.62 | 10.48% | 50.00%
                7月 | 6,118,568.77 | 50,737,526.62 | 12.06% | 58.33%
                8月 | 14,852,211.00 | 50,737,526.62 | 29.27% | 66.67%
                9月 | 17,733,056.88 | 50,737,526.62 | 34.95% | 75.00%
                10月 | 22,512,949.42 | 50,737,526.62 | 44.37% | 83.33%
                11月 | 23,221,477.34 | 50,737,526.62 | 45.77% | 91.67%
                12月 | 50,737,526.62 | 50,737,526.62 | 100.00% | 100.00%
                """));
        // without form feeds there are no pages: locations are lines
        assertThat(document.tables().get(2).cellAt(12, 1).where()).isEqualTo(new Where(0, 37, 0, 3, 13, 2));
        assertThat(document.tables().get(1).cellAt(3, 4).where()).isEqualTo(new Where(0, 20, 0, 2, 4, 5));
        assertThat(document.paragraphs()).extracting(TextBlock::text).contains("注：③=①÷②，④=月份÷12。");
    }

    @Test
    void readsBudgetTablesWithTallRowsAndLeavesAThreePageTableWhoseGroupsCannotBeToldAsText() throws Exception {
        SourceDocument document = Grids.read(INPUTS + "weihai-budget.layout.txt");
        assertThat(document.tables()).hasSize(2);
        assertThat(Grids.rows(document.tables().get(0))).containsExactlyElementsOf(Grids.lines("""
                年度 | 一般公共预算财政拨款收入 | 政府性基金收入 | 年初结转结余 | 合计 | 环比增长率
                2020 | 1,433.25 | 4,108.44 | 179.81 | 5,721.50 | ——
                2021 | 2,506.87 | 2,308.76 | 136.28 | 4,951.91 | -13.45%
                2022 | 5,073.76 | 4,664.64 | —— | 9,738.40 | 96.66%
                """));
        assertThat(Grids.rows(document.tables().get(1))).containsExactlyElementsOf(Grids.lines("""
                年度 | 基本支出 | 项目支出 | 合计 | 环比增长率
                2020 | 657.62 | 4,917.97 | 5,575.59 | ——
                2021 | 773.05 | 4,178.86 | 4,951.91 | -11.19%
                2022 | 893.44 | 8,844.96 | 9,738.40 | 96.66%
                """));
        // 表9: whether the second page's first rows still belong to 上级专项资金 or already to 上年度结转资金 cannot be told
        // from the text (the name is centred on rows whose height the text does not show): no table, every line kept
        assertThat(document.notes()).containsExactly("第 25–199 行像是一张分 3 页印出的表格，但合并单元格跨越的行有不止一种同样合理的读法，按文字读取");
        assertThat(document.paragraphs()).extracting(TextBlock::text)
                .contains("上级专 2022 年度省级污染防治 100.00", "1 0.00 82.00 82.00 ——", "合计 50 67 96 %");
        assertThat(document.paragraphs()).filteredOn(p -> p.text().equals("1 0.00 82.00 82.00 ——")).singleElement()
                .satisfies(p -> assertThat(p.where()).isEqualTo(new Where(1, 29, 0, 0, 0, 0)));
    }

    @Test
    void joinsATableWhoseHeaderIsNotRepeatedOnTheNextPage() throws Exception {
        SourceDocument document = Grids.read(INPUTS + "weihai-tables.layout.txt");
        assertThat(document.tables()).hasSize(2);
        // 表8: 36 projects and the total, pages 1 and 2, no header on page 2; the page number between stays text
        List<String> projects = Grids.rows(document.tables().get(0));
        assertThat(projects).hasSize(38);
        assertThat(projects.subList(0, 2)).containsExactly("序号 | 项目名称 | 项目预算金额 | 重点/非重点项目",
                "1 | 机关党支部活动经费 | 3.00 | 非重点项目");
        assertThat(projects.subList(17, 19)).containsExactly("17 | 节能审查、监察工作经费 | 20.00 | 非重点项目",
                "18 | 人才聚集工程奖励资金 | 31.00 | 非重点项目");
        assertThat(projects).contains("26 | 临港区塑料助剂化工园区监控系统建设 政府采购尾款 | 9.68 | 非重点项目");
        assertThat(projects.get(37)).isEqualTo("| 合计 | 6,555.50 |");
        assertThat(document.tables().get(0).cellAt(17, 2).where()).isEqualTo(new Where(1, 44, 0, 1, 18, 3));
        assertThat(document.tables().get(0).cellAt(18, 2).where()).isEqualTo(new Where(2, 47, 0, 1, 19, 3));
        assertThat(document.blocks().get(document.blocks().indexOf(document.tables().get(0)) + 1))
                .isEqualTo(new TextBlock("-1-", new Where(1, 46, 0, 0, 0, 0)));
        // 表10: twelve months, 10 月 one cell though its month is printed apart from its number
        assertThat(Grids.rows(document.tables().get(1))).containsExactlyElementsOf(Grids.lines("""
                月份 | 一般公共预算月度累计执行数① | 全年决算数② | 预算执行进度 ③=①/②*100% | 序时进度 ④=月份/12*100%
                1月 | 759,689.42 | 50,737,526.62 | 1.50% | 8.33%
                2月 | 1,267,916.67 | 50,737,526.62 | 2.50% | 16.67%
                3月 | 1,793,179.53 | 50,737,526.62 | 3.53% | 25.00%
                4月 | 2,937,306.65 | 50,737,526.62 | 5.79% | 33.33%
                5月 | 4,792,389.78 | 50,737,526.62 | 9.45% | 41.67%
                6月 | 5,317,129.08 | 50,737,526.62 | 10.48% | 50.00%
                7月 | 6,118,568.77 | 50,737,526.62 | 12.06% | 58.33%
                8月 | 14,852,211.00 | 50,737,526.62 | 29.27% | 66.67%
                9月 | 17,733,056.88 | 50,737,526.62 | 34.95% | 75.00%
                10 月 | 22,512,949.42 | 50,737,526.62 | 44.37% | 83.33%
                11 月 | 23,221,477.34 | 50,737,526.62 | 45.77% | 91.67%
                12 月 | 50,737,526.62 | 50,737,526.62 | 100.00% | 100.00%
                """));
        assertThat(document.tables().get(1).cellAt(12, 3).where()).isEqualTo(new Where(2, 87, 0, 2, 13, 4));
    }

    @Test
    void labelsAlignedWithTheirValuesAreTextAndATableWhoseNumbersAllBreakIsLeftAsText() throws Exception {
        SourceDocument document = Grids.read(INPUTS + "weihai-tables.layout.txt");
        assertThat(document.paragraphs().get(0).text()).startsWith("被评价部门： 威海临港经济技术开发区经济发展局");
        // 表11: columns so narrow that 264.46 prints as 264.4 over 6: which lines make one number cannot be told
        assertThat(document.notes()).singleElement().asString().startsWith("第 5–24 行像是表格，但").endsWith("，按文字读取");
        assertThat(document.paragraphs()).extracting(TextBlock::text).contains("基本支 264.4 657.6 148.6 777.1 773.0 - 935.1 1,113. 19.09");
    }

    @Test
    void aSelfEvaluationFormWhoseColumnsOrNumbersCannotBeToldApartStaysText() throws Exception {
        SourceDocument document = Grids.read(INPUTS + "zibo-selfeval.layout.txt");
        assertThat(document.tables()).isEmpty();
        assertThat(document.notes()).containsExactly(
                "第 1–25 行像是表格，但第 16 行的一格读出“410.71 410.71”，是几个数字，列的界线没有找准，按文字读取",
                "第 26–63 行像是表格，但第 62、63 行的数字可能是同一格折成两行，也可能是两行，按文字读取");
        assertThat(document.paragraphs()).extracting(TextBlock::text).contains("总分 0 1", "10 97.4");
    }

    @Test
    void aLineThatLooksLikeTwoCellsAmongSentencesIsNoTable() throws Exception {
        String text = """
                一、部门基本情况
                本部门 2023 年度申请预算资金 382.31 万元，实际支出 374.11 万元，预算执行率 97.86%。
                负责人：张三        联系电话：12345678
                其中：预算项目 3 个，金额合计 65 万元，实际支出 63.62 万元，执行率为 97.88% 等。
                """;
        SourceDocument document = Documents.read("report.txt", text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(document.tables()).isEmpty();
        assertThat(document.notes()).isEmpty();
        // the line with two pieces is read as running text (and, not ending a sentence, joined with the next line)
        assertThat(document.paragraphs()).extracting(TextBlock::text).containsExactly("一、部门基本情况",
                "本部门 2023 年度申请预算资金 382.31 万元，实际支出 374.11 万元，预算执行率 97.86%。",
                "负责人：张三 联系电话：12345678其中：预算项目 3 个，金额合计 65 万元，实际支出 63.62 万元，执行率为 97.88% 等。");
    }
    @Test
    void aWrappedCriterionCentredBetweenTwoRowsIsNoNumberBrokenOverTheirValues() throws Exception {
        // a 评分标准 wrapped over two lines and centred on its row, under a row whose 分值 is 1 and over one whose 分值
        // is 0.5 (a column printed mostly with one decimal): 1 and 0.5 are two rows' values, not 10.5 broken around the
        // wrapped line (which, read so, became a row of its own and cost the whole table)
        String text = """
                序号      指标名称           评分标准        分值     自评得分
                 2     社区服务保障                       3      2.49
                (1)    社区服务数量                       1      0.79
                                  按要求完成得满分，未完成的按
                 ①     社区服务有效性                     0.5     0.29
                                  完成比例得分
                                  制度健全且执行到位得满分，否
                 ②     社区服务合格率                     0.5     0.50
                                  则按问题数量扣分
                (2)    社区服务质量                      1.5     1.20
                                  按要求完成得满分，未完成的按
                 ①     社区服务覆盖率                     0.5     0.50
                                  完成比例得分
                                  资料齐全、程序规范得满分，发
                 ②     社区服务节约率                     1.0     0.70
                                  现一处问题扣减相应分值
                """;
        SourceDocument document = Documents.read("report.txt", text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(document.notes()).isEmpty();
        assertThat(document.tables()).hasSize(1);
        assertThat(Grids.rows(document.tables().get(0))).containsExactlyElementsOf(Grids.lines("""
                序号 | 指标名称 | 评分标准 | 分值 | 自评得分
                2 | 社区服务保障 |  | 3 | 2.49
                (1) | 社区服务数量 |  | 1 | 0.79
                ① | 社区服务有效性 | 按要求完成得满分，未完成的按完成比例得分 | 0.5 | 0.29
                ② | 社区服务合格率 | 制度健全且执行到位得满分，否则按问题数量扣分 | 0.5 | 0.50
                (2) | 社区服务质量 |  | 1.5 | 1.20
                ① | 社区服务覆盖率 | 按要求完成得满分，未完成的按完成比例得分 | 0.5 | 0.50
                ② | 社区服务节约率 | 资料齐全、程序规范得满分，发现一处问题扣减相应分值 | 1.0 | 0.70
                """));
    }
    @Test
    void mergedNamesPrintedAtTheTopOfTheirGroupsBesideRowsWhoseOwnCellsAreCentred() throws Exception {
        // Word's default top alignment kept for the merged 二级/三级 names while each row's own cells are centred; a leaf
        // one level higher (档案管理推进) spans the 三级 and 四级 columns, so the 三级 column is wider than its wrapped names
        // and the 四级 column is blank in that row
        String text = """
                序号    二级指标       三级指标      四级指标    标准分      指标解释        评价得分      完成率
                                河道保洁管      河道保洁完          考察相关制度的建
                 1   项目立项 (4)                      0.30                  0.20     66.67%
                                 理 (1)      成数量           立和执行情况
                                           河道保洁按          考察相关制度的建
                 2                                 0.20                  0.20     100.00%
                                            期完成率          立和执行情况
                                           河道保洁完          考察资金使用和管
                 3                                 0.50                  0.30     60.00%
                                             整性           理的规范程度
                                                          考察资金使用和管
                 4                  档案管理推进         1.50                  1.50     100.00%
                                                          理的规范程度
                                项目验收推      项目验收达          反映相关工作的完
                 5                                 1.00                  1.00     100.00%
                                进 (1.5)      标率           成程度
                                           项目验收规          反映服务对象对工
                 6                                 0.50                  0.32     64.00%
                                             范性           作的认可程度
                                                          反映服务对象对工
                 7   资金投入 (3)       垃圾清运工作         3.00                  2.40     80.00%
                                                          作的认可程度
                """;
        SourceDocument document = Documents.read("report.txt", text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(document.notes()).isEmpty();
        assertThat(document.tables()).hasSize(1);
        assertThat(Grids.rows(document.tables().get(0))).containsExactlyElementsOf(Grids.lines("""
                序号 | 二级指标 | 三级指标 | 四级指标 | 标准分 | 指标解释 | 评价得分 | 完成率
                1 | 项目立项 (4){r6} | 河道保洁管理 (1){r3} | 河道保洁完成数量 | 0.30 | 考察相关制度的建立和执行情况 | 0.20 | 66.67%
                2 | ^ | ^ | 河道保洁按期完成率 | 0.20 | 考察相关制度的建立和执行情况 | 0.20 | 100.00%
                3 | ^ | ^ | 河道保洁完整性 | 0.50 | 考察资金使用和管理的规范程度 | 0.30 | 60.00%
                4 | ^ | 档案管理推进 |  | 1.50 | 考察资金使用和管理的规范程度 | 1.50 | 100.00%
                5 | ^ | 项目验收推进 (1.5){r2} | 项目验收达标率 | 1.00 | 反映相关工作的完成程度 | 1.00 | 100.00%
                6 | ^ | ^ | 项目验收规范性 | 0.50 | 反映服务对象对工作的认可程度 | 0.32 | 64.00%
                7 | 资金投入 (3) | 垃圾清运工作 |  | 3.00 | 反映服务对象对工作的认可程度 | 2.40 | 80.00%
                """));
    }
    @Test
    void aNumberedNameTooLongForItsCellStartingLeftOfTheOthersIsInTheirColumn() throws Exception {
        String text = """
                                评价指标
                                            分值     得分    得分率
                               （一）项目立项       6     5.69  94.83%
                1.困难群众救助覆盖率                 1.5    1.50 100.00%
                               2.质量抽检达标率     2     1.79    89.50%
                              3.养老服务完成数量     1     0.90    90.00%
                              4.信用监管节约率     1.5    1.50   100.00%
                               （二）绩效目标       7     7.00   100.00%
                1.污水处理按期完成率                 4.5    4.50   100.00%
                              2.应急演练有效性     2.5    2.50   100.00%
                                 合计         13    12.69    97.62%
                """;
        SourceDocument document = Documents.read("report.txt", text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(document.notes()).isEmpty();
        assertThat(document.tables()).hasSize(1);
        assertThat(Grids.rows(document.tables().get(0))).containsExactlyElementsOf(Grids.lines("""
                评价指标 | 分值 | 得分 | 得分率
                （一）项目立项 | 6 | 5.69 | 94.83%
                1.困难群众救助覆盖率 | 1.5 | 1.50 | 100.00%
                2.质量抽检达标率 | 2 | 1.79 | 89.50%
                3.养老服务完成数量 | 1 | 0.90 | 90.00%
                4.信用监管节约率 | 1.5 | 1.50 | 100.00%
                （二）绩效目标 | 7 | 7.00 | 100.00%
                1.污水处理按期完成率 | 4.5 | 4.50 | 100.00%
                2.应急演练有效性 | 2.5 | 2.50 | 100.00%
                合计 | 13 | 12.69 | 97.62%
                """));
    }
    @Test
    void twoColumnsOfNumbersPrintedCloseAreCutWhereEveryLineLeavesThemApart() throws Exception {
        // 满分 right-aligned beside 自评得分 left-aligned (a generated report, corpus/generated g23): over all lines no
        // blank position separates the two columns; on every line printing two numbers there, one position does
        String text = """
                                                          评价得分情况
                          指标                评分标准
                                                         满分  自评得分
                          决策                              15  13.23
                 项目立项                                     7   6.35
                   数据共享管理                                4.5    4.05
                    数据共享数量                               2.5    2.05
                                      制度健全且执行到位得满分，否则按
                     数据共享完成数量                            0.75   0.75
                                      问题数量扣分
                     数据共享验收通过率        按实际完成情况与年度目标比较计分   0.75   0.50
                     数据共享完整性          按实际完成情况与年度目标比较计分     1    0.80
                    数据共享质量                                2     2.00
                     数据共享有效性          全部达到标准得满分，否则酌情扣分   0.6    0.60
                                      按要求完成得满分，未完成的按完成
                     数据共享使用率                             0.9    0.90
                                      比例得分
                     数据共享准确性          按实际完成情况与年度目标比较计分   0.5    0.50
                """;
        SourceDocument document = Documents.read("report.txt", text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(document.notes()).isEmpty();
        assertThat(document.tables()).hasSize(1);
        List<String> rows = Grids.rows(document.tables().get(0));
        assertThat(rows.get(0)).isEqualTo("指标 | 评分标准 | 满分 | 自评得分");
        assertThat(rows.stream().skip(1).map(row -> {
            String[] cells = row.split(" \\| ", -1);
            return cells[0] + " " + cells[2] + " " + cells[3];
        }).toList()).containsExactly("决策 15 13.23", "项目立项 7 6.35", "数据共享管理 4.5 4.05", "数据共享数量 2.5 2.05",
                "数据共享完成数量 0.75 0.75", "数据共享验收通过率 0.75 0.50", "数据共享完整性 1 0.80", "数据共享质量 2 2.00",
                "数据共享有效性 0.6 0.60", "数据共享使用率 0.9 0.90", "数据共享准确性 0.5 0.50");
    }
}
