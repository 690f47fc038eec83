package org.jixiao.app.server.evaluation;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Size;
import org.jixiao.app.server.ApiException;
import org.jixiao.app.server.audit.AuditAction;
import org.jixiao.app.server.audit.AuditLog;
import org.jixiao.app.server.security.CurrentUser;
import org.jixiao.formats.dataset.DatasetException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The evaluation's prose (domain §7): the department's profile (一、部门基本情况) and the evaluator's 主要成效, 存在的问题及原因分析
 * and 意见建议. Kept in the dataset ({@code profile}, {@code findings}) like everything else, edited with the same rules as
 * an indicator: the editor roles only, optimistic locking on the version, locked from 已提交 on, every change in the
 * history with its old and new text.
 */
@Service
public class ProseService {
    static final int MAX_TITLE = 200;
    static final int MAX_TEXT = 20_000;

    /** The prose parts in report order: key (as in the API), dataset pointer, the report's chapter name. */
    public enum Part {
        PROFILE("profile", "/profile", "部门基本情况（机构设置与职能职责）"),
        ACHIEVEMENTS("achievements", "/findings/achievements", "主要成效"),
        PROBLEMS("problems", "/findings/problems", "存在的问题及原因分析"),
        SUGGESTIONS("suggestions", "/findings/suggestions", "意见建议");

        final String key;
        final String pointer;
        final String label;

        Part(String key, String pointer, String label) {
            this.key = key;
            this.pointer = pointer;
            this.label = label;
        }

        public String key() {
            return key;
        }

        public String label() {
            return label;
        }
    }

    public record Section(@Schema(description = "标题") @Size(max = 300) String title, @Schema(description = "正文") @Size(max = 50_000) String text) {}

    private final EvaluationService service;
    private final EvaluationRepository evaluations;
    private final EvaluationScoring scoring;
    private final AuditLog audit;
    private final Clock clock;

    ProseService(EvaluationService service, EvaluationRepository evaluations, EvaluationScoring scoring, AuditLog audit, Clock clock) {
        this.service = service;
        this.evaluations = evaluations;
        this.scoring = scoring;
        this.audit = audit;
        this.clock = clock;
    }

    /** Every part with its sections as the dataset holds them (an absent part is an empty list). */
    public Map<Part, List<Section>> read(EvaluationRow row) {
        JsonNode tree = scoring.score(row).tree();
        Map<Part, List<Section>> parts = new LinkedHashMap<>();
        for (Part part : Part.values()) {
            parts.put(part, sections(tree.at(part.pointer)));
        }
        return parts;
    }

    /**
     * Replaces the given parts (a part not given stays as it is). Refused whole, with the field at fault, when a section
     * has no text; 409 when the evaluation changed since {@code expectedVersion}.
     */
    @Transactional
    public EvaluationRow edit(CurrentUser user, long id, Long expectedVersion, Map<Part, List<Section>> changes, String reason) {
        EvaluationRow row = service.get(user, id);
        service.requireEditor(user, row);
        EvaluationService.requireVersion(row, expectedVersion);
        if (changes.isEmpty()) {
            throw ApiException.badRequest("没有要修改的内容：请给出 profile、achievements、problems 或 suggestions 中的至少一项");
        }
        changes.forEach(ProseService::check);
        ObjectNode tree = scoring.score(row).tree().deepCopy();
        Map<Part, List<Section>> old = read(row);
        Map<Part, List<Section>> changed = new LinkedHashMap<>();
        for (Map.Entry<Part, List<Section>> change : changes.entrySet()) {
            List<Section> normalised = change.getValue().stream().map(ProseService::normalise).toList();
            if (!normalised.equals(old.get(change.getKey()))) {
                put(tree, change.getKey(), normalised);
                changed.put(change.getKey(), normalised);
            }
        }
        if (changed.isEmpty()) {
            return row;
        }
        EvaluationScoring.Scored after;
        try {
            after = EvaluationScoring.score(EvaluationScoring.fileName(row), tree);
        } catch (DatasetException e) {
            throw EvaluationService.invalid(e.problems(), "修改后的数据有 " + e.problems().size() + " 个错误，未保存");
        }
        if (!evaluations.updateDataset(id, expectedVersion, after.result().evaluation().meta().displayTitle(), DatasetText.yaml(tree),
                user.id(), clock.instant())) {
            throw EvaluationService.stale(evaluations.findById(id).map(EvaluationRow::version).orElse(-1L));
        }
        for (Part part : changed.keySet()) {
            audit.record(user, id, AuditAction.EDIT_PROSE, part.pointer.substring(1), render(old.get(part)), render(changed.get(part)),
                    EvaluationService.reasonOr(reason, "修改“" + part.label + "”"));
        }
        service.voidSignOffsAfterEdit(user, row, "评价结论");
        return evaluations.findById(id).orElseThrow();
    }

