package org.jixiao.app.server.demo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.jixiao.app.server.accounts.AccountsDemoData;
import org.jixiao.app.server.evaluation.EvaluationService;
import org.jixiao.app.server.evaluation.EvaluationService.Upload;
import org.jixiao.app.server.organisation.Organisation;
import org.jixiao.app.server.organisation.OrganisationKind;
import org.jixiao.app.server.organisation.OrganisationRepository;
import org.jixiao.app.server.security.AppUser;
import org.jixiao.app.server.security.Role;
import org.jixiao.app.server.security.UserRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * On the first start (no organisation yet): the organisations of the Weihai 2022 evaluation and a second department,
 * one demo account per role (password {@value #PASSWORD}, listed in the README) and the Weihai 2022 evaluation from
 * {@code examples/weihai-econ-2022.yaml} (copied into the jar by the build).
 */
@Component
@ConditionalOnProperty(name = "jixiao.demo-data", havingValue = "true", matchIfMissing = true)
public class DemoData implements org.springframework.beans.factory.SmartInitializingSingleton {
    public static final String PASSWORD = "Jixiao@2022";
    public static final String FINANCE = "威海临港经济技术开发区财政金融局";
    public static final String AGENCY = "北京三维众智管理咨询有限责任公司";
    public static final String DEPARTMENT = "威海临港经济技术开发区经济发展局";
    public static final String SECOND_DEPARTMENT = "威海临港经济技术开发区社会事业局";
    static final String DATASET = "/demo/weihai-econ-2022.yaml";

    private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);

    private final OrganisationRepository organisations;
    private final UserRepository users;
    private final EvaluationService evaluations;
    private final PasswordEncoder passwords;
    private final ZiboSelfEvalDemo selfEvalDemo;
    private final AccountsDemoData accountsDemo;

    private final org.springframework.transaction.support.TransactionTemplate transaction;

    DemoData(OrganisationRepository organisations, UserRepository users, EvaluationService evaluations, PasswordEncoder passwords,
             org.springframework.transaction.PlatformTransactionManager transactions, ZiboSelfEvalDemo selfEvalDemo,
             AccountsDemoData accountsDemo) {
        this.selfEvalDemo = selfEvalDemo;
        this.accountsDemo = accountsDemo;
        this.transaction = new org.springframework.transaction.support.TransactionTemplate(transactions);
        this.organisations = organisations;
        this.users = users;
        this.evaluations = evaluations;
        this.passwords = passwords;
    }

    /**
     * Runs once every bean (and so the Flyway migration) is ready, and before the web server accepts requests: a user
     * who logs in at the first moment finds the demo accounts already there.
     */
    @Override
    public void afterSingletonsInstantiated() {
        transaction.executeWithoutResult(status -> {
            try {
                load();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException("演示数据无法载入", e);
            }
        });
    }

    /** Loads the demo data into an empty database; called inside one transaction. */
    void load() throws IOException {
        if (!organisations.isEmpty()) {
            return;
        }
        Organisation finance = organisations.insert(FINANCE, OrganisationKind.FINANCE_BUREAU, null);
        Organisation agency = organisations.insert(AGENCY, OrganisationKind.AGENCY, null);
        Organisation department = organisations.insert(DEPARTMENT, OrganisationKind.DEPARTMENT, null);
        Organisation second = organisations.insert(SECOND_DEPARTMENT, OrganisationKind.DEPARTMENT, null);

        String hash = passwords.encode(PASSWORD);
        users.insert("admin", hash, "系统管理员", null, Role.ADMIN);
        users.insert("caizheng", hash, "王静", finance.id(), Role.FINANCE_REVIEWER);
        AppUser evaluator = users.insert("pingjia", hash, "闵会", agency.id(), Role.AGENCY_EVALUATOR);
        users.insert("lifang", hash, "李芳", agency.id(), Role.AGENCY_QUALITY_REVIEWER);
        users.insert("zhikong", hash, "吕学永", agency.id(), Role.AGENCY_QUALITY_REVIEWER);
        users.insert("jingfa", hash, "经发局填报员", department.id(), Role.DEPARTMENT_USER);
        users.insert("shiye", hash, "社会事业局填报员", second.id(), Role.DEPARTMENT_USER);

        String text;
        try (InputStream in = DemoData.class.getResourceAsStream(DATASET)) {
            if (in == null) {
                throw new IllegalStateException("演示数据 " + DATASET + " 不在 classpath 中（应由构建从 examples/ 复制）");
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        evaluations.create(evaluator.toCurrentUser(), new Upload("weihai-econ-2022.yaml", text, false, null, null, null));
        LOG.info("已载入演示数据：4 个组织、7 个演示账号（密码 {}）、威海临港经济技术开发区经济发展局 2022 年度部门整体绩效评价", PASSWORD);
        selfEvalDemo.load(hash);
        LOG.info("已载入演示数据：淄博高新区 2024 年度项目支出绩效自评表 5 张（账号 {}、{}）", ZiboSelfEvalDemo.FINANCE_USER,
                ZiboSelfEvalDemo.DEPARTMENT_USER);
        accountsDemo.load(hash);
    }
}
