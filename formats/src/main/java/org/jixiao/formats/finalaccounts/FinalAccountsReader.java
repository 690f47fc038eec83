package org.jixiao.formats.finalaccounts;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;

import org.jixiao.core.finalaccounts.BasicDetail;
import org.jixiao.core.finalaccounts.Column;
import org.jixiao.core.finalaccounts.EconomicRow;
import org.jixiao.core.finalaccounts.Facts;
import org.jixiao.core.finalaccounts.FinalAccounts;
import org.jixiao.core.finalaccounts.FinalAccounts.ReasonKey;
import org.jixiao.core.finalaccounts.FiscalSummary;
import org.jixiao.core.finalaccounts.FunctionTable;
import org.jixiao.core.finalaccounts.Layouts;
import org.jixiao.core.finalaccounts.PriorYear;
import org.jixiao.core.finalaccounts.RowIdentity;
import org.jixiao.core.finalaccounts.Subject;
import org.jixiao.core.finalaccounts.SubjectCatalogue;
import org.jixiao.core.finalaccounts.Summary;
import org.jixiao.core.finalaccounts.TableRow;
import org.jixiao.core.finalaccounts.ThreePublic;
import org.jixiao.formats.dataset.DatasetException;
import org.jixiao.formats.dataset.DatasetProblem;
import org.jixiao.formats.dataset.SchemaCheck;
import org.jixiao.formats.dataset.SourceDocument;

/**
 * Reads a final-accounts dataset ({@code format: jixiao.final-accounts/1}, YAML or JSON). A file is accepted whole or
 * not at all: every problem is reported at once with the file, the line and the field. The arithmetic of the tables
 * is not judged here (that is the review's job, so that an inconsistent table can still be reviewed); what is judged is
 * what makes the tables unreadable: codes that do not fit their parent, rows for codes not in the subject list,
 * columns a table does not have.
 */
public final class FinalAccountsReader {
    public static final String FORMAT = "jixiao.final-accounts/1";
    static final String SCHEMA_RESOURCE = "/org/jixiao/formats/finalaccounts/final-accounts-format.schema.json";
    private static final String DOC = "docs/final-accounts-format.md";
    private static final JsonSchema SCHEMA = SchemaCheck.load(SCHEMA_RESOURCE);

    /** Vehicle types of section 12, in printed order. */
    static final Map<String, String> VEHICLE_TYPES = vehicleTypes();

    private final SourceDocument document;
    private final List<DatasetProblem> errors = new ArrayList<>();

    private FinalAccountsReader(SourceDocument document) {
        this.document = document;
    }

