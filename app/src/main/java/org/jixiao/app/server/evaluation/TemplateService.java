package org.jixiao.app.server.evaluation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Size;
import org.jixiao.app.server.ApiException;
import org.jixiao.app.server.evaluation.EvaluationService.Upload;
import org.jixiao.app.server.organisation.Organisation;
import org.jixiao.app.server.organisation.OrganisationKind;
import org.jixiao.app.server.organisation.OrganisationRepository;
import org.jixiao.app.server.security.AccessPolicy;
import org.jixiao.app.server.security.CurrentUser;
import org.jixiao.app.server.security.Role;
import org.jixiao.core.evaluation.EvaluationResult;
import org.jixiao.core.indicator.ScoredIndicator;
import org.jixiao.formats.dataset.DatasetException;
import org.jixiao.formats.dataset.IndicatorSystemTemplate;
import org.springframework.stereotype.Service;

/**
 * Indicator-system templates (指标体系模板): datasets with the tree, weights, rule kinds and 评分标准 of a framework and
 * none of an evaluation's facts. An evaluation created from one starts with every leaf 尚未评分 (0 points, one warning
 * each) and goes through the same checks, permissions and history as an uploaded dataset.
 */
@Service
public class TemplateService {
    static final int MIN_YEAR = 2000;
    static final int MAX_YEAR = 2100;

    /**
     * A template shipped with the application: a template file, or ({@code derived}) a fully filled example whose
     * indicator system is the template (see {@link IndicatorSystemTemplate}).
     */
    record Template(String id, String name, String description, String resource, boolean derived) {
        Template(String id, String name, String description, String resource) {
            this(id, name, description, resource, false);
        }
    }

    private static final List<Template> TEMPLATES = List.of(
            new Template("dept-overall-shandong", "部门整体绩效评价（管理效率·履职效能·社会效应·可持续发展能力）",
                    "山东省部门整体绩效评价框架，取自威海临港经济技术开发区经济发展局2022年度评价的指标体系：4 个一级指标（32/38/20/10 分）、"
                            + "46 个末级指标，保留评分规则类型、参数和评分标准；扣分、评定、实测值、绩效目标、预算数据和文字部分均为空。",
                    "/evaluation-templates/dept-overall-shandong.yaml"),
            new Template("dept-overall-five-dimensions", "部门整体绩效评价（财政资源配置·预算管理·绩效管理·履职效能·社会效应）",
                    "五个维度的部门整体绩效评价框架（20/25/15/25/15 分）：在职人员控制率、“三公经费”与上年比较、重点支出保障率、预算调整率偏离度、"
                            + "预算执行率、6/9/11月底支出进度节点、结转结余组合分档、公用经费控制率、绩效目标管理分要点、自评质量等级折算、"
                            + "履职目标完成比例、满意度分档、考核排名分档，全部按规则计分。取自 examples/frameworks/dept-overall-five-dimensions.yaml。",
                    "/evaluation-templates/frameworks/dept-overall-five-dimensions.yaml", true),
            new Template("project-self-evaluation-2020-10", "项目支出绩效自评（预算执行率·产出·效益·满意度，财预〔2020〕10号）",
                    "财预〔2020〕10号项目支出绩效自评框架（10/50/30/10 分）：预算执行率 × 10 分，数量、质量、时效指标按目标完成比例"
                            + "（质量未达标不得分），成本超标准按元扣分，效益按目标完成比例，满意度按比例。取自 examples/frameworks/project-self-evaluation-2020-10.yaml。",
                    "/evaluation-templates/frameworks/project-self-evaluation-2020-10.yaml", true),
            new Template("project-evaluation-decision-process", "项目支出绩效评价（决策·过程·产出·效益）",
                    "项目支出绩效评价共性指标框架（20/20/30/30 分）：立项与绩效目标分要点计分（目标未设定的不得分），资金到位率（低于80%不得分），"
                            + "预算执行率每下降5个百分点扣分，制度执行有效性（得分率低于60%不得分），完成率、质量达标率分档、成本偏离度、"
                            + "可持续影响等级折算、满意度分档。取自 examples/frameworks/project-evaluation-decision-process.yaml。",
                    "/evaluation-templates/frameworks/project-evaluation-decision-process.yaml", true));

    public record TemplateView(String id, String name, String description, String subject, BigDecimal totalWeight, int topLevel,
            int leaves, List<String> topLevelNames) {}

    /** What an evaluation created from a template is about. */
    public record FromTemplate(@Schema(description = "模板编号（取自地址）") @Size(max = 100) String templateId, Long departmentId, Long clientId, Long agencyId, Integer year,
            @Schema(description = "报告标题") @Size(max = 300) String title) {}

