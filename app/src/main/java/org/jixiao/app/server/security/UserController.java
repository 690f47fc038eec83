package org.jixiao.app.server.security;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import org.jixiao.app.server.ApiException;
import org.jixiao.app.server.audit.AuditAction;
import org.jixiao.app.server.audit.AuditLog;
import org.jixiao.app.server.organisation.Organisation;
import org.jixiao.app.server.organisation.OrganisationKind;
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
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * User administration (系统管理员 only, decided by {@link AccessPolicy}). Every change is recorded in the audit log;
 * a refused request names the field at fault ({@code field} in the problem details) and changes nothing. A change of
 * password, role, organisation or a disabling increments the account's session version: its open sessions end at once.
 */
@RestController
@RequestMapping("/api/users")
@Tag(name = "用户", description = "用户管理（系统管理员）")
public class UserController {
    static final int MAX_DISPLAY_NAME = 100;
    static final int MAX_USERNAME = 64;
    /** A role's code or Chinese name (评价机构质量审核 …). */
    static final int MAX_ROLE = 30;
    private static final String ADMINISTER = "管理用户";

    private final UserRepository users;
    private final OrganisationRepository organisations;
    private final PasswordEncoder passwords;
    private final AuditLog audit;
    private final AccessPolicy policy;
    private final LoginThrottle throttle;

    UserController(UserRepository users, OrganisationRepository organisations, PasswordEncoder passwords, AuditLog audit, AccessPolicy policy,
            LoginThrottle throttle) {
        this.users = users;
        this.organisations = organisations;
        this.passwords = passwords;
        this.audit = audit;
        this.policy = policy;
        this.throttle = throttle;
    }

    /**
     * {@code failedAttempts}: failed sign-ins in a row for the account now; {@code delayedUntil}: until when the next
     * attempt must wait (from addresses the account has not signed in from), null when it need not.
     */
    public record UserView(long id, String username, String displayName, String role, String roleLabel, Long organisationId,
            boolean enabled, int failedAttempts, Instant delayedUntil) {
        static UserView of(AppUser u, LoginThrottle.Failures failures) {
            return new UserView(u.id(), u.username(), u.displayName(), u.role().name(), u.role().label(), u.organisationId(),
                    u.enabled(), failures == null ? 0 : failures.failures(), failures == null ? null : failures.delayedUntil());
        }
    }

    public record NewUser(@Schema(description = "用户名") @Size(max = MAX_USERNAME) String username,
            @Schema(description = "密码") @Size(max = LoginService.MAX_PASSWORD_LENGTH) String password,
            @Schema(description = "显示名") @Size(max = MAX_DISPLAY_NAME) String displayName,
            @Schema(description = "角色") @Size(max = MAX_ROLE) String role, Long organisationId) {}

    /** Only the fields given change; {@code unlock: true} ends the account's run of failed sign-ins (and its delay). */
    public record UserChange(@Schema(description = "显示名") @Size(max = MAX_DISPLAY_NAME) String displayName,
            @Schema(description = "密码") @Size(max = LoginService.MAX_PASSWORD_LENGTH) String password,
            @Schema(description = "角色") @Size(max = MAX_ROLE) String role, Long organisationId, Boolean enabled, Boolean unlock) {}

    private CurrentUser administrator() {
        CurrentUser user = Users.current();
        policy.require(user, new AccessPolicy.Action.Administer(ADMINISTER), AccessPolicy.Target.administration());
        return user;
    }

    private UserView view(AppUser user) {
        return UserView.of(user, throttle.ofAccount(user.username()));
    }

    public record RoleView(String code, String label, String organisationKind, String organisationKindLabel) {}

    @GetMapping
    @Operation(summary = "用户列表")
    public List<UserView> list() {
        administrator();
        return users.findAll().stream().map(this::view).toList();
    }

