package org.jixiao.app.server.organisation;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import org.jixiao.app.server.ApiException;
import org.jixiao.app.server.audit.AuditAction;
import org.jixiao.app.server.audit.AuditLog;
import org.jixiao.app.server.security.CurrentUser;
import org.jixiao.app.server.security.Role;
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

    private final OrganisationRepository organisations;
    private final AuditLog audit;

    OrganisationController(OrganisationRepository organisations, AuditLog audit) {
        this.organisations = organisations;
        this.audit = audit;
    }

    public record OrganisationView(long id, String name, String kind, String kindLabel, Long parentId, String parentName) {
        static OrganisationView of(Organisation o, Map<Long, String> names) {
            return new OrganisationView(o.id(), o.name(), o.kind().name(), o.kind().label(), o.parentId(),
                    o.parentId() == null ? null : names.get(o.parentId()));
        }
    }

    public record NewOrganisation(String name, String kind, Long parentId) {}

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
    public OrganisationView create(@RequestBody NewOrganisation request) {
        CurrentUser user = requireAdmin();
        String name = name(request.name());
        OrganisationKind kind = OrganisationKind.parse(request.kind() == null ? "" : request.kind())
                .orElseThrow(() -> ApiException.invalidField("kind", "组织类型“" + request.kind() + "”无效：应为 财政局、评价机构 或 部门"));
        Organisation parent = request.parentId() == null ? null : parent(request.parentId());
        if (organisations.findByName(name).isPresent()) {
            throw ApiException.duplicate("name", "组织“" + name + "”已存在");
        }
        Organisation created = organisations.insert(name, kind, request.parentId());
        audit.recordAdministration(user, AuditAction.ORGANISATION_CREATE, "organisation/" + created.id(), null,
                name + "（" + kind.label() + (parent == null ? "" : "，上级：" + parent.name()) + "）", "登记组织");
        return view(created);
    }

    @PatchMapping("/{id}")
    @Transactional
    @Operation(summary = "修改组织（系统管理员）：改名、调整上级",
            description = "只改给出的字段：name 新名称；parentId 新的上级组织编号，null 表示取消上级。组织类型不能修改（用户和评价依赖它）。")
    public OrganisationView update(@PathVariable long id, @RequestBody JsonNode change) {
        CurrentUser user = requireAdmin();
        Organisation current = organisations.findById(id).orElseThrow(() -> ApiException.notFound("组织 " + id + " 不存在"));
        if (change == null || !change.isObject()) {
            throw ApiException.badRequest("请求体应为 JSON 对象，例如 {\"name\": \"…\", \"parentId\": 1}");
        }
        if (change.hasNonNull("kind") && OrganisationKind.parse(change.get("kind").asText()).orElse(null) != current.kind()) {
            throw ApiException.invalidField("kind", "组织类型不能修改：请新登记一个组织");
        }
        String name = change.has("name") ? name(change.get("name").isNull() ? null : change.get("name").asText()) : current.name();
        if (!name.equals(current.name()) && organisations.findByName(name).isPresent()) {
            throw ApiException.duplicate("name", "组织“" + name + "”已存在");
        }
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
        organisations.update(id, name, parentId);
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

    private static CurrentUser requireAdmin() {
        CurrentUser user = Users.current();
        if (!user.is(Role.ADMIN)) {
            throw ApiException.forbidden("只有系统管理员可以管理组织");
        }
        return user;
    }
}
