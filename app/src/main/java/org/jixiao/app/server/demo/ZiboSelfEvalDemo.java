package org.jixiao.app.server.demo;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.jixiao.app.server.organisation.Organisation;
import org.jixiao.app.server.organisation.OrganisationKind;
import org.jixiao.app.server.organisation.OrganisationRepository;
import org.jixiao.app.server.security.AppUser;
import org.jixiao.app.server.security.Role;
import org.jixiao.app.server.security.UserRepository;
import org.jixiao.app.server.selfeval.SelfEvalService;
import org.jixiao.app.server.selfeval.SelfEvalService.UploadedFile;
import org.springframework.stereotype.Component;

/**
 * The Zibo 2024 self-evaluations as demo data: the department of the five published 项目支出绩效自评表, a finance bureau
 * collecting them, one account for each, and the batch from {@code examples/zibo-2024-selfeval/zibo-2024-selfeval.xlsx}
 * (copied into the jar by the build). The published documents do not name the finance bureau; the name below is ours.
 */
@Component
public class ZiboSelfEvalDemo {
    public static final String FINANCE = "淄博高新技术产业开发区财政局";
    /** The 主管部门 as four of the five published tables print it (the fifth writes 工业和信息化和商务局). */
    public static final String DEPARTMENT = "淄博高新技术产业开发区工业和信息化商务局";
    /** The other ways the published documents spell the department (disclosure title, a self-evaluation table, running text). */
    public static final List<String> DEPARTMENT_ALIASES = List.of("淄博高新技术产业开发区工业信息化和商务局", "淄博高新技术产业开发区工业和信息化和商务局",
            "淄博高新区工业和信息化和商务局");
    public static final String FINANCE_USER = "zbcaizheng";
    public static final String DEPARTMENT_USER = "zbgongxin";
    public static final String BATCH = "淄博高新区工业和信息化商务局 2024 年度项目支出绩效自评";
    public static final String WORKBOOK = "zibo-2024-selfeval.xlsx";
    static final String RESOURCE = "/demo/zibo-2024-selfeval/" + WORKBOOK;

    private final OrganisationRepository organisations;
    private final UserRepository users;
    private final SelfEvalService selfEvals;

    ZiboSelfEvalDemo(OrganisationRepository organisations, UserRepository users, SelfEvalService selfEvals) {
        this.organisations = organisations;
        this.users = users;
        this.selfEvals = selfEvals;
    }

    /** Adds the organisations, the two accounts (with the given password hash) and the batch; inside the demo's transaction. */
    void load(String passwordHash) throws IOException {
        Organisation finance = organisations.insert(FINANCE, OrganisationKind.FINANCE_BUREAU, null);
        Organisation department = organisations.insert(DEPARTMENT, OrganisationKind.DEPARTMENT, finance.id());
        organisations.replaceAliases(department.id(), DEPARTMENT_ALIASES);
        AppUser reviewer = users.insert(FINANCE_USER, passwordHash, "淄博财政局绩效科", finance.id(), Role.FINANCE_REVIEWER);
        users.insert(DEPARTMENT_USER, passwordHash, "工信商务局填报员", department.id(), Role.DEPARTMENT_USER);
        byte[] workbook;
        try (InputStream in = ZiboSelfEvalDemo.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("演示数据 " + RESOURCE + " 不在 classpath 中（应由构建从 examples/ 复制）");
            }
            workbook = in.readAllBytes();
        }
        selfEvals.create(reviewer.toCurrentUser(), new SelfEvalService.Upload(BATCH, 2024, finance.id(), department.id(),
                List.of(new UploadedFile(WORKBOOK, workbook))));
    }
}
