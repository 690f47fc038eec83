package org.jixiao.app.server.security;

import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.jixiao.app.server.ApiException;
import org.jixiao.app.server.audit.AuditLog;
import org.jixiao.app.server.organisation.Organisation;
import org.jixiao.app.server.organisation.OrganisationRepository;
import org.jixiao.app.server.workflow.Stage;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * The one access policy: who may see and do what, decided here and nowhere else. Every controller and service asks it
 * ({@link #scope}, {@link #requireVisible}, {@link #require}, {@link #allows}) instead of checking roles itself.
 *
 * <ul>
 * <li><b>Data scope</b> (domain §1): the administrator sees everything; a finance bureau the evaluations it commissions, the
 * self-evaluation batches it collects, and the disclosures and reviewed documents of the departments it oversees (those
 * whose parent organisation it is) and its own; an evaluation agency the evaluations it carries out and its own reviewed
 * documents; a department its own evaluations, its tables of a self-evaluation batch, its disclosures and documents.
 * A record out of scope answers 404, so that its existence is not revealed.</li>
 * <li><b>Roles</b>: which role may create, edit, move, sign, upload, replace, delete and administer.</li>
 * <li><b>Workflow state</b> (domain §2): editing up to 三级审核, the stage transitions and who makes them, and the 三级审核
 * order — levels in order, each by a different person of the right role, the one named in the dataset when it names one.</li>
 * </ul>
 * Every refusal is written to the audit trail ({@link AuditLog#recordRefusal}) with the user, the record, what was asked
 * and why it was refused. The current user given to the policy is the account as it is in the database now (re-read on
 * every request by {@link SessionRefresh}), never as it was at sign-in.
 */
@Component
public class AccessPolicy {
    private final AuditLog audit;
    private final OrganisationRepository organisations;

    AccessPolicy(AuditLog audit, OrganisationRepository organisations) {
        this.audit = audit;
        this.organisations = organisations;
    }

    // ---------------------------------------------------------------- records and their organisations

    /** The kinds of record the policy guards, with the word the messages use. */
    public enum Kind {
        EVALUATION("evaluation", "评价"),
        SELFEVAL_BATCH("selfeval", "自评批次"),
        FINAL_ACCOUNTS("accounts", "决算"),
        DOCUMENT_REVIEW("review", "复核报告"),
        ADMINISTRATION("administration", "系统管理");

        private final String code;
        private final String label;

        Kind(String code, String label) {
            this.code = code;
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** How a record relates to an organisation. */
    public enum Relation {
        /** the evaluated department; the department of a disclosure; a department with a table in a self-evaluation batch */
        DEPARTMENT,
        /** the commissioning finance bureau (委托单位) of an evaluation */
        CLIENT,
        /** the evaluation agency carrying out an evaluation */
        AGENCY,
        /** the organisation a record belongs to: the bureau of a self-evaluation batch, the uploader's of a reviewed document */
        OWNER,
        /** the parent organisation (the overseeing bureau) of the department */
        DEPARTMENT_PARENT,
        /** the parent organisation of the owner */
        OWNER_PARENT
    }

    /**
     * A record as the policy sees it: its kind and id, the organisations it belongs to, the workflow stage (evaluations)
     * and who created it (reviewed documents).
     */
    public record Target(Kind kind, Long id, Map<Relation, Set<Long>> parties, Stage stage, Long createdBy) {

        public static Target evaluation(Long id, Long department, Long client, Long agency, Stage stage) {
            return new Target(Kind.EVALUATION, id, parties(Relation.DEPARTMENT, department, Relation.CLIENT, client, Relation.AGENCY, agency),
                    stage, null);
        }

        /** A self-evaluation batch of a finance bureau, with the departments its tables belong to. */
        public static Target selfEvalBatch(Long id, Long bureau, Collection<Long> departments) {
            Map<Relation, Set<Long>> parties = parties(Relation.OWNER, bureau);
            Set<Long> units = new HashSet<>();
            departments.stream().filter(Objects::nonNull).forEach(units::add);
            parties.put(Relation.DEPARTMENT, units);
            return new Target(Kind.SELFEVAL_BATCH, id, parties, null, null);
        }

        public static Target finalAccounts(Long id, Long department) {
            return new Target(Kind.FINAL_ACCOUNTS, id, parties(Relation.DEPARTMENT, department), null, null);
        }

        public static Target documentReview(Long id, Long owner, Long createdBy) {
            return new Target(Kind.DOCUMENT_REVIEW, id, parties(Relation.OWNER, owner), null, createdBy);
        }

        /** Users, organisations, the audit trail. */
        public static Target administration() {
            return new Target(Kind.ADMINISTRATION, null, new EnumMap<>(Relation.class), null, null);
        }

        /** A kind of record before there is one (the role alone decides, e.g. whether it may upload at all). */
        public static Target any(Kind kind) {
            return new Target(kind, null, new EnumMap<>(Relation.class), null, null);
        }

        private static Map<Relation, Set<Long>> parties(Object... pairs) {
            Map<Relation, Set<Long>> parties = new EnumMap<>(Relation.class);
            for (int i = 0; i < pairs.length; i += 2) {
                if (pairs[i + 1] != null) {
                    parties.put((Relation) pairs[i], Set.of((Long) pairs[i + 1]));
                }
            }
            return parties;
        }

        Long one(Relation relation) {
            Set<Long> ids = parties.getOrDefault(relation, Set.of());
            return ids.isEmpty() ? null : ids.iterator().next();
        }

        /** How the audit trail names the record: {@code evaluation/12}. */
        String describe() {
            return kind.code + (id == null ? "" : "/" + id);
        }
    }

    // ---------------------------------------------------------------- data scope

    /** Which records of a kind a user sees: all, none, or those related to the user's organisation in one of the ways given. */
    public record Scope(boolean all, Set<Relation> relations, Long organisationId) {
        public static final Scope ALL = new Scope(true, Set.of(), null);
        public static final Scope NONE = new Scope(false, Set.of(), null);

        public boolean none() {
            return !all && relations.isEmpty();
        }

        public boolean by(Relation relation) {
            return relations.contains(relation);
        }
    }

    public Scope scope(CurrentUser user, Kind kind) {
        if (user.role() == Role.ADMIN) {
            return Scope.ALL;
        }
        Long org = user.organisationId();
        if (org == null) {
            return Scope.NONE;
        }
        Set<Relation> relations = switch (kind) {
            case EVALUATION -> switch (user.role()) {
                case FINANCE_REVIEWER -> EnumSet.of(Relation.CLIENT);
                case AGENCY_EVALUATOR, AGENCY_QUALITY_REVIEWER -> EnumSet.of(Relation.AGENCY);
                default -> EnumSet.of(Relation.DEPARTMENT);
            };
            // evaluation agencies are not party to self-evaluations and disclosures
            case SELFEVAL_BATCH -> switch (user.role()) {
                case FINANCE_REVIEWER -> EnumSet.of(Relation.OWNER);
                case DEPARTMENT_USER -> EnumSet.of(Relation.DEPARTMENT);
                default -> EnumSet.noneOf(Relation.class);
            };
            case FINAL_ACCOUNTS -> switch (user.role()) {
                case FINANCE_REVIEWER -> EnumSet.of(Relation.DEPARTMENT_PARENT);
                case DEPARTMENT_USER -> EnumSet.of(Relation.DEPARTMENT);
                default -> EnumSet.noneOf(Relation.class);
            };
            case DOCUMENT_REVIEW -> user.role() == Role.FINANCE_REVIEWER ? EnumSet.of(Relation.OWNER, Relation.OWNER_PARENT)
                    : EnumSet.of(Relation.OWNER);
            case ADMINISTRATION -> EnumSet.noneOf(Relation.class);
        };
        return relations.isEmpty() ? Scope.NONE : new Scope(false, Set.copyOf(relations), org);
    }

    /** Whether the record is in the user's data scope (nothing audited: for lists and flags). */
    public boolean sees(CurrentUser user, Target target) {
        Scope scope = scope(user, target.kind());
        if (scope.all()) {
            return true;
        }
        for (Relation relation : scope.relations()) {
            if (related(target, relation).contains(scope.organisationId())) {
                return true;
            }
        }
        return false;
    }

    private Set<Long> related(Target target, Relation relation) {
        return switch (relation) {
            case DEPARTMENT_PARENT -> parents(target.parties().getOrDefault(Relation.DEPARTMENT, Set.of()));
            case OWNER_PARENT -> parents(target.parties().getOrDefault(Relation.OWNER, Set.of()));
            default -> target.parties().getOrDefault(relation, Set.of());
        };
    }

    private Set<Long> parents(Set<Long> organisationIds) {
        Set<Long> parents = new HashSet<>();
        for (Long id : organisationIds) {
            organisations.findById(id).map(Organisation::parentId).ifPresent(parents::add);
        }
        return parents;
    }

    /** 404 (and an audit entry) when the record is out of the user's scope; a record that does not exist is not a refusal. */
    public void requireVisible(CurrentUser user, Target target) {
        if (!sees(user, target)) {
            String message = target.kind().label() + " " + target.id() + " 不存在，或不在当前账号的数据范围内";
            audit.recordRefusal(user, target.describe(), "查看" + target.kind().label(), "不在数据范围内");
            throw ApiException.notFound(message);
        }
    }

    // ---------------------------------------------------------------- actions

    /** What a user asks to do with a record. {@link #label()} is how the audit trail names it. */
    public sealed interface Action {
        String label();

        /** Create an evaluation (with an unknown target: whether the role may at all). */
        record CreateEvaluation() implements Action {
            public String label() {
                return "新建评价";
            }
        }

        /** Change what the evaluator assesses: scores within the rules, evidence, targets' actual values, prose, title. */
        record EditEvaluation() implements Action {
            public String label() {
                return "修改评价内容";
            }
        }

        /** Change the indicator system: a leaf's rule kind or parameters (e.g. a computed score made a manual one). */
        record ChangeIndicatorSystem() implements Action {
            public String label() {
                return "修改指标体系";
            }
        }

        /** Move an evaluation to another stage; {@code signOffs} is how many levels of the 三级审核 are signed. */
        record MoveStage(Stage to, int signOffs) implements Action {
            public String label() {
                return "转到“" + to.label() + "”";
            }
        }

        /**
         * Sign one level of the 三级审核.
         *
         * @param signedBy      the users who signed the levels signed so far, in level order
         * @param namedReviewer the reviewer the dataset names for the level (its display name), or null
         */
        record SignOff(int level, List<Long> signedBy, String namedReviewer) implements Action {
            public String label() {
                return "签署" + Stage.reviewLevelLabel(level);
            }
        }

        /** Upload a self-evaluation batch for the bureau of the target (null: the role alone). */
        record UploadSelfEval() implements Action {
            public String label() {
                return "上传自评表批次";
            }
        }

        /** See a whole batch (the sample, the workbooks): {@code what} names it in the message. */
        record SeeWholeBatch(String what) implements Action {
            public String label() {
                return "查看" + what;
            }
        }

        record DeleteSelfEvalBatch() implements Action {
            public String label() {
                return "删除自评表批次";
            }
        }

        /** Record a reviewer's 复核得分 in a batch (the bureau that collects it re-checks the units' tables). */
        record ReviewSelfEval() implements Action {
            public String label() {
                return "记录复核得分";
            }
        }

        /** Upload a disclosure for the department of the target; {@code departmentName} for the message. */
        record UploadAccounts(String departmentName) implements Action {
            public String label() {
                return "上传决算";
            }
        }

        record ReplaceAccounts() implements Action {
            public String label() {
                return "替换决算数据";
            }
        }

        record UploadReview() implements Action {
            public String label() {
                return "上传复核报告";
            }
        }

        record RerunReview() implements Action {
            public String label() {
                return "重新复核";
            }
        }

        record DeleteReview() implements Action {
            public String label() {
                return "删除复核报告";
            }
        }

        /** Users, organisations, the audit trail: {@code what} names it (管理用户, 管理组织, 查看操作日志). */
        record Administer(String what) implements Action {
            public String label() {
                return what;
            }
        }
    }

    /** Why an action is refused: the answer's status (403, or 409 when the workflow state does not allow it now) and message. */
    public record Refusal(HttpStatus status, String message) {
        static Refusal forbidden(String message) {
            return new Refusal(HttpStatus.FORBIDDEN, message);
        }

        static Refusal conflict(String message) {
            return new Refusal(HttpStatus.CONFLICT, message);
        }

        ApiException exception() {
            return status == HttpStatus.FORBIDDEN ? ApiException.forbidden(message) : ApiException.conflict(message);
        }
    }

    /** Whether the user may do it (nothing audited: for what the UI offers). The record must be in scope already. */
    public boolean allows(CurrentUser user, Action action, Target target) {
        return refusal(user, action, target) == null;
    }

    /** Refuses with 403 or 409 (and an audit entry) unless the user may do it. The record must be in scope already. */
    public void require(CurrentUser user, Action action, Target target) {
        Refusal refusal = refusal(user, action, target);
        if (refusal != null) {
            audit.recordRefusal(user, target.describe(), action.label(), refusal.message());
            throw refusal.exception();
        }
    }

    /** null when allowed. */
    public Refusal refusal(CurrentUser user, Action action, Target target) {
        Role role = user.role();
        Long org = user.organisationId();
        boolean admin = role == Role.ADMIN;
        if (action instanceof Action.CreateEvaluation) {
            return createEvaluation(user, target);
        }
        if (action instanceof Action.EditEvaluation) {
            if (!user.is(Role.ADMIN, Role.AGENCY_EVALUATOR)) {
                return Refusal.forbidden(role.label() + "不能修改评价内容");
            }
            return editable(target);
        }
        if (action instanceof Action.ChangeIndicatorSystem) {
            // the indicator system is the client's: the agency proposes it in its work plan, the client confirms it
            if (!user.is(Role.ADMIN, Role.FINANCE_REVIEWER)) {
                return Refusal.forbidden(role.label() + "不能修改指标体系（计分规则的类型和参数）：指标体系经委托单位确认，"
                        + "须由委托单位（财政局）或系统管理员修改");
            }
            return editable(target);
        }
        if (action instanceof Action.MoveStage move) {
            return moveStage(user, target.stage(), move);
        }
        if (action instanceof Action.SignOff signOff) {
            return signOff(user, target.stage(), signOff);
        }
        if (action instanceof Action.UploadSelfEval) {
            if (!user.is(Role.ADMIN, Role.FINANCE_REVIEWER)) {
                return Refusal.forbidden(role.label() + "不能上传自评表批次：由财政局汇总上传");
            }
            if (role == Role.FINANCE_REVIEWER && org == null) {
                return Refusal.forbidden("当前账号未属于任何财政局");
            }
            Long bureau = target.one(Relation.OWNER);
            return role == Role.FINANCE_REVIEWER && bureau != null && !bureau.equals(org) ? Refusal.forbidden("财政局只能为本局上传自评表批次")
                    : null;
        }
        if (action instanceof Action.SeeWholeBatch whole) {
            return admin || collects(user, target) ? null
                    : Refusal.forbidden(whole.what() + "只对组织抽查的财政局开放，部门用户只能查看本单位的自评表");
        }
        if (action instanceof Action.DeleteSelfEvalBatch) {
            return admin || collects(user, target) ? null : Refusal.forbidden("只有汇总该批次的财政局或系统管理员可以删除自评表批次");
        }
        if (action instanceof Action.ReviewSelfEval) {
            return admin || collects(user, target) ? null : Refusal.forbidden("只有汇总该批次的财政局或系统管理员可以记录复核得分");
        }
        if (action instanceof Action.UploadAccounts upload) {
            if (!user.is(Role.ADMIN, Role.DEPARTMENT_USER)) {
                return Refusal.forbidden(role.label() + "不能上传决算：决算由部门上传，财政局审核");
            }
            Long department = target.one(Relation.DEPARTMENT);
            return department == null || writesAccountsOf(user, department) ? null
                    : Refusal.forbidden("部门用户只能上传本单位的决算（数据中的单位为“" + upload.departmentName() + "”）");
        }
        if (action instanceof Action.ReplaceAccounts) {
            return writesAccountsOf(user, target.one(Relation.DEPARTMENT)) ? null
                    : Refusal.forbidden(role.label() + "不能替换本决算的数据：决算由本部门或系统管理员上传");
        }
        if (action instanceof Action.UploadReview) {
            return admin || org != null ? null : Refusal.forbidden("当前账号未属于任何组织，不能上传复核报告");
        }
        if (action instanceof Action.RerunReview) {
            return admin || org != null && org.equals(target.one(Relation.OWNER)) ? null
                    : Refusal.forbidden(role.label() + "不能重新复核其他单位上传的报告：由上传单位或系统管理员重新复核");
        }
        if (action instanceof Action.DeleteReview) {
            return admin || target.createdBy() != null && target.createdBy() == user.id() ? null
                    : Refusal.forbidden("只有上传人或系统管理员可以删除复核报告");
        }
        if (action instanceof Action.Administer administer) {
            return admin ? null : Refusal.forbidden("当前账号无权" + administer.what() + "：只有系统管理员可以" + administer.what());
        }
        throw new IllegalArgumentException("unknown action " + action);
    }

    private static Refusal createEvaluation(CurrentUser user, Target target) {
        Role role = user.role();
        if (!user.is(Role.ADMIN, Role.AGENCY_EVALUATOR, Role.FINANCE_REVIEWER)) {
            return Refusal.forbidden(role.label() + "不能新建评价");
        }
        if (target.id() == null && target.parties().isEmpty()) {
            return null; // the role may; the organisations are checked once they are known
        }
        // an agency creates for itself, a finance bureau commissions for itself
        Long org = user.organisationId();
        if (role == Role.AGENCY_EVALUATOR && (org == null || !org.equals(target.one(Relation.AGENCY)))) {
            return Refusal.forbidden("评价机构只能新建本机构承担的评价");
        }
        if (role == Role.FINANCE_REVIEWER && (org == null || !org.equals(target.one(Relation.CLIENT)))) {
            return Refusal.forbidden("财政局只能新建本局委托的评价");
        }
        return null;
    }

    private static Refusal editable(Target target) {
        Stage stage = target.stage();
        return stage != null && !stage.editable() ? Refusal.conflict("评价处于“" + stage.label() + "”阶段，不能再修改") : null;
    }

    private static Refusal moveStage(CurrentUser user, Stage from, Action.MoveStage move) {
        Stage to = move.to();
        boolean forward = from.next().map(to::equals).orElse(false);
        boolean backToDrafting = to == Stage.DRAFTING && (from == Stage.CONSULTATION || from == Stage.REVIEW || from == Stage.SUBMITTED);
        if (!forward && !backToDrafting) {
            return Refusal.conflict("不能从“" + from.label() + "”转到“" + to.label() + "”");
        }
        boolean allowed;
        if (to == Stage.ARCHIVED || from == Stage.SUBMITTED) {
            allowed = user.is(Role.ADMIN, Role.FINANCE_REVIEWER); // the client accepts, archives or sends back a submitted report
        } else if (to == Stage.SUBMITTED || backToDrafting) {
            allowed = user.is(Role.ADMIN, Role.AGENCY_EVALUATOR, Role.AGENCY_QUALITY_REVIEWER);
        } else {
            allowed = user.is(Role.ADMIN, Role.AGENCY_EVALUATOR);
        }
        if (!allowed) {
            return Refusal.forbidden(user.role().label() + "不能把评价从“" + from.label() + "”转到“" + to.label() + "”");
        }
        if (to == Stage.SUBMITTED && move.signOffs() < 3) {
            return Refusal.conflict("三级审核尚未完成（已签 " + move.signOffs() + " 级，共 3 级），不能提交");
        }
        return null;
    }

    /**
     * The 三级审核: levels are signed in order, each by a different person; levels 1 and 2 by the agency's evaluators or
     * quality reviewers, level 3 by a quality reviewer; when the dataset names the reviewer of a level, only that person.
     */
    private static Refusal signOff(CurrentUser user, Stage stage, Action.SignOff signOff) {
        if (stage != Stage.REVIEW) {
            return Refusal.conflict("只有处于“三级审核”阶段的评价才能签字（当前：" + stage.label() + "）");
        }
        int next = signOff.signedBy().size() + 1;
        if (next > 3) {
            return Refusal.conflict("三级审核已全部签字");
        }
        int level = signOff.level();
        if (level != next) {
            return Refusal.conflict("请先完成" + Stage.reviewLevelLabel(next) + "（当前要签的是第 " + next + " 级）");
        }
        boolean roleFits = level == 3 ? user.is(Role.AGENCY_QUALITY_REVIEWER) : user.is(Role.AGENCY_EVALUATOR, Role.AGENCY_QUALITY_REVIEWER);
        if (!roleFits) {
            return Refusal.forbidden(user.role().label() + "不能签署" + Stage.reviewLevelLabel(level));
        }
        if (signOff.signedBy().contains(user.id())) {
            return Refusal.conflict("同一人不能签署两级审核");
        }
        String named = signOff.namedReviewer();
        if (named != null && !named.equals(user.displayName())) {
            return Refusal.forbidden("本评价的" + Stage.reviewLevelLabel(level) + "人为“" + named + "”");
        }
        return null;
    }

    /** The finance bureau that collected the batch. */
    private static boolean collects(CurrentUser user, Target batch) {
        return user.role() == Role.FINANCE_REVIEWER && user.organisationId() != null
                && user.organisationId().equals(batch.one(Relation.OWNER));
    }

    /** Disclosures are uploaded by the department itself (or the administrator). */
    private static boolean writesAccountsOf(CurrentUser user, Long department) {
        return user.is(Role.ADMIN) || user.is(Role.DEPARTMENT_USER) && user.organisationId() != null
                && user.organisationId().equals(department);
    }
}
