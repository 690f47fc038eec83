package org.jixiao.app.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.jixiao.app.server.security.AccessPolicy.Action;
import org.jixiao.app.server.security.AccessPolicy.Kind;
import org.jixiao.app.server.security.AccessPolicy.Relation;
import org.jixiao.app.server.security.AccessPolicy.Scope;
import org.jixiao.app.server.security.AccessPolicy.Target;
import org.jixiao.app.server.workflow.Stage;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

/**
 * The policy's table of scopes and decisions, without a database (the decisions that read organisations or write the
 * audit trail are exercised over HTTP by the API contracts and {@code SecurityApiContract}).
 */
class AccessPolicyTest {
    private final AccessPolicy policy = new AccessPolicy(null, null);

    private static CurrentUser user(Role role, Long organisationId) {
        return new CurrentUser(7, "u", "用户", role, organisationId, 0);
    }

    @Test
    void theScopeFollowsTheRoleTheOrganisationAndTheKindOfRecord() {
        assertThat(policy.scope(user(Role.ADMIN, null), Kind.EVALUATION)).isEqualTo(Scope.ALL);
        assertThat(policy.scope(user(Role.FINANCE_REVIEWER, 5L), Kind.EVALUATION)).isEqualTo(new Scope(false, Set.of(Relation.CLIENT), 5L));
        assertThat(policy.scope(user(Role.AGENCY_QUALITY_REVIEWER, 2L), Kind.EVALUATION))
                .isEqualTo(new Scope(false, Set.of(Relation.AGENCY), 2L));
        assertThat(policy.scope(user(Role.DEPARTMENT_USER, 6L), Kind.EVALUATION))
                .isEqualTo(new Scope(false, Set.of(Relation.DEPARTMENT), 6L));
        // agencies are not party to self-evaluations and disclosures
        assertThat(policy.scope(user(Role.AGENCY_EVALUATOR, 2L), Kind.SELFEVAL_BATCH).none()).isTrue();
        assertThat(policy.scope(user(Role.AGENCY_EVALUATOR, 2L), Kind.FINAL_ACCOUNTS).none()).isTrue();
        assertThat(policy.scope(user(Role.FINANCE_REVIEWER, 5L), Kind.FINAL_ACCOUNTS))
                .isEqualTo(new Scope(false, Set.of(Relation.DEPARTMENT_PARENT), 5L));
        assertThat(policy.scope(user(Role.FINANCE_REVIEWER, 5L), Kind.DOCUMENT_REVIEW))
                .isEqualTo(new Scope(false, Set.of(Relation.OWNER, Relation.OWNER_PARENT), 5L));
        assertThat(policy.scope(user(Role.AGENCY_EVALUATOR, 2L), Kind.DOCUMENT_REVIEW)).isEqualTo(new Scope(false, Set.of(Relation.OWNER), 2L));
        // an account without organisation sees nothing, whatever its role
        assertThat(policy.scope(user(Role.DEPARTMENT_USER, null), Kind.EVALUATION).none()).isTrue();
        assertThat(policy.scope(user(Role.AGENCY_QUALITY_REVIEWER, null), Kind.DOCUMENT_REVIEW).none()).isTrue();
    }

    @Test
    void anEvaluationIsSeenByItsDepartmentClientAndAgencyOnly() {
        Target evaluation = Target.evaluation(1L, 6L, 5L, 2L, Stage.DRAFTING);
        assertThat(policy.sees(user(Role.DEPARTMENT_USER, 6L), evaluation)).isTrue();
        assertThat(policy.sees(user(Role.DEPARTMENT_USER, 9L), evaluation)).isFalse();
        assertThat(policy.sees(user(Role.FINANCE_REVIEWER, 5L), evaluation)).isTrue();
        // a bureau that is not the client, even one whose id is the department's
        assertThat(policy.sees(user(Role.FINANCE_REVIEWER, 6L), evaluation)).isFalse();
        assertThat(policy.sees(user(Role.AGENCY_EVALUATOR, 2L), evaluation)).isTrue();
        assertThat(policy.sees(user(Role.AGENCY_EVALUATOR, 3L), evaluation)).isFalse();
        assertThat(policy.sees(user(Role.ADMIN, null), evaluation)).isTrue();
    }

