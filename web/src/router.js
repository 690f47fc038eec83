import { createRouter, createWebHistory } from 'vue-router'
import { onUnauthorized } from './api.js'
import { session, loadSession } from './session.js'
import LoginView from './views/LoginView.vue'
import EvaluationListView from './views/EvaluationListView.vue'
import EvaluationDetailView from './views/EvaluationDetailView.vue'
import HistoryView from './views/HistoryView.vue'
import SelfEvalListView from './views/SelfEvalListView.vue'
import SelfEvalBatchView from './views/SelfEvalBatchView.vue'
import AccountsListView from './views/AccountsListView.vue'
import AccountsDetailView from './views/AccountsDetailView.vue'
import ReviewListView from './views/ReviewListView.vue'
import ReviewDetailView from './views/ReviewDetailView.vue'
import UsersView from './views/admin/UsersView.vue'
import OrganisationsView from './views/admin/OrganisationsView.vue'
import SecurityView from './views/admin/SecurityView.vue'

export const router = createRouter({
  history: createWebHistory(),
  routes: [
    { path: '/', redirect: '/evaluations' },
    { path: '/login', component: LoginView, meta: { public: true, title: '登录' } },
    { path: '/evaluations', component: EvaluationListView, meta: { title: '评价项目' } },
    { path: '/evaluations/:id', component: EvaluationDetailView, props: true, meta: { title: '评价详情' } },
    { path: '/evaluations/:id/history', component: HistoryView, props: true, meta: { title: '修改记录' } },
    { path: '/selfevals', component: SelfEvalListView, meta: { title: '项目自评' } },
    { path: '/selfevals/:id', component: SelfEvalBatchView, props: true, meta: { title: '自评批次' } },
    { path: '/accounts', component: AccountsListView, meta: { title: '决算公开' } },
    { path: '/accounts/:id', component: AccountsDetailView, props: true, meta: { title: '部门决算' } },
    { path: '/reviews', component: ReviewListView, meta: { title: '复核报告' } },
    { path: '/reviews/:id', component: ReviewDetailView, props: true, meta: { title: '复核报告' } },
    { path: '/admin/users', component: UsersView, meta: { title: '用户管理', admin: true } },
    { path: '/admin/organisations', component: OrganisationsView, meta: { title: '组织管理', admin: true } },
    { path: '/admin/security', component: SecurityView, meta: { title: '安全审计', admin: true } },
    { path: '/:rest(.*)*', redirect: '/evaluations' }
  ]
})

router.beforeEach(async (to) => {
  if (!session.checked) await loadSession()
  if (!to.meta.public && !session.user) {
    return { path: '/login', query: to.fullPath !== '/evaluations' ? { redirect: to.fullPath } : {} }
  }
  if (to.path === '/login' && session.user) return '/evaluations'
  if (to.meta.admin && session.user?.role !== 'ADMIN') return '/evaluations'
  return true
})

router.afterEach((to) => {
  document.title = `${to.meta.title || ''} · 绩效`
})

onUnauthorized((problem) => {
  session.user = null
  const current = router.currentRoute.value
  // a session ended by a change of the account (password, role, organisation, disabled): the login page says so
  const ended = problem?.title === '会话已结束' ? { ended: '1' } : {}
  if (!current.meta.public) router.push({ path: '/login', query: { redirect: current.fullPath, ...ended } })
})
