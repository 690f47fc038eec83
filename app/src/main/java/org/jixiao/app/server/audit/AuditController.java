package org.jixiao.app.server.audit;

import java.time.Instant;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The administration part of the audit trail (系统管理员 only, enforced by the security configuration). */
@RestController
@RequestMapping("/api/audit")
@Tag(name = "操作日志", description = "组织和用户管理的操作记录（系统管理员）；评价的修改记录见 /api/evaluations/{id}/history")
public class AuditController {
    private final AuditLog audit;

    AuditController(AuditLog audit) {
        this.audit = audit;
    }

    public record AdministrationEntry(long id, Instant at, String username, String action, String actionLabel, String field,
            String oldValue, String newValue, String reason) {}

    @GetMapping("/administration")
    @Operation(summary = "组织和用户管理的操作记录，最新的在前")
    public List<AdministrationEntry> administration(@RequestParam(defaultValue = "200") int limit) {
        int bounded = Math.max(1, Math.min(limit, 1000));
        return audit.administration(bounded).stream()
                .map(e -> new AdministrationEntry(e.id(), e.at(), e.username(), e.action().name(), e.action().label(), e.field(),
                        e.oldValue(), e.newValue(), e.reason()))
                .toList();
    }
}