    /**
     * Changes the report title and the budget year (meta.title, meta.year), with the same locking and history as the
     * prose. An empty title returns to the composed one (被评价部门 + 年度 + 绩效评价报告).
     */
    @Transactional
    public EvaluationRow editMeta(CurrentUser user, long id, Long expectedVersion, String title, Integer year, String reason) {
        EvaluationRow row = service.get(user, id);
        service.requireEditor(user, row);
        EvaluationService.requireVersion(row, expectedVersion);
        if (title == null && year == null) {
            throw ApiException.badRequest("没有要修改的内容：请给出 title（报告标题）或 year（评价年度）");
        }
        if (title != null && title.strip().length() > 300) {
            throw ApiException.invalidField("title", "报告标题不能超过 300 字");
        }
        if (year != null && (year < TemplateService.MIN_YEAR || year > TemplateService.MAX_YEAR)) {
            throw ApiException.invalidField("year", "评价年度应在 " + TemplateService.MIN_YEAR + "—" + TemplateService.MAX_YEAR + " 之间");
        }
        ObjectNode tree = scoring.score(row).tree().deepCopy();
        ObjectNode meta = (ObjectNode) tree.get("meta");
        String oldTitle = row.title();
        int oldYear = row.year();
        if (title != null) {
            if (title.isBlank()) {
                meta.remove("title");
            } else {
                meta.put("title", title.strip());
            }
        }
        if (year != null) {
            meta.put("year", year);
        }
        EvaluationScoring.Scored after;
        try {
            after = EvaluationScoring.score(EvaluationScoring.fileName(row), tree);
        } catch (DatasetException e) {
            throw EvaluationService.invalid(e.problems(), "修改后的数据有 " + e.problems().size() + " 个错误，未保存");
        }
        String newTitle = after.result().evaluation().meta().displayTitle();
        int newYear = after.result().evaluation().meta().year();
        if (newTitle.equals(oldTitle) && newYear == oldYear) {
            return row;
        }
        if (!evaluations.updateDatasetAndYear(id, expectedVersion, newTitle, newYear, DatasetText.yaml(tree), user.id(), clock.instant())) {
            throw EvaluationService.stale(evaluations.findById(id).map(EvaluationRow::version).orElse(-1L));
        }
        if (!newTitle.equals(oldTitle)) {
            audit.record(user, id, AuditAction.EDIT_META, "meta/title", oldTitle, newTitle, EvaluationService.reasonOr(reason, "修改报告标题"));
        }
        if (newYear != oldYear) {
            audit.record(user, id, AuditAction.EDIT_META, "meta/year", String.valueOf(oldYear), String.valueOf(newYear),
                    EvaluationService.reasonOr(reason, "修改评价年度"));
        }
        service.voidSignOffsAfterEdit(user, row, "基本信息");
        return evaluations.findById(id).orElseThrow();
    }

    private static void check(Part part, List<Section> sections) {
        if (sections == null) {
            throw ApiException.invalidField(part.key, "“" + part.label + "”应为列表（可为空列表）");
        }
        for (int i = 0; i < sections.size(); i++) {
            Section s = sections.get(i);
            String field = part.key + "[" + i + "]";
            String which = "“" + part.label + "”第 " + (i + 1) + " 条";
            if (s == null || s.text() == null || s.text().isBlank()) {
                throw ApiException.invalidField(field + ".text", which + "的正文不能为空（不需要的条目请删除）");
            }
            if (s.text().length() > MAX_TEXT) {
                throw ApiException.invalidField(field + ".text", which + "的正文不能超过 " + MAX_TEXT + " 字");
            }
            if (s.title() != null && s.title().strip().length() > MAX_TITLE) {
                throw ApiException.invalidField(field + ".title", which + "的标题不能超过 " + MAX_TITLE + " 字");
            }
        }
    }

    private static Section normalise(Section s) {
        String title = s.title() == null || s.title().isBlank() ? null : s.title().strip();
        String text = s.text().strip().replace("\r\n", "\n");
        return new Section(title, text);
    }

    private static void put(ObjectNode tree, Part part, List<Section> sections) {
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        for (Section s : sections) {
            ObjectNode node = array.addObject();
            if (s.title() != null) {
                node.put("title", s.title());
            }
            node.put("text", s.text());
        }
        if (part == Part.PROFILE) {
            if (sections.isEmpty()) {
                tree.remove("profile");
            } else {
                tree.set("profile", array);
            }
            return;
        }
        ObjectNode findings = tree.path("findings").isObject() ? (ObjectNode) tree.get("findings") : tree.putObject("findings");
        if (sections.isEmpty()) {
            findings.remove(part.key);
        } else {
            findings.set(part.key, array);
        }
        if (findings.isEmpty()) {
            tree.remove("findings");
        }
    }

    private static List<Section> sections(JsonNode array) {
        List<Section> out = new ArrayList<>();
        if (array.isArray()) {
            for (JsonNode s : array) {
                String title = s.path("title").isTextual() && !s.path("title").asText().isBlank() ? s.path("title").asText().strip() : null;
                String text = s.path("text").isMissingNode() || s.path("text").isNull() ? null : s.path("text").asText().strip();
                out.add(new Section(title, text));
            }
        }
        return out;
    }

    /** The history's text of a part: each section as 标题 then its text, separated by blank lines. */
    static String render(List<Section> sections) {
        if (sections == null || sections.isEmpty()) {
            return null;
        }
        List<String> blocks = new ArrayList<>();
        for (Section s : sections) {
            String text = s.text() == null ? "" : s.text().strip();
            blocks.add(s.title() == null || s.title().isBlank() ? text : s.title().strip() + "\n" + text);
        }
        return String.join("\n\n", blocks);
    }

    static Part part(String key) {
        for (Part p : Part.values()) {
            if (Objects.equals(p.key, key)) {
                return p;
            }
        }
        return null;
    }
}
