package org.jixiao.formats.finalaccounts;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import org.jixiao.core.finalaccounts.EconomicRow;
import org.jixiao.core.finalaccounts.Facts;
import org.jixiao.core.finalaccounts.FinalAccounts;
import org.jixiao.core.finalaccounts.FinalAccounts.ReasonKey;
import org.jixiao.core.finalaccounts.FiscalSummary;
import org.jixiao.core.finalaccounts.FunctionTable;
import org.jixiao.core.finalaccounts.Subject;
import org.jixiao.core.finalaccounts.SubjectCatalogue;
import org.jixiao.core.finalaccounts.Summary;
import org.jixiao.core.finalaccounts.TableRow;
import org.jixiao.core.finalaccounts.ThreePublic;

/**
 * Writes a final-accounts model as a dataset ({@code format: jixiao.final-accounts/1}, YAML) that
 * {@link FinalAccountsReader} reads back into the same model: only printed figures are written (a total the model
 * computes stays out of the file), amounts without trailing zeros.
 */
public final class FinalAccountsWriter {
    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);
    private static final YAMLMapper YAML = YAMLMapper.builder(YAMLFactory.builder()
                    .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                    .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                    .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
                    .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
                    .build())
            .build();

    /** The key of each reason in the dataset (section {@code reasons}). */
    static final Map<ReasonKey, String> REASON_KEYS = reasonKeys();

    private FinalAccountsWriter() {}

    private static Map<ReasonKey, String> reasonKeys() {
        Map<ReasonKey, String> m = new LinkedHashMap<>();
        m.put(ReasonKey.GRAND_TOTAL, "grand_total");
        m.put(ReasonKey.FISCAL_INCOME, "fiscal_income");
        m.put(ReasonKey.FISCAL_GRAND_TOTAL, "fiscal_grand_total");
        m.put(ReasonKey.GENERAL_PUBLIC, "general_public");
        m.put(ReasonKey.GENERAL_PUBLIC_VS_INITIAL, "general_public_vs_initial");
        m.put(ReasonKey.THREE_PUBLIC, "three_public");
        m.put(ReasonKey.OFFICE_RUNNING, "office_running");
        return m;
    }

    /** The dataset text, with a header comment naming where it came from. */
    public static String write(FinalAccounts accounts, String comment) {
        ObjectNode root = NODES.objectNode();
        root.put("format", FinalAccountsReader.FORMAT);
        ObjectNode meta = root.putObject("meta");
        meta.put("department", accounts.meta().department());
        meta.put("department_short", accounts.meta().departmentShort());
        meta.put("year", accounts.meta().year());
        meta.put("unit", "万元");
        root.set("subjects", subjects(accounts.subjects()));
        ObjectNode tables = root.putObject("tables");
        tables.set("summary", summary(accounts.summary()));
        tables.set("income", table(accounts.income(), null, null));
        tables.set("expenditure", table(accounts.expenditure(), null, null));
        tables.set("fiscal", fiscal(accounts.fiscal()));
        tables.set("general_public", table(accounts.general(), accounts.initialBudgets(), accounts.itemReasons()));
        ObjectNode detail = tables.putObject("basic_detail");
        detail.set("personnel", economic(accounts.basicDetail().personnelRows()));
        putAmount(detail, "personnel_total", accounts.basicDetail().personnelTotal());
        detail.set("public", economic(accounts.basicDetail().publicRows()));
        putAmount(detail, "public_total", accounts.basicDetail().publicTotal());
        tables.set("government_fund", table(accounts.governmentFund(), null, null));
        tables.set("state_capital", table(accounts.stateCapital(), null, null));
        tables.set("three_public", threePublic(accounts.threePublic()));
        root.set("prior_year", prior(accounts));
        ObjectNode office = root.putObject("office_running");
        putAmount(office, "budget", accounts.officeRunning().budget());
        putAmount(office, "actual", accounts.officeRunning().actual());
        root.set("procurement", procurement(accounts.procurement()));
        root.set("assets", assets(accounts.assets()));
        root.set("performance", performance(accounts.performance()));
        ObjectNode reasons = root.putObject("reasons");
        REASON_KEYS.forEach((key, name) -> {
            String reason = accounts.reasons().get(key);
            if (reason != null) {
                reasons.put(name, reason);
            }
        });
        try {
            StringBuilder text = new StringBuilder();
            if (comment != null) {
                comment.lines().forEach(line -> text.append("# ").append(line).append('\n'));
            }
            return text.append(YAML.writeValueAsString(root)).toString();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("无法写出 YAML：" + e.getMessage(), e);
        }
    }

    /** An amount as the dataset prints it: no trailing zeros, never in exponent notation. */
    static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static void putAmount(ObjectNode node, String field, BigDecimal value) {
        if (value != null) {
            node.put(field, plain(value));
        }
    }

    private static ObjectNode amounts(Map<String, BigDecimal> values) {
        ObjectNode node = NODES.objectNode();
        values.forEach((k, v) -> node.put(k, plain(v)));
        return node;
    }

    private static ArrayNode subjects(SubjectCatalogue catalogue) {
        ArrayNode classes = NODES.arrayNode();
        Map<String, ArrayNode> children = new LinkedHashMap<>();
        for (Subject subject : catalogue.all()) {
            ObjectNode node = NODES.objectNode();
            node.put("code", subject.code());
            node.put("name", subject.name());
            String parent = Subject.parentCode(subject.code());
            ArrayNode into = parent == null ? classes : children.get(parent);
            if (into == null) {
                throw new IllegalStateException("科目 " + subject.code() + " 的上级 " + parent + " 不在科目表中");
            }
            into.add(node);
            if (subject.level() != Subject.Level.ITEM) {
                children.put(subject.code(), node.putArray("children"));
            }
        }
        return classes;
    }

    private static ObjectNode summary(Summary s) {
        ObjectNode node = NODES.objectNode();
        node.set("income", amounts(s.income()));
        putAmount(node, "income_total", s.incomeTotal());
        putAmount(node, "use_of_non_fiscal_balance", s.useOfNonFiscalBalance());
        putAmount(node, "opening_balance", s.openingBalance());
        putAmount(node, "income_grand_total", s.incomeGrandTotal());
        putAmount(node, "expenditure_total", s.expenditureTotal());
        putAmount(node, "surplus_distribution", s.surplusDistribution());
        putAmount(node, "closing_balance", s.closingBalance());
        putAmount(node, "expenditure_grand_total", s.expenditureGrandTotal());
        return node;
    }

    private static ObjectNode table(FunctionTable table, Map<String, BigDecimal> initialBudgets, Map<String, String> reasons) {
        ObjectNode node = NODES.objectNode();
        ArrayNode rows = node.putArray("rows");
        for (TableRow row : table.statedRows()) {
            ObjectNode r = rows.addObject();
            r.put("code", row.code());
            row.values().forEach((k, v) -> r.put(k, plain(v)));
            if (initialBudgets != null && initialBudgets.containsKey(row.code())) {
                r.put("initial_budget", plain(initialBudgets.get(row.code())));
            }
            if (reasons != null && reasons.containsKey(row.code())) {
                r.put("reason", reasons.get(row.code()));
            }
        }
        if (!table.statedTotal().isEmpty()) {
            node.set("total", amounts(table.statedTotal()));
        }
        return node;
    }

    private static ObjectNode fiscal(FiscalSummary f) {
        ObjectNode node = NODES.objectNode();
        node.set("income", amounts(f.income()));
        node.set("opening", amounts(f.opening()));
        node.set("expenditure", amounts(f.expenditure()));
        node.set("closing", amounts(f.closing()));
        putAmount(node, "income_grand_total", f.incomeGrandTotal());
        putAmount(node, "expenditure_grand_total", f.expenditureGrandTotal());
        return node;
    }

    private static ArrayNode economic(List<EconomicRow> rows) {
        ArrayNode list = NODES.arrayNode();
        for (EconomicRow row : rows) {
            ObjectNode r = list.addObject();
            r.put("code", row.code());
            r.put("name", row.name());
            r.put("amount", plain(row.amount()));
        }
        return list;
    }

    private static ObjectNode threePublic(ThreePublic t) {
        ObjectNode node = NODES.objectNode();
        node.set("budget", threePublicAmounts(t.budget()));
        node.set("actual", threePublicAmounts(t.actual()));
        ThreePublic.Counts c = t.counts();
        ObjectNode counts = node.putObject("counts");
        counts.put("overseas_groups", c.overseasGroups());
        counts.put("overseas_persons", c.overseasPersons());
        counts.put("vehicles_purchased", c.vehiclesPurchased());
        counts.put("vehicles_held", c.vehiclesHeld());
        counts.put("domestic_batches", c.domesticBatches());
        counts.put("domestic_persons", c.domesticPersons());
        counts.put("foreign_affairs_batches", c.foreignAffairsBatches());
        counts.put("foreign_affairs_persons", c.foreignAffairsPersons());
        counts.put("foreign_batches", c.foreignBatches());
        counts.put("foreign_persons", c.foreignPersons());
        return node;
    }

    private static ObjectNode threePublicAmounts(ThreePublic.Amounts a) {
        ObjectNode node = NODES.objectNode();
        putAmount(node, "overseas", a.overseas());
        putAmount(node, "vehicle_purchase", a.vehiclePurchase());
        putAmount(node, "vehicle_operation", a.vehicleOperation());
        putAmount(node, "reception_domestic", a.receptionDomestic());
        putAmount(node, "reception_foreign", a.receptionForeign());
        putAmount(node, "total", a.statedTotal());
        return node;
    }

    private static ObjectNode prior(FinalAccounts accounts) {
        ObjectNode node = NODES.objectNode();
        node.put("grand_total", plain(accounts.prior().grandTotal()));
        node.set("income", amounts(accounts.prior().income()));
        node.set("expenditure", amounts(accounts.prior().expenditure()));
        node.put("fiscal_grand_total", plain(accounts.prior().fiscalGrandTotal()));
        node.put("general_public_expenditure", plain(accounts.prior().generalPublicExpenditure()));
        return node;
    }

    private static ObjectNode procurement(Facts.Procurement p) {
        ObjectNode node = NODES.objectNode();
        node.put("goods", plain(p.goods()));
        node.put("works", plain(p.works()));
        node.put("services", plain(p.services()));
        ObjectNode sme = node.putObject("sme");
        sme.put("goods", plain(p.smeGoods()));
        sme.put("works", plain(p.smeWorks()));
        sme.put("services", plain(p.smeServices()));
        node.put("small_micro", plain(p.smallMicro()));
        return node;
    }

    private static ObjectNode assets(Facts.Assets a) {
        ObjectNode node = NODES.objectNode();
        ObjectNode vehicles = node.putObject("vehicles");
        FinalAccountsReader.VEHICLE_TYPES.forEach((key, label) -> vehicles.put(key, a.vehicles().getOrDefault(label, 0)));
        node.put("large_equipment", a.largeEquipment());
        return node;
    }

    private static ObjectNode performance(Facts.Performance p) {
        ObjectNode node = NODES.objectNode();
        node.put("level", p.level());
        node.put("self_evaluated_amount", plain(p.selfEvaluatedAmount()));
        node.put("project_budget_total", plain(p.projectBudgetTotal()));
        ArrayNode results = node.putArray("results");
        for (Facts.ProjectResult r : p.results()) {
            ObjectNode n = results.addObject();
            n.put("name", r.name());
            n.put("score", plain(r.score()));
            n.put("grade", r.grade());
        }
        ArrayNode summaries = node.putArray("summaries");
        for (Facts.ProjectSummary s : p.summaries()) {
            ObjectNode n = summaries.addObject();
            n.put("name", s.name());
            n.put("score", plain(s.score()));
            n.put("budget", plain(s.budget()));
            n.put("executed", plain(s.executed()));
            putText(n, "achieved", s.achieved());
            putText(n, "problems", s.problems());
            putText(n, "measures", s.measures());
        }
        ArrayNode evaluations = node.putArray("department_evaluations");
        for (Facts.DepartmentEvaluation e : p.departmentEvaluations()) {
            ObjectNode n = evaluations.addObject();
            n.put("project", e.project());
            n.put("amount", plain(e.amount()));
            n.put("score", plain(e.score()));
            n.put("grade", e.grade());
        }
        putText(node, "remarks", p.remarks());
        ArrayNode transfer = node.putArray("transfer_projects");
        p.transferProjects().forEach(transfer::add);
        ArrayNode key = node.putArray("key_evaluations");
        p.keyEvaluations().forEach(key::add);
        return node;
    }

    private static void putText(ObjectNode node, String field, String value) {
        if (value != null) {
            node.put(field, value);
        }
    }
}