    @Test
    void theIndicatorSystemIsTheClientsAndLockedAfterSubmission() {
        Target drafting = Target.evaluation(1L, 6L, 5L, 2L, Stage.DRAFTING);
        Action change = new Action.ChangeIndicatorSystem();
        assertThat(policy.refusal(user(Role.AGENCY_EVALUATOR, 2L), change, drafting).status()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(policy.refusal(user(Role.AGENCY_QUALITY_REVIEWER, 2L), change, drafting).status()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(policy.allows(user(Role.FINANCE_REVIEWER, 5L), change, drafting)).isTrue();
        assertThat(policy.allows(user(Role.ADMIN, null), change, drafting)).isTrue();
        assertThat(policy.refusal(user(Role.ADMIN, null), change, Target.evaluation(1L, 6L, 5L, 2L, Stage.SUBMITTED)).status())
                .isEqualTo(HttpStatus.CONFLICT);
        // the assessment is the evaluator's, not the client's
        assertThat(policy.allows(user(Role.AGENCY_EVALUATOR, 2L), new Action.EditEvaluation(), drafting)).isTrue();
        assertThat(policy.refusal(user(Role.FINANCE_REVIEWER, 5L), new Action.EditEvaluation(), drafting).message())
                .isEqualTo("财政局审核不能修改评价内容");
    }

    @Test
    void theThreeLevelReviewIsSignedInOrderByDifferentPeople() {
        Target review = Target.evaluation(1L, 6L, 5L, 2L, Stage.REVIEW);
        CurrentUser evaluator = user(Role.AGENCY_EVALUATOR, 2L);
        CurrentUser quality = new CurrentUser(8, "q", "吕学永", Role.AGENCY_QUALITY_REVIEWER, 2L, 0);
        assertThat(policy.allows(evaluator, new Action.SignOff(1, List.of(), null), review)).isTrue();
        assertThat(policy.refusal(evaluator, new Action.SignOff(2, List.of(), null), review).message()).isEqualTo("请先完成一级审核（当前要签的是第 1 级）");
        assertThat(policy.refusal(evaluator, new Action.SignOff(2, List.of(7L), null), review).message()).isEqualTo("同一人不能签署两级审核");
        assertThat(policy.refusal(evaluator, new Action.SignOff(3, List.of(1L, 2L), null), review).status()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(policy.allows(quality, new Action.SignOff(3, List.of(1L, 2L), "吕学永"), review)).isTrue();
        assertThat(policy.refusal(quality, new Action.SignOff(3, List.of(1L, 2L), "李芳"), review).message()).isEqualTo("本评价的三级审核人为“李芳”");
        assertThat(policy.refusal(quality, new Action.SignOff(1, List.of(), null), Target.evaluation(1L, 6L, 5L, 2L, Stage.DRAFTING)).status())
                .isEqualTo(HttpStatus.CONFLICT);
        assertThat(policy.refusal(user(Role.ADMIN, null), new Action.SignOff(1, List.of(), null), review).status()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void stagesMoveForwardOneAtATimeAndBackToDraftingByTheRightRoles() {
        CurrentUser evaluator = user(Role.AGENCY_EVALUATOR, 2L);
        CurrentUser bureau = user(Role.FINANCE_REVIEWER, 5L);
        assertThat(policy.allows(evaluator, new Action.MoveStage(Stage.IMPLEMENTATION, 0), Target.evaluation(1L, 6L, 5L, 2L, Stage.PREPARATION)))
                .isTrue();
        assertThat(policy.refusal(evaluator, new Action.MoveStage(Stage.DRAFTING, 0), Target.evaluation(1L, 6L, 5L, 2L, Stage.PREPARATION))
                .status()).isEqualTo(HttpStatus.CONFLICT);
        Target review = Target.evaluation(1L, 6L, 5L, 2L, Stage.REVIEW);
        assertThat(policy.refusal(evaluator, new Action.MoveStage(Stage.SUBMITTED, 2), review).message()).contains("三级审核尚未完成");
        assertThat(policy.allows(evaluator, new Action.MoveStage(Stage.SUBMITTED, 3), review)).isTrue();
        assertThat(policy.refusal(bureau, new Action.MoveStage(Stage.SUBMITTED, 3), review).status()).isEqualTo(HttpStatus.FORBIDDEN);
        Target submitted = Target.evaluation(1L, 6L, 5L, 2L, Stage.SUBMITTED);
        assertThat(policy.allows(bureau, new Action.MoveStage(Stage.ARCHIVED, 3), submitted)).isTrue();
        assertThat(policy.allows(bureau, new Action.MoveStage(Stage.DRAFTING, 3), submitted)).isTrue();
        assertThat(policy.refusal(evaluator, new Action.MoveStage(Stage.ARCHIVED, 3), submitted).status()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void creatingIsForTheOwnAgencyOrBureauOnly() {
        Action create = new Action.CreateEvaluation();
        assertThat(policy.allows(user(Role.AGENCY_EVALUATOR, 2L), create, Target.any(Kind.EVALUATION))).isTrue();
        assertThat(policy.refusal(user(Role.DEPARTMENT_USER, 6L), create, Target.any(Kind.EVALUATION)).message()).isEqualTo("部门用户不能新建评价");
        assertThat(policy.allows(user(Role.AGENCY_EVALUATOR, 2L), create, Target.evaluation(null, 6L, null, 2L, Stage.PREPARATION))).isTrue();
        assertThat(policy.refusal(user(Role.AGENCY_EVALUATOR, 2L), create, Target.evaluation(null, 6L, null, 3L, Stage.PREPARATION)).message())
                .isEqualTo("评价机构只能新建本机构承担的评价");
        // an evaluator without organisation creates nothing
        assertThat(policy.allows(user(Role.AGENCY_EVALUATOR, null), create, Target.evaluation(null, 6L, null, null, Stage.PREPARATION))).isFalse();
        assertThat(policy.refusal(user(Role.FINANCE_REVIEWER, 5L), create, Target.evaluation(null, 6L, 4L, null, Stage.PREPARATION)).message())
                .isEqualTo("财政局只能新建本局委托的评价");
    }

    @Test
    void administrationIsTheAdministratorsOnly() {
        for (Role role : List.of(Role.FINANCE_REVIEWER, Role.AGENCY_EVALUATOR, Role.AGENCY_QUALITY_REVIEWER, Role.DEPARTMENT_USER)) {
            assertThat(policy.refusal(user(role, 5L), new Action.Administer("管理用户"), Target.administration()).message())
                    .isEqualTo("当前账号无权管理用户：只有系统管理员可以管理用户");
        }
        assertThat(policy.allows(user(Role.ADMIN, null), new Action.Administer("管理用户"), Target.administration())).isTrue();
    }
}
