package org.jixiao.app.server.audit;

import java.time.Instant;
import java.util.List;

import org.jixiao.app.auditchain.AuditChain;
import org.jixiao.app.server.security.AccessPolicy;
import org.jixiao.app.server.security.CurrentUser;
import org.jixiao.app.server.security.LoginThrottle;
import org.jixiao.app.server.security.Users;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The administrator's view of the audit trail: administration, refusals, failed sign-ins, and the chain's integrity. */
@RestController
@RequestMapping("/api/audit")
@Tag(name = "操作日志", description = "组织和用户管理的操作记录、被拒绝的请求、连续登录失败、操作日志完整性校验（系统管理员）；"
        + "评价的修改记录见 /api/evaluations/{id}/history")
public class AuditController {
    private final AuditLog audit;
    private final AccessPolicy policy;
    private final LoginThrottle throttle;

    AuditController(AuditLog audit, AccessPolicy policy, LoginThrottle throttle) {
        this.audit = audit;
        this.policy = policy;
        this.throttle = throttle;
    }

    public record AdministrationEntry(long id, Instant at, String username, String action, String actionLabel, String field,
            String oldValue, String newValue, String reason) {
        static AdministrationEntry of(AuditEntry e) {
            return new AdministrationEntry(e.id(), e.at(), e.username(), e.action().name(), e.action().label(), e.field(), e.oldValue(),
                    e.newValue(), e.reason());
        }
    }

    private void requireAdministrator(String what) {
        CurrentUser user = Users.current();
        policy.require(user, new AccessPolicy.Action.Administer(what), AccessPolicy.Target.administration());
    }

    private static int bounded(int limit) {
        return Math.max(1, Math.min(limit, 1000));
    }

    @GetMapping("/administration")
    @Operation(summary = "组织和用户管理的操作记录，最新的在前")
    public List<AdministrationEntry> administration(@RequestParam(defaultValue = "200") int limit) {
        requireAdministrator("查看操作日志");
        return audit.administration(bounded(limit)).stream().map(AdministrationEntry::of).toList();
    }

    /** A refused request: {@code field} names the record (evaluation/12), {@code newValue} what was asked, {@code reason} why not. */
    @GetMapping("/refusals")
    @Operation(summary = "被拒绝的请求，最新的在前", description = "每条：谁、何时、对哪条记录（field，如 evaluation/12）、请求做什么（newValue）、拒绝的原因（reason）。")
    public List<AdministrationEntry> refusals(@RequestParam(defaultValue = "200") int limit) {
        requireAdministrator("查看操作日志");
        return audit.refusals(bounded(limit)).stream().map(AdministrationEntry::of).toList();
    }

    @GetMapping("/login-failures")
    @Operation(summary = "连续登录失败", description = "近一小时内仍在累计的连续登录失败（按账号名和客户端地址），失败次数多的在前；"
            + "delayedUntil 为下次尝试须等待到的时间。minimum 为至少几次（默认 3）。")
    public List<LoginThrottle.Failures> loginFailures(@RequestParam(defaultValue = "3") int minimum) {
        requireAdministrator("查看登录失败记录");
        return throttle.failures(Math.max(1, minimum));
    }

    /**
     * The result of a verification.
     *
     * @param kind    CHANGED, REMOVED or INSERTED (null when intact), {@code kindLabel} in words
     * @param entryId the entry changed or inserted, or the first one after those removed
     */
    public record VerificationView(boolean intact, long entries, long lastSeq, String lastHash, String kind, String kindLabel, Long entryId,
            Long seq, String message) {
        static VerificationView of(AuditChain.Verification v) {
            AuditChain.Break b = v.firstBreak();
            return new VerificationView(v.intact(), v.entries(), v.lastSeq(), v.lastHash(), b == null ? null : b.kind().name(),
                    b == null ? null : b.kind().label(), b == null ? null : b.entryId(), b == null ? null : b.seq(),
                    b == null ? "操作日志完整：共 " + v.entries() + " 条记录，哈希链无断点" : b.message());
        }
    }

    @GetMapping("/verify")
    @Operation(summary = "校验操作日志是否被篡改", description = "按哈希链逐条核对全部记录，报告第一条被改动、删除或绕过系统插入的记录；"
            + "lastHash 为最后一条记录的哈希值，可另行记下，用于日后发现整条链被重写。命令行：jixiao audit verify。")
    public VerificationView verify() {
        requireAdministrator("校验操作日志");
        return VerificationView.of(audit.verify());
    }
}
