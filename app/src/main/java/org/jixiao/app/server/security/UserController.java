package org.jixiao.app.server.security;

import java.util.List;

import org.jixiao.app.server.ApiException;
import org.jixiao.app.server.organisation.OrganisationRepository;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
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

/** User administration (系统管理员 only, enforced by {@link SecurityConfig}). */
@RestController
@RequestMapping("/api/users")
@Tag(name = "用户", description = "用户管理（系统管理员）")
public class UserController {
    static final int MIN_PASSWORD_LENGTH = 8;

    private final UserRepository users;
    private final OrganisationRepository organisations;
    private final PasswordEncoder passwords;

    UserController(UserRepository users, OrganisationRepository organisations, PasswordEncoder passwords) {
        this.users = users;
        this.organisations = organisations;
        this.passwords = passwords;
    }

    public record UserView(long id, String username, String displayName, String role, String roleLabel, Long organisationId,
            boolean enabled, int failedAttempts, String lockedUntil) {
        static UserView of(AppUser u) {
            return new UserView(u.id(), u.username(), u.displayName(), u.role().name(), u.role().label(), u.organisationId(),
                    u.enabled(), u.failedAttempts(), u.lockedUntil() == null ? null : u.lockedUntil().toString());
        }
    }

    public record NewUser(String username, String password, String displayName, String role, Long organisationId) {}

    /** Only the fields given change; {@code unlock: true} clears a lockout. */
    public record UserChange(String displayName, String password, String role, Long organisationId, Boolean enabled, Boolean unlock) {}

    @GetMapping
    @Operation(summary = "用户列表")
    public List<UserView> list() {
        return users.findAll().stream().map(UserView::of).toList();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Transactional
    @Operation(summary = "新建用户", description = "role：ADMIN 系统管理员、FINANCE_REVIEWER 财政局审核、AGENCY_EVALUATOR 评价机构评价人员、"
            + "AGENCY_QUALITY_REVIEWER 评价机构质量审核、DEPARTMENT_USER 部门用户（代码或中文名均可）")
    public UserView create(@RequestBody NewUser request) {
        if (request.username() == null || !request.username().strip().matches("[A-Za-z0-9_.@-]{2,64}")) {
            throw ApiException.badRequest("用户名应为 2–64 个字母、数字或 _ . @ -");
        }
        String username = request.username().strip();
        if (users.findByUsername(username).isPresent()) {
            throw ApiException.conflict("用户名“" + username + "”已被使用");
        }
        checkPassword(request.password());
        Role role = role(request.role());
        checkOrganisation(role, request.organisationId());
        String displayName = request.displayName() == null || request.displayName().isBlank() ? username : request.displayName().strip();
        return UserView.of(users.insert(username, passwords.encode(request.password()), displayName, request.organisationId(), role));
    }

    @PatchMapping("/{id}")
    @Transactional
    @Operation(summary = "修改用户（显示名、角色、组织、密码、启用、解锁）")
    public UserView update(@PathVariable long id, @RequestBody UserChange change) {
        AppUser user = users.findById(id).orElseThrow(() -> ApiException.notFound("用户 " + id + " 不存在"));
        Role role = change.role() == null ? user.role() : role(change.role());
        Long organisation = change.organisationId() == null ? user.organisationId() : change.organisationId();
        checkOrganisation(role, organisation);
        String hash = user.passwordHash();
        if (change.password() != null) {
            checkPassword(change.password());
            hash = passwords.encode(change.password());
        }
        boolean unlock = Boolean.TRUE.equals(change.unlock());
        AppUser updated = new AppUser(user.id(), user.username(), hash,
                change.displayName() == null || change.displayName().isBlank() ? user.displayName() : change.displayName().strip(),
                organisation, role, change.enabled() == null ? user.enabled() : change.enabled(),
                unlock ? 0 : user.failedAttempts(), unlock ? null : user.lockedUntil());
        users.update(updated);
        return UserView.of(updated);
    }

    private static void checkPassword(String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw ApiException.badRequest("密码至少 " + MIN_PASSWORD_LENGTH + " 位");
        }
    }

    private static Role role(String text) {
        return Role.parse(text == null ? "" : text).orElseThrow(() -> ApiException.badRequest("角色“" + text + "”无效"));
    }

    private void checkOrganisation(Role role, Long organisationId) {
        if (organisationId == null) {
            if (role != Role.ADMIN) {
                throw ApiException.badRequest(role.label() + "必须属于一个组织");
            }
            return;
        }
        var organisation = organisations.findById(organisationId)
                .orElseThrow(() -> ApiException.badRequest("组织 " + organisationId + " 不存在"));
        boolean fits = switch (role) {
            case ADMIN -> true;
            case FINANCE_REVIEWER -> organisation.kind() == org.jixiao.app.server.organisation.OrganisationKind.FINANCE_BUREAU;
            case AGENCY_EVALUATOR, AGENCY_QUALITY_REVIEWER -> organisation.kind() == org.jixiao.app.server.organisation.OrganisationKind.AGENCY;
            case DEPARTMENT_USER -> organisation.kind() == org.jixiao.app.server.organisation.OrganisationKind.DEPARTMENT;
        };
        if (!fits) {
            throw ApiException.badRequest("角色“" + role.label() + "”与组织“" + organisation.name() + "”（" + organisation.kind().label() + "）不匹配");
        }
    }
}
