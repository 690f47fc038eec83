package org.jixiao.app.server.organisation;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.jixiao.app.server.ApiException;
import org.jixiao.app.server.audit.AuditAction;
import org.jixiao.app.server.audit.AuditLog;
import org.jixiao.app.server.security.AccessPolicy;
import org.jixiao.app.server.security.CurrentUser;
import org.jixiao.app.server.security.Users;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Organisations: everyone signed in may list them; only the system administrator registers, renames or moves them
 * (enforced by the security configuration and again here). Every change is recorded in the audit log.
 */
@RestController
@RequestMapping("/api/organisations")
@Tag(name = "组织", description = "财政局、评价机构、部门")
public class OrganisationController {
    static final int MAX_NAME = 200;
    static final int MAX_ALIASES = 100;

    private final OrganisationRepository organisations;
    private final AuditLog audit;
    private final AccessPolicy policy;

    OrganisationController(OrganisationRepository organisations, AuditLog audit, AccessPolicy policy) {
        this.organisations = organisations;
        this.audit = audit;
        this.policy = policy;
    }

    public record OrganisationView(long id, String name, String kind, String kindLabel, Long parentId, String parentName,
            List<String> aliases) {
        static OrganisationView of(Organisation o, Map<Long, String> names) {
            return new OrganisationView(o.id(), o.name(), o.kind().name(), o.kind().label(), o.parentId(),
                    o.parentId() == null ? null : names.get(o.parentId()), o.aliases());
        }
    }

    /** @param aliases other names (简称, 曾用名, variant spellings) by which uploads find the organisation; optional */
    public record NewOrganisation(@Schema(description = "组织名称") @Size(max = 200) String name, @Schema(description = "类型") @Size(max = 30) String kind,
            Long parentId, @Schema(description = "别名") @Size(max = MAX_ALIASES) List<@Size(max = MAX_NAME) String> aliases) {}

    @GetMapping
    @Operation(summary = "组织列表")
    public List<OrganisationView> list() {
        List<Organisation> all = organisations.findAll();
        Map<Long, String> names = new HashMap<>();
        all.forEach(o -> names.put(o.id(), o.name()));
        return all.stream().map(o -> OrganisationView.of(o, names)).toList();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Transactional
    @Operation(summary = "登记组织（系统管理员）", description = "kind：FINANCE_BUREAU/财政局、AGENCY/评价机构、DEPARTMENT/部门")
    public OrganisationView create(@Valid @RequestBody NewOrganisation request) {
        CurrentUser user = requireAdmin();
        String name = name(request.name());
        OrganisationKind kind = OrganisationKind.parse(request.kind() == null ? "" : request.kind())
                .orElseThrow(() -> ApiException.invalidField("kind", "组织类型“" + request.kind() + "”无效：应为 财政局、评价机构 或 部门"));
        Organisation parent = request.parentId() == null ? null : parent(request.parentId());
        organisations.findByName(name).ifPresent(other -> {
            throw ApiException.duplicate("name", taken(name, other));
        });
        List<String> aliases = aliases(request.aliases() == null ? List.of() : request.aliases(), name, null);
        Organisation created = organisations.insert(name, kind, request.parentId());
        organisations.replaceAliases(created.id(), aliases);
        audit.recordAdministration(user, AuditAction.ORGANISATION_CREATE, "organisation/" + created.id(), null,
                name + "（" + kind.label() + (parent == null ? "" : "，上级：" + parent.name())
                        + (aliases.isEmpty() ? "" : "，别名：" + String.join("、", aliases)) + "）", "登记组织");
        return view(organisations.findById(created.id()).orElseThrow());
    }

    /**
     * The body of a change as the API description shows it (with its limits); read as a tree, so that a field given as
     * {@code null} (no parent) differs from one not given (unchanged).
     */
    @Schema(name = "OrganisationChange")
    public record OrganisationChange(@Schema(description = "组织名称") @Size(max = MAX_NAME) String name,
            @Schema(description = "上级组织编号，null 表示取消上级") Long parentId,
            @Schema(description = "别名（完整列表）") @Size(max = MAX_ALIASES) List<@Size(max = MAX_NAME) String> aliases) {}

    @PatchMapping("/{id}")
    @Transactional
    @Operation(summary = "修改组织（系统管理员）：改名、调整上级、别名",
            description = "只改给出的字段：name 新名称；parentId 新的上级组织编号，null 表示取消上级；aliases 别名（简称、曾用名、文件中的其他写法）的完整列表，"
                    + "上传数据集、自评表、决算时按名称或别名找到组织。组织类型不能修改（用户和评价依赖它）。")
    public OrganisationView update(@PathVariable long id, @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @io.swagger.v3.oas.annotations.media.Content(
            schema = @Schema(implementation = OrganisationChange.class))) @RequestBody JsonNode change) {
        CurrentUser user = requireAdmin();
        Organisation current = organisations.findById(id).orElseThrow(() -> ApiException.notFound("组织 " + id + " 不存在"));
        if (change == null || !change.isObject()) {
            throw ApiException.badRequest("请求体应为 JSON 对象，例如 {\"name\": \"…\", \"parentId\": 1}");
        }
        if (change.hasNonNull("kind") && OrganisationKind.parse(change.get("kind").asText()).orElse(null) != current.kind()) {
            throw ApiException.invalidField("kind", "组织类型不能修改：请新登记一个组织");
        }
        String name = change.has("name") ? name(change.get("name").isNull() ? null : change.get("name").asText()) : current.name();
        organisations.findByName(name).filter(other -> other.id() != id).ifPresent(other -> {
            throw ApiException.duplicate("name", taken(name, other));
        });
        Long parentId = current.parentId();
        if (change.has("parentId")) {
            JsonNode value = change.get("parentId");
            if (value.isNull()) {
                parentId = null;
            } else if (!value.canConvertToLong()) {
                throw ApiException.invalidField("parentId", "上级组织编号应为数字");
            } else {
                parentId = value.asLong();
                checkNoCycle(id, parent(parentId));
            }
        }
        List<String> aliases = current.aliases();
        if (change.has("aliases")) {
            JsonNode value = change.get("aliases");
            if (!value.isNull() && !value.isArray()) {
                throw ApiException.invalidField("aliases", "别名应为名称列表，例如 [\"工业信息化和商务局\"]");
            }
            if (value.size() > MAX_ALIASES) {
                throw ApiException.unprocessable("aliases", "别名（aliases）不能超过 " + MAX_ALIASES + " 项（实际 " + value.size() + " 项）");
            }
            List<String> given = new java.util.ArrayList<>();
            if (value.isArray()) {
                value.forEach(alias -> given.add(alias.isNull() ? "" : alias.asText()));
            }
            aliases = aliases(given, name, id);
        } else if (!name.equals(current.name()) && aliases.contains(name)) {
            aliases = aliases.stream().filter(alias -> !alias.equals(name)).toList();
        }
        organisations.update(id, name, parentId);
        if (!aliases.equals(current.aliases())) {
            organisations.replaceAliases(id, aliases);
            audit.recordAdministration(user, AuditAction.ORGANISATION_CHANGE, "organisation/" + id + "/aliases",
                    String.join("、", current.aliases()), String.join("、", aliases), "修改“" + name + "”的别名");
        }
        if (!name.equals(current.name())) {
            audit.recordAdministration(user, AuditAction.ORGANISATION_CHANGE, "organisation/" + id + "/name", current.name(), name,
                    "组织改名");
        }
        if (!Objects.equals(parentId, current.parentId())) {
            audit.recordAdministration(user, AuditAction.ORGANISATION_CHANGE, "organisation/" + id + "/parent", parentName(current.parentId()),
                    parentName(parentId), "调整“" + name + "”的上级组织");
        }
        return view(organisations.findById(id).orElseThrow());
    }

