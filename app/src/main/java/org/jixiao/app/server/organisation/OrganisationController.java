package org.jixiao.app.server.organisation;

import java.util.List;

import org.jixiao.app.server.ApiException;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Organisations: everyone signed in may list them; only the system administrator registers them. */
@RestController
@RequestMapping("/api/organisations")
@Tag(name = "组织", description = "财政局、评价机构、部门")
public class OrganisationController {
    private final OrganisationRepository organisations;

    OrganisationController(OrganisationRepository organisations) {
        this.organisations = organisations;
    }

    public record OrganisationView(long id, String name, String kind, String kindLabel, Long parentId) {
        static OrganisationView of(Organisation o) {
            return new OrganisationView(o.id(), o.name(), o.kind().name(), o.kind().label(), o.parentId());
        }
    }

    public record NewOrganisation(String name, String kind, Long parentId) {}

    @GetMapping
    @Operation(summary = "组织列表")
    public List<OrganisationView> list() {
        return organisations.findAll().stream().map(OrganisationView::of).toList();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Transactional
    @Operation(summary = "登记组织（系统管理员）", description = "kind：FINANCE_BUREAU/财政局、AGENCY/评价机构、DEPARTMENT/部门")
    public OrganisationView create(@RequestBody NewOrganisation request) {
        if (request.name() == null || request.name().isBlank()) {
            throw ApiException.badRequest("组织名称不能为空");
        }
        OrganisationKind kind = OrganisationKind.parse(request.kind() == null ? "" : request.kind())
                .orElseThrow(() -> ApiException.badRequest("组织类型“" + request.kind() + "”无效：应为 财政局、评价机构 或 部门"));
        if (request.parentId() != null && organisations.findById(request.parentId()).isEmpty()) {
            throw ApiException.badRequest("上级组织 " + request.parentId() + " 不存在");
        }
        String name = request.name().strip();
        if (organisations.findByName(name).isPresent()) {
            throw ApiException.conflict("组织“" + name + "”已存在");
        }
        return OrganisationView.of(organisations.insert(name, kind, request.parentId()));
    }
}