    private final EvaluationService service;
    private final OrganisationRepository organisations;
    private final AccessPolicy policy;

    TemplateService(EvaluationService service, OrganisationRepository organisations, AccessPolicy policy) {
        this.service = service;
        this.organisations = organisations;
        this.policy = policy;
    }

    public List<TemplateView> list() {
        return TEMPLATES.stream().map(t -> {
            EvaluationResult result = scored(t).result();
            List<ScoredIndicator> all = result.allIndicators();
            return new TemplateView(t.id(), t.name(), t.description(), result.evaluation().meta().subject(), result.totalWeight(),
                    result.indicators().size(), (int) all.stream().filter(ScoredIndicator::isLeaf).count(),
                    result.indicators().stream().map(i -> i.name() + " " + i.weight().stripTrailingZeros().toPlainString()).toList());
        }).toList();
    }

    /** The template's dataset text (YAML), e.g. to download and fill in offline. */
    public String text(String id) {
        return read(template(id));
    }

    public EvaluationRow create(CurrentUser user, FromTemplate request) {
        policy.require(user, new AccessPolicy.Action.CreateEvaluation(), AccessPolicy.Target.any(AccessPolicy.Kind.EVALUATION));
        Template template = template(request.templateId());
        if (request.year() == null || request.year() < MIN_YEAR || request.year() > MAX_YEAR) {
            throw ApiException.invalidField("year", "请填写评价年度（" + MIN_YEAR + "—" + MAX_YEAR + "）");
        }
        Long agencyId = request.agencyId();
        Long clientId = request.clientId();
        // an agency evaluates for itself, a finance bureau commissions for itself (as for an upload)
        if (user.role().isAgency() && agencyId == null) {
            agencyId = user.organisationId();
        }
        if (user.role() == Role.FINANCE_REVIEWER && clientId == null) {
            clientId = user.organisationId();
        }
        Organisation department = organisation("departmentId", "被评价部门", request.departmentId(), OrganisationKind.DEPARTMENT, true);
        Organisation client = organisation("clientId", "委托单位", clientId, OrganisationKind.FINANCE_BUREAU, false);
        Organisation agency = organisation("agencyId", "评价机构", agencyId, OrganisationKind.AGENCY, false);
        if (request.title() != null && request.title().strip().length() > 300) {
            throw ApiException.invalidField("title", "标题不能超过 300 字");
        }
        ObjectNode tree = DatasetText.tree(read(template), false);
        ObjectNode meta = tree.with("meta");
        meta.put("department", department.name());
        meta.put("year", request.year());
        if (client != null) {
            meta.put("client", client.name());
        }
        if (agency != null) {
            meta.put("agency", agency.name());
        }
        if (request.title() != null && !request.title().isBlank()) {
            meta.put("title", request.title().strip());
        }
        String fileName = template.name() + ".yaml";
        Upload upload = new Upload(fileName, DatasetText.yaml(tree), false, department.id(), client == null ? null : client.id(),
                agency == null ? null : agency.id());
        return service.create(user, upload, "从模板新建：" + template.name());
    }

    private Organisation organisation(String field, String what, Long id, OrganisationKind kind, boolean required) {
        if (id == null) {
            if (required) {
                throw ApiException.invalidField(field, "请选择" + what);
            }
            return null;
        }
        Optional<Organisation> organisation = organisations.findById(id);
        if (organisation.isEmpty() || organisation.get().kind() != kind) {
            throw ApiException.invalidField(field, what + "应为已登记的" + kind.label() + "（组织 " + id + " 不存在或不是" + kind.label() + "）");
        }
        return organisation.get();
    }

    private static Template template(String id) {
        return TEMPLATES.stream().filter(t -> t.id().equals(id)).findFirst()
                .orElseThrow(() -> ApiException.invalidField("templateId", "模板“" + id + "”不存在"));
    }

    private static EvaluationScoring.Scored scored(Template template) {
        try {
            return EvaluationScoring.score(template.id() + ".yaml", read(template));
        } catch (DatasetException e) {
            throw new IllegalStateException("模板 " + template.id() + " 无效：" + e.getMessage(), e);
        }
    }

    private static String read(Template template) {
        try (InputStream in = TemplateService.class.getResourceAsStream(template.resource())) {
            if (in == null) {
                throw new IllegalStateException("模板文件缺失：" + template.resource());
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return template.derived() ? DatasetText.yaml(IndicatorSystemTemplate.of(DatasetText.tree(text, false))) : text;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
