package org.jixiao.formats.review;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jixiao.core.disclosure.Statement;
import org.jixiao.formats.disclosure.DisclosureDocuments;
import org.jixiao.formats.document.Block;
import org.jixiao.formats.document.Cell;
import org.jixiao.formats.document.SourceDocument;
import org.jixiao.formats.document.TableBlock;
import org.jixiao.formats.document.TextBlock;

/**
 * What a document is, from its words (never from its file name): an evaluation report, a project self-evaluation table,
 * a final-accounts or budget disclosure, or none of these. Each kind is scored by the words only it uses; titles count
 * more than body text.
 */
final class DocumentKinds {
    private static final Pattern EVALUATION = Pattern.compile(
            "绩效评价报告|绩效评价|评价指标|指标体系|评分表|得分情况|综合得分|评价得分|评价等级|绩效等级|得分率|分值|自评报告|评价结论|扣分|满意度调查|满意度|有效问卷");
    private static final Pattern SELF_EVALUATION = Pattern.compile(
            "项目支出绩效自评表|绩效自评表|年初预算数|全年预算数|全年执行数|年度指标值|实际完成值|偏差原因分析|年度总体目标|调整后预算数|预算执行数|"
                    + "财政专户管理资金|指标性质|度量单位|未完成原因分析");
    private static final Pattern DISCLOSURE = Pattern.compile(
            "收入支出决算总表|支出决算表|收入决算表|财政拨款收入支出决算总表|部门决算|部门预算|单位决算|单位预算|功能分类科目|政府性基金预算财政拨款|"
                    + "一般公共预算财政拨款基本支出|三公.{0,2}经费支出|机关运行经费|收入支出预算总表|决算公开|预算公开");

    private static final Pattern BUDGET_WORDS = Pattern.compile("部门预算|单位预算|预算公开|预算数");
    private static final Pattern ACCOUNTS_WORDS = Pattern.compile("部门决算|单位决算|决算公开|决算数");

    private DocumentKinds() {}

    static DocumentKind of(SourceDocument document) {
        // a disclosure's own tables and title decide first: its 情况说明 speaks of 年初预算数 as a self-evaluation does
        Statement disclosure = DisclosureDocuments.recognise(document);
        if (disclosure != null) {
            return disclosure == Statement.BUDGET ? DocumentKind.BUDGET : DocumentKind.FINAL_ACCOUNTS;
        }
        int evaluation = 0;
        int selfEvaluation = 0;
        int disclosures = 0;
        int budget = 0;
        int accounts = 0;
        int index = 0;
        for (Block block : document.blocks()) {
            index++;
            String text;
            if (block instanceof TextBlock paragraph) {
                text = paragraph.text();
            } else {
                StringBuilder cells = new StringBuilder();
                for (Cell cell : ((TableBlock) block).cells()) {
                    cells.append(cell.text()).append(' ');
                }
                text = cells.toString();
            }
            int weight = index <= 5 ? 5 : 1;
            evaluation += weight * count(EVALUATION, text);
            selfEvaluation += weight * count(SELF_EVALUATION, text);
            disclosures += weight * count(DISCLOSURE, text);
            budget += count(BUDGET_WORDS, text);
            accounts += count(ACCOUNTS_WORDS, text);
        }
        if (evaluation == 0 && selfEvaluation == 0 && disclosures == 0) {
            return DocumentKind.UNKNOWN;
        }
        if (selfEvaluation >= 4 && selfEvaluation * 2 >= evaluation) {
            return DocumentKind.SELF_EVALUATION;
        }
        if (disclosures > evaluation * 2 && disclosures >= 5) {
            return budget > accounts ? DocumentKind.BUDGET : DocumentKind.FINAL_ACCOUNTS;
        }
        return evaluation > 0 ? DocumentKind.EVALUATION_REPORT : selfEvaluation > disclosures ? DocumentKind.SELF_EVALUATION
                : budget > accounts ? DocumentKind.BUDGET : DocumentKind.FINAL_ACCOUNTS;
    }

    private static int count(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        int count = 0;
        while (matcher.find() && count < 50) {
            count++;
        }
        return count;
    }
}