    /**
     * The aliases as given, trimmed, without duplicates or the organisation's own name; each must not name another
     * organisation (by its name or one of its aliases).
     */
    private List<String> aliases(List<String> given, String name, Long self) {
        java.util.LinkedHashSet<String> aliases = new java.util.LinkedHashSet<>();
        for (String alias : given) {
            String value = alias == null ? "" : alias.strip();
            if (value.isEmpty()) {
                throw ApiException.invalidField("aliases", "别名不能为空");
            }
            if (value.length() > MAX_NAME) {
                throw ApiException.invalidField("aliases", "别名“" + value + "”过长：最多 " + MAX_NAME + " 个字");
            }
            if (value.equals(name)) {
                continue;
            }
            organisations.findByName(value).filter(other -> self == null || other.id() != self).ifPresent(other -> {
                throw ApiException.duplicate("aliases", "别名“" + value + "”已是组织“" + other.name() + "”的名称或别名");
            });
            aliases.add(value);
        }
        return List.copyOf(aliases);
    }

    private static String taken(String name, Organisation other) {
        return other.name().equals(name) ? "组织“" + name + "”已存在" : "“" + name + "”已是组织“" + other.name() + "”的别名";
    }

    private OrganisationView view(Organisation organisation) {
        Map<Long, String> names = new HashMap<>();
        if (organisation.parentId() != null) {
            names.put(organisation.parentId(), parentName(organisation.parentId()));
        }
        return OrganisationView.of(organisation, names);
    }

    private String parentName(Long id) {
        return id == null ? null : organisations.findById(id).map(Organisation::name).orElse(null);
    }

    private Organisation parent(long parentId) {
        return organisations.findById(parentId).orElseThrow(() -> ApiException.invalidField("parentId", "上级组织 " + parentId + " 不存在"));
    }

    /** The new parent must not be the organisation itself nor one of its descendants. */
    private void checkNoCycle(long id, Organisation parent) {
        Set<Long> seen = new HashSet<>();
        Organisation at = parent;
        while (at != null && seen.add(at.id())) {
            if (at.id() == id) {
                throw ApiException.invalidField("parentId", "不能把组织设为自己或自己下级组织的下级");
            }
            at = at.parentId() == null ? null : organisations.findById(at.parentId()).orElse(null);
        }
    }

    private static String name(String text) {
        if (text == null || text.isBlank()) {
            throw ApiException.invalidField("name", "组织名称不能为空");
        }
        String name = text.strip();
        if (name.length() > MAX_NAME) {
            throw ApiException.invalidField("name", "组织名称不能超过 " + MAX_NAME + " 个字");
        }
        return name;
    }

    private CurrentUser requireAdmin() {
        CurrentUser user = Users.current();
        policy.require(user, new AccessPolicy.Action.Administer("管理组织"), AccessPolicy.Target.administration());
        return user;
    }
}