    @GetMapping("/roles")
    @Operation(summary = "角色及其所属组织类型", description = "新建或修改用户时，角色须与组织类型相符；系统管理员可不属于任何组织。")
    public List<RoleView> roles() {
        administrator();
        return java.util.Arrays.stream(Role.values()).map(r -> {
            OrganisationKind kind = organisationKind(r);
            return new RoleView(r.name(), r.label(), kind == null ? null : kind.name(), kind == null ? null : kind.label());
        }).toList();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Transactional
    @Operation(summary = "新建用户", description = "role：ADMIN 系统管理员、FINANCE_REVIEWER 财政局审核、AGENCY_EVALUATOR 评价机构评价人员、"
            + "AGENCY_QUALITY_REVIEWER 评价机构质量审核、DEPARTMENT_USER 部门用户（代码或中文名均可）。用户名已被使用时返回 409（field: username）。")
    public UserView create(@Valid @RequestBody NewUser request) {
        CurrentUser admin = administrator();
        if (request.username() == null || !request.username().strip().matches("[A-Za-z0-9_.@-]{2,64}")) {
            throw ApiException.invalidField("username", "用户名应为 2–64 个字母、数字或 _ . @ -");
        }
        String username = request.username().strip();
        if (users.findByUsername(username).isPresent()) {
            throw ApiException.duplicate("username", "用户名“" + username + "”已被使用");
        }
        // Admin beside admin reads as the same account in the audit trail and at sign-in: refused as taken
        users.findAll().stream().filter(other -> other.username().equalsIgnoreCase(username)).findFirst().ifPresent(other -> {
            throw ApiException.duplicate("username", "用户名“" + username + "”与已有的“" + other.username() + "”只差大小写，容易混淆：请另选一个");
        });
        LoginService.checkPassword("password", request.password());
        Role role = role(request.role());
        Organisation organisation = checkOrganisation(role, request.organisationId());
        String displayName = displayName(request.displayName(), username);
        AppUser created = users.insert(username, passwords.encode(request.password()), displayName, request.organisationId(), role);
        audit.recordAdministration(admin, AuditAction.USER_CREATE, "user/" + username, null,
                displayName + "，" + role.label() + (organisation == null ? "" : "，" + organisation.name()), "新建用户");
        return view(created);
    }

    @PatchMapping("/{id}")
    @Transactional
    @Operation(summary = "修改用户（显示名、角色、组织、重置密码、停用/启用、解除登录限制）",
            description = "只改给出的字段。管理员不能停用自己，也不能取消自己的系统管理员角色。重置密码、修改角色或所属组织、停用账户时，"
                    + "该账户已登录的会话立即结束。unlock: true 清除该账号连续登录失败的记录及其等待时间。")
    public UserView update(@PathVariable long id, @Valid @RequestBody UserChange change) {
        CurrentUser admin = administrator();
        AppUser user = users.findById(id).orElseThrow(() -> ApiException.notFound("用户 " + id + " 不存在"));
        Role role = change.role() == null ? user.role() : role(change.role());
        Long organisation = change.organisationId() == null ? user.organisationId() : change.organisationId();
        checkOrganisation(role, organisation);
        boolean self = user.id() == admin.id();
        if (self && role != Role.ADMIN) {
            throw ApiException.invalidField("role", "不能取消自己的系统管理员角色（请由另一位系统管理员操作）");
        }
        if (self && Boolean.FALSE.equals(change.enabled())) {
            throw ApiException.invalidField("enabled", "不能停用自己的账户");
        }
        String hash = user.passwordHash();
        if (change.password() != null) {
            LoginService.checkPassword("password", change.password());
            hash = passwords.encode(change.password());
        }
        boolean unlock = Boolean.TRUE.equals(change.unlock());
        String displayName = change.displayName() == null ? user.displayName() : displayName(change.displayName(), user.displayName());
        boolean enabled = change.enabled() == null ? user.enabled() : change.enabled();
        // what the account may do changes: its open sessions end (SessionRefresh compares the version on every request)
        boolean endSessions = change.password() != null || role != user.role() || !Objects.equals(organisation, user.organisationId())
                || !enabled && user.enabled();
        AppUser updated = new AppUser(user.id(), user.username(), hash, displayName, organisation, role, enabled,
                user.sessionVersion() + (endSessions ? 1 : 0));
        users.update(updated);
        LoginThrottle.Failures failures = throttle.ofAccount(user.username());
        if (unlock) {
            throttle.clear(user.username());
        }
        String field = "user/" + user.username();
        if (!displayName.equals(user.displayName())) {
            audit.recordAdministration(admin, AuditAction.USER_CHANGE, field + "/displayName", user.displayName(), displayName, "修改显示名");
        }
        if (role != user.role()) {
            audit.recordAdministration(admin, AuditAction.USER_CHANGE, field + "/role", user.role().label(), role.label(), "修改角色");
        }
        if (!Objects.equals(organisation, user.organisationId())) {
            audit.recordAdministration(admin, AuditAction.USER_CHANGE, field + "/organisation", organisationName(user.organisationId()),
                    organisationName(organisation), "修改所属组织");
        }
        if (change.password() != null) {
            audit.recordAdministration(admin, AuditAction.USER_CHANGE, field + "/password", null, "（已重置）", "重置密码");
        }
        if (enabled != user.enabled()) {
            audit.recordAdministration(admin, AuditAction.USER_CHANGE, field + "/enabled", user.enabled() ? "启用" : "停用",
                    enabled ? "启用" : "停用", enabled ? "启用账户" : "停用账户");
        }
        if (unlock && failures != null) {
            audit.recordAdministration(admin, AuditAction.USER_CHANGE, field + "/login", "连续登录失败 " + failures.failures() + " 次",
                    "已清除", "解除登录限制");
        }
        return view(updated);
    }

    private String organisationName(Long id) {
        return id == null ? null : organisations.findById(id).map(Organisation::name).orElse(null);
    }

    private static String displayName(String text, String fallback) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        String name = text.strip();
        if (name.length() > MAX_DISPLAY_NAME) {
            throw ApiException.invalidField("displayName", "显示名不能超过 " + MAX_DISPLAY_NAME + " 个字");
        }
        return name;
    }

    private static Role role(String text) {
        return Role.parse(text == null ? "" : text).orElseThrow(() -> ApiException.invalidField("role", "角色“" + text + "”无效"));
    }

    /** The kind of organisation a role belongs to; null for the administrator (any or none). */
    static OrganisationKind organisationKind(Role role) {
        return switch (role) {
            case ADMIN -> null;
            case FINANCE_REVIEWER -> OrganisationKind.FINANCE_BUREAU;
            case AGENCY_EVALUATOR, AGENCY_QUALITY_REVIEWER -> OrganisationKind.AGENCY;
            case DEPARTMENT_USER -> OrganisationKind.DEPARTMENT;
        };
    }

    private Organisation checkOrganisation(Role role, Long organisationId) {
        if (organisationId == null) {
            if (role != Role.ADMIN) {
                throw ApiException.invalidField("organisationId", role.label() + "必须属于一个组织");
            }
            return null;
        }
        Organisation organisation = organisations.findById(organisationId)
                .orElseThrow(() -> ApiException.invalidField("organisationId", "组织 " + organisationId + " 不存在"));
        OrganisationKind kind = organisationKind(role);
        if (kind != null && organisation.kind() != kind) {
            throw ApiException.invalidField("organisationId", "角色“" + role.label() + "”与组织“" + organisation.name() + "”（"
                    + organisation.kind().label() + "）不匹配：" + role.label() + "须属于" + kind.label());
        }
        return organisation;
    }
}