    private static Map<String, String> vehicleTypes() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("leaders", "符合规定领导干部用车");
        m.put("confidential", "机要通信用车");
        m.put("emergency", "应急保障用车");
        m.put("law_enforcement", "执法执勤用车");
        m.put("special", "特种专业技术用车");
        m.put("retired", "离退休干部用车");
        m.put("other", "其他用车");
        return m;
    }

    public static FinalAccounts read(Path file) throws DatasetException {
        String name = file.toString();
        String text = SourceDocument.readText(file, "Excel 工作簿请用 jixiao accounts import 转换");
        return read(name, text, name.toLowerCase(Locale.ROOT).endsWith(".json"));
    }

    public static FinalAccounts read(String file, String text, boolean json) throws DatasetException {
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        SourceDocument document = SourceDocument.parse(file, text, json, FORMAT);
        String format = document.root().path("format").asText("");
        if (!format.isEmpty() && !format.equals(FORMAT)) {
            throw new DatasetException(document.problem("/format", true, "不支持的格式“" + format + "”：本命令读取 " + FORMAT));
        }
        List<DatasetProblem> schemaProblems = new ArrayList<>(SchemaCheck.check(document, SCHEMA, DOC));
        if (!schemaProblems.isEmpty()) {
            for (int i = 0; i < schemaProblems.size(); i++) {
                DatasetProblem p = schemaProblems.get(i);
                if (p.pointer().equals("") && p.message().contains("prior_year")) {
                    schemaProblems.set(i, new DatasetProblem(p.file(), p.line(), p.pointer(), true,
                            "缺少上年数（prior_year）：情况说明的“与上年相比”各句需要上年的收支总计、各项收入、各项支出、财政拨款收支总计和一般公共预算财政拨款支出"));
                }
            }
            throw new DatasetException(schemaProblems);
        }
        FinalAccountsReader reader = new FinalAccountsReader(document);
        FinalAccounts accounts = reader.map();
        if (!reader.errors.isEmpty()) {
            throw new DatasetException(reader.errors);
        }
        return accounts;
    }

    private void error(String pointer, String message) {
        errors.add(document.problem(pointer, true, message));
    }

    private FinalAccounts map() {
        JsonNode root = document.root();
        JsonNode meta = root.path("meta");
        String department = meta.path("department").asText();
        FinalAccounts.Meta m = new FinalAccounts.Meta(department, meta.path("department_short").asText(department),
                meta.path("year").asInt());
        SubjectCatalogue subjects = subjects(root.path("subjects"));
        JsonNode tables = root.path("tables");
        Map<String, BigDecimal> initialBudgets = new LinkedHashMap<>();
        Map<String, String> itemReasons = new LinkedHashMap<>();
        FunctionTable income = functionTable(tables.path("income"), "/tables/income", "表2", "收入决算表", Layouts.TABLE2,
                Layouts.sumOfRest(Layouts.TABLE2), subjects, null, null);
        FunctionTable expenditure = functionTable(tables.path("expenditure"), "/tables/expenditure", "表3", "支出决算表", Layouts.TABLE3,
                Layouts.sumOfRest(Layouts.TABLE3), subjects, null, null);
        FunctionTable general = functionTable(tables.path("general_public"), "/tables/general_public", "表5", "一般公共预算财政拨款支出决算表",
                Layouts.BASIC_PROJECT, Layouts.sumOfRest(Layouts.BASIC_PROJECT), subjects, initialBudgets, itemReasons);
        FunctionTable fund = functionTable(tables.path("government_fund"), "/tables/government_fund", "表7",
                "政府性基金预算财政拨款收入支出决算表", Layouts.TABLE7, Layouts.TABLE7_IDENTITY, subjects, null, null);
        FunctionTable capital = functionTable(tables.path("state_capital"), "/tables/state_capital", "表8", "国有资本经营预算财政拨款支出决算表",
                Layouts.BASIC_PROJECT, Layouts.sumOfRest(Layouts.BASIC_PROJECT), subjects, null, null);
        return new FinalAccounts(m, subjects, summary(tables.path("summary")), income, expenditure, fiscal(tables.path("fiscal")),
                general, initialBudgets, itemReasons, basicDetail(tables.path("basic_detail")), fund, capital,
                threePublic(tables.path("three_public")), prior(root.path("prior_year")), officeRunning(root.path("office_running")),
                procurement(root.path("procurement")), assets(root.path("assets")), performance(root.path("performance"), m),
                reasons(root.path("reasons")));
    }

    private static BigDecimal amount(JsonNode node) {
        return node == null || node.isMissingNode() || node.isNull() ? null : node.decimalValue();
    }

    private static BigDecimal zero(JsonNode node) {
        BigDecimal value = amount(node);
        return value == null ? BigDecimal.ZERO : value;
    }

    private static Map<String, BigDecimal> amounts(JsonNode node) {
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        node.fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().decimalValue()));
        return out;
    }

    private SubjectCatalogue subjects(JsonNode list) {
        List<Subject> out = new ArrayList<>();
        Map<String, String> seen = new LinkedHashMap<>();
        collectSubjects(list, "/subjects", null, out, seen);
        return new SubjectCatalogue(out);
    }

    private void collectSubjects(JsonNode list, String pointer, String parent, List<Subject> out, Map<String, String> seen) {
        for (int i = 0; i < list.size(); i++) {
            JsonNode node = list.get(i);
            String at = pointer + "/" + i;
            String code = node.path("code").asText();
            Subject.Level level = Subject.level(code);
            Subject.Level expected = parent == null ? Subject.Level.CLASS : Subject.level(parent) == Subject.Level.CLASS ? Subject.Level.SECTION
                    : Subject.level(parent) == Subject.Level.SECTION ? Subject.Level.ITEM : null;
            if (expected == null) {
                error(at + "/code", "项级科目 " + parent + " 之下不能再有下级科目（功能分类只有类、款、项三级）");
                continue;
            }
            if (level != expected) {
                error(at + "/code", "科目编码“" + code + "”应为" + (expected == Subject.Level.CLASS ? " 3 位类级" : expected == Subject.Level.SECTION
                        ? " 5 位款级" : " 7 位项级") + "编码" + (parent == null ? "" : "（在 " + parent + " 之下）"));
                continue;
            }
            if (parent != null && !code.startsWith(parent)) {
                error(at + "/code", "科目编码“" + code + "”与上级科目“" + parent + "”不符：" + expected.label() + "级编码应以上级编码 " + parent
                        + " 开头（例如 " + parent + (expected == Subject.Level.SECTION ? "01" : "01") + "）");
                continue;
            }
            if (seen.putIfAbsent(code, at) != null) {
                error(at + "/code", "科目编码“" + code + "”重复出现（第一次在第 " + document.lineOf(seen.get(code)) + " 行）");
                continue;
            }
            out.add(new Subject(code, node.path("name").asText()));
            collectSubjects(node.path("children"), at + "/children", code, out, seen);
        }
    }

    private FunctionTable functionTable(JsonNode node, String pointer, String id, String title, List<Column> columns, RowIdentity identity,
            SubjectCatalogue subjects, Map<String, BigDecimal> initialBudgets, Map<String, String> reasons) {
        if (node.isMissingNode()) {
            return FunctionTable.empty(id, title, columns, identity);
        }
        Set<String> keys = new java.util.HashSet<>();
        columns.forEach(c -> keys.add(c.key()));
        List<TableRow> rows = new ArrayList<>();
        Set<String> codes = new java.util.HashSet<>();
        JsonNode list = node.path("rows");
        for (int i = 0; i < list.size(); i++) {
            JsonNode row = list.get(i);
            String at = pointer + "/rows/" + i;
            String code = row.path("code").asText();
            if (!subjects.contains(code)) {
                error(at + "/code", id + " 的科目“" + code + "”不在科目表（subjects）中：请先在 subjects 中列出它及其类、款");
                continue;
            }
            if (!codes.add(code)) {
                error(at + "/code", id + " 中科目“" + code + "”出现了两次");
                continue;
            }
            Map<String, BigDecimal> values = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = row.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                String key = field.getKey();
                if (key.equals("code")) {
                    continue;
                }
                if (key.equals("initial_budget") || key.equals("reason")) {
                    if (initialBudgets == null) {
                        error(at + "/" + key, id + " 没有“" + key + "”栏：年初预算数和差异原因只填在表5（general_public）");
                    } else if (Subject.level(code) != Subject.Level.ITEM) {
                        error(at + "/" + key, "年初预算数和差异原因按项级科目填列；“" + code + "”不是项级科目");
                    } else if (key.equals("initial_budget")) {
                        initialBudgets.put(code, field.getValue().decimalValue());
                    } else {
                        reasons.put(code, field.getValue().asText());
                    }
                    continue;
                }
                if (!keys.contains(key)) {
                    error(at + "/" + key, id + " 没有“" + key + "”栏，可用的栏目：" + String.join("、", columns.stream().map(c -> c.key() + "（" + c.label() + "）").toList()));
                    continue;
                }
                values.put(key, field.getValue().decimalValue());
            }
            rows.add(new TableRow(code, values));
        }
        Map<String, BigDecimal> total = new LinkedHashMap<>();
        JsonNode totalNode = node.path("total");
        for (Iterator<Map.Entry<String, JsonNode>> it = totalNode.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            if (!keys.contains(field.getKey())) {
                error(pointer + "/total/" + field.getKey(), id + " 没有“" + field.getKey() + "”栏，可用的栏目：" + String.join("、", columns.stream().map(Column::key).toList()));
                continue;
            }
            total.put(field.getKey(), field.getValue().decimalValue());
        }
        return new FunctionTable(id, title, columns, identity, rows, total);
    }

    private Summary summary(JsonNode s) {
        return new Summary(amounts(s.path("income")), amount(s.get("income_total")), amount(s.get("use_of_non_fiscal_balance")),
                amount(s.get("opening_balance")), amount(s.get("income_grand_total")), amount(s.get("expenditure_total")),
                amount(s.get("surplus_distribution")), amount(s.get("closing_balance")), amount(s.get("expenditure_grand_total")));
    }

    private FiscalSummary fiscal(JsonNode f) {
        return new FiscalSummary(amounts(f.path("income")), amounts(f.path("opening")), amounts(f.path("expenditure")),
                amounts(f.path("closing")), amount(f.get("income_grand_total")), amount(f.get("expenditure_grand_total")));
    }

    private BasicDetail basicDetail(JsonNode d) {
        List<EconomicRow> rows = new ArrayList<>();
        economicRows(d.path("personnel"), "/tables/basic_detail/personnel", true, rows);
        economicRows(d.path("public"), "/tables/basic_detail/public", false, rows);
        return new BasicDetail(rows, amount(d.get("personnel_total")), amount(d.get("public_total")));
    }

    private void economicRows(JsonNode list, String pointer, boolean personnel, List<EconomicRow> out) {
        for (int i = 0; i < list.size(); i++) {
            JsonNode row = list.get(i);
            String code = row.path("code").asText();
            if (EconomicRow.isPersonnelCode(code) != personnel) {
                error(pointer + "/" + i + "/code", "经济分类“" + code + " " + row.path("name").asText() + "”属于"
                        + (personnel ? "公用经费（302、310 等）" : "人员经费（301 工资福利支出、303 对个人和家庭的补助）") + "，请移到 "
                        + (personnel ? "public" : "personnel") + " 下");
                continue;
            }
            out.add(new EconomicRow(code, row.path("name").asText(), row.path("amount").decimalValue(), personnel));
        }
    }

    private ThreePublic threePublic(JsonNode t) {
        JsonNode c = t.path("counts");
        return new ThreePublic(threePublicAmounts(t.path("budget")), threePublicAmounts(t.path("actual")),
                new ThreePublic.Counts(c.path("overseas_groups").asInt(), c.path("overseas_persons").asInt(), c.path("vehicles_purchased").asInt(),
                        c.path("vehicles_held").asInt(), c.path("domestic_batches").asInt(), c.path("domestic_persons").asInt(),
                        c.path("foreign_affairs_batches").asInt(), c.path("foreign_affairs_persons").asInt(), c.path("foreign_batches").asInt(),
                        c.path("foreign_persons").asInt()));
    }

    private static ThreePublic.Amounts threePublicAmounts(JsonNode a) {
        return new ThreePublic.Amounts(amount(a.get("overseas")), amount(a.get("vehicle_purchase")), amount(a.get("vehicle_operation")),
                amount(a.get("reception_domestic")), amount(a.get("reception_foreign")), amount(a.get("total")));
    }

    private static PriorYear prior(JsonNode p) {
        return new PriorYear(p.path("grand_total").decimalValue(), amounts(p.path("income")), amounts(p.path("expenditure")),
                p.path("fiscal_grand_total").decimalValue(), p.path("general_public_expenditure").decimalValue());
    }

    private static Facts.OfficeRunning officeRunning(JsonNode o) {
        return new Facts.OfficeRunning(zero(o.get("budget")), zero(o.get("actual")));
    }

    private static Facts.Procurement procurement(JsonNode p) {
        JsonNode sme = p.path("sme");
        return new Facts.Procurement(zero(p.get("goods")), zero(p.get("works")), zero(p.get("services")), zero(sme.get("goods")),
                zero(sme.get("works")), zero(sme.get("services")), zero(p.get("small_micro")));
    }

    private static Facts.Assets assets(JsonNode a) {
        Map<String, Integer> vehicles = new LinkedHashMap<>();
        VEHICLE_TYPES.forEach((key, label) -> vehicles.put(label, a.path("vehicles").path(key).asInt(0)));
        return new Facts.Assets(vehicles, a.path("large_equipment").asInt(0));
    }

    private static Facts.Performance performance(JsonNode p, FinalAccounts.Meta meta) {
        List<Facts.ProjectResult> results = new ArrayList<>();
        p.path("results").forEach(r -> results.add(new Facts.ProjectResult(r.path("name").asText(), r.path("score").decimalValue(),
                r.path("grade").asText())));
        List<Facts.ProjectSummary> summaries = new ArrayList<>();
        p.path("summaries").forEach(s -> summaries.add(new Facts.ProjectSummary(s.path("name").asText(), s.path("score").decimalValue(),
                s.path("budget").decimalValue(), s.path("executed").decimalValue(), text(s, "achieved"), text(s, "problems"), text(s, "measures"))));
        List<Facts.DepartmentEvaluation> evaluations = new ArrayList<>();
        p.path("department_evaluations").forEach(e -> evaluations.add(new Facts.DepartmentEvaluation(e.path("project").asText(),
                e.path("amount").decimalValue(), e.path("score").decimalValue(), e.path("grade").asText())));
        List<String> transfer = new ArrayList<>();
        p.path("transfer_projects").forEach(t -> transfer.add(t.asText()));
        List<String> key = new ArrayList<>();
        p.path("key_evaluations").forEach(t -> key.add(t.asText()));
        return new Facts.Performance(p.path("level").asText("本级"), zero(p.get("self_evaluated_amount")), zero(p.get("project_budget_total")),
                results, summaries, evaluations, text(p, "remarks"), transfer, key);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static Map<ReasonKey, String> reasons(JsonNode r) {
        Map<ReasonKey, String> out = new EnumMap<>(ReasonKey.class);
        Map<String, ReasonKey> keys = Map.of("grand_total", ReasonKey.GRAND_TOTAL, "fiscal_income", ReasonKey.FISCAL_INCOME,
                "fiscal_grand_total", ReasonKey.FISCAL_GRAND_TOTAL, "general_public", ReasonKey.GENERAL_PUBLIC,
                "general_public_vs_initial", ReasonKey.GENERAL_PUBLIC_VS_INITIAL, "three_public", ReasonKey.THREE_PUBLIC,
                "office_running", ReasonKey.OFFICE_RUNNING);
        r.fields().forEachRemaining(e -> out.put(keys.get(e.getKey()), e.getValue().asText()));
        return out;
    }
}
