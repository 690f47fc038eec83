package org.jixiao.app.server.accounts;

import java.io.IOException;
import java.io.InputStream;

import org.jixiao.app.server.accounts.AccountsService.SourceKind;
import org.jixiao.app.server.accounts.AccountsService.Upload;
import org.jixiao.app.server.organisation.Organisation;
import org.jixiao.app.server.organisation.OrganisationKind;
import org.jixiao.app.server.organisation.OrganisationRepository;
import org.jixiao.app.server.security.AppUser;
import org.jixiao.app.server.security.Role;
import org.jixiao.app.server.security.UserRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The final-accounts part of the demo data, loaded by {@code DemoData} into an empty database after the Zibo
 * self-evaluation demo: the Zibo 2024 disclosure ({@code examples/zibo-industry-2024-accounts.yaml}, copied into the jar
 * by the build) for the Zibo department, placed under the zone's finance bureau (so that the bureau's reviewer sees it).
 * The organisations and accounts are those of the self-evaluation demo, reused when they are there and created
 * otherwise: the department is registered as 淄博高新技术产业开发区工业和信息化商务局, the name the published disclosure
 * mostly uses, while the dataset's {@code meta.department} keeps the title's wording (工业信息化和商务局, one of the
 * department's aliases in the self-evaluation demo) — the upload names the department explicitly, so that it works
 * without the other demo too.
 */
@Component
public class AccountsDemoData {
    public static final String DEPARTMENT = "淄博高新技术产业开发区工业和信息化商务局";
    /** The department as the dataset (and so the disclosure's title) names it. */
    public static final String DATA_DEPARTMENT = "淄博高新技术产业开发区工业信息化和商务局";
    public static final String FINANCE = "淄博高新技术产业开发区财政局";
    public static final String DEPARTMENT_USER = "zbgongxin";
    public static final String FINANCE_USER = "zbcaizheng";
    static final String DATASET = "/demo/zibo-industry-2024-accounts.yaml";

    private static final Logger LOG = LoggerFactory.getLogger(AccountsDemoData.class);

    private final OrganisationRepository organisations;
    private final UserRepository users;
    private final AccountsService accounts;

    AccountsDemoData(OrganisationRepository organisations, UserRepository users, AccountsService accounts) {
        this.organisations = organisations;
        this.users = users;
        this.accounts = accounts;
    }

    /** Called by DemoData inside its transaction, with the BCrypt hash of the demo password. */
    public void load(String passwordHash) throws IOException {
        Organisation bureau = organisation(FINANCE, OrganisationKind.FINANCE_BUREAU, null);
        Organisation department = organisation(DEPARTMENT, OrganisationKind.DEPARTMENT, bureau.id());
        AppUser accountant = user(DEPARTMENT_USER, passwordHash, "工信商务局填报员", department.id(), Role.DEPARTMENT_USER);
        user(FINANCE_USER, passwordHash, "淄博财政局绩效科", bureau.id(), Role.FINANCE_REVIEWER);
        byte[] content;
        try (InputStream in = AccountsDemoData.class.getResourceAsStream(DATASET)) {
            if (in == null) {
                throw new IllegalStateException("演示数据 " + DATASET + " 不在 classpath 中（应由构建从 examples/ 复制）");
            }
            content = in.readAllBytes();
        }
        accounts.create(accountant.toCurrentUser(), new Upload("zibo-industry-2024-accounts.yaml", content, SourceKind.YAML, department.id()));
        LOG.info("已载入演示数据：{} 2024 年度部门决算（账号 {}、{}）", DEPARTMENT, DEPARTMENT_USER, FINANCE_USER);
    }

    private Organisation organisation(String name, OrganisationKind kind, Long parentId) {
        Organisation existing = organisations.findByName(name).orElse(null);
        if (existing == null) {
            return organisations.insert(name, kind, parentId);
        }
        if (parentId != null && existing.parentId() == null) {
            organisations.updateParent(existing.id(), parentId);
        }
        return existing;
    }

    private AppUser user(String username, String hash, String displayName, long organisationId, Role role) {
        return users.findByUsername(username).orElseGet(() -> users.insert(username, hash, displayName, organisationId, role));
    }
}
