import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import ElementPlus from 'element-plus'
import { ApiError } from '../src/api.js'
import { fieldErrors, organisationRows, organisationsForRole, parentCandidates, problemLines, refusalTarget, userStatus, verificationSummary } from '../src/admin.js'
import { emptySections, proseChanges, proseDraft } from '../src/prose.js'
import { describeRule, isUnscored, ruleEditable } from '../src/format.js'
import ProsePanel from '../src/components/ProsePanel.vue'

const organisations = [
  { id: 1, name: '财政金融局', kind: 'FINANCE_BUREAU', kindLabel: '财政局' },
  { id: 2, name: '三维众智', kind: 'AGENCY', kindLabel: '评价机构' },
  { id: 3, name: '经济发展局', kind: 'DEPARTMENT', kindLabel: '部门', parentId: 1 },
  { id: 4, name: '经发局下属中心', kind: 'DEPARTMENT', kindLabel: '部门', parentId: 3 },
  { id: 5, name: '社会事业局', kind: 'DEPARTMENT', kindLabel: '部门' }
]
const roles = [
  { code: 'ADMIN', label: '系统管理员' },
  { code: 'AGENCY_EVALUATOR', label: '评价机构评价人员', organisationKind: 'AGENCY' },
  { code: 'DEPARTMENT_USER', label: '部门用户', organisationKind: 'DEPARTMENT' }
]

describe('administration helpers', () => {
  it('offers only organisations of the kind a role belongs to', () => {
    expect(organisationsForRole(roles, organisations, 'AGENCY_EVALUATOR').map((o) => o.id)).toEqual([2])
    expect(organisationsForRole(roles, organisations, 'DEPARTMENT_USER').map((o) => o.id)).toEqual([3, 4, 5])
    expect(organisationsForRole(roles, organisations, 'ADMIN')).toHaveLength(5)
  })

  it('sorts organisations by kind and filters one kind', () => {
    expect(organisationRows(organisations).map((o) => o.kind)).toEqual(['FINANCE_BUREAU', 'AGENCY', 'DEPARTMENT', 'DEPARTMENT', 'DEPARTMENT'])
    expect(organisationRows(organisations, 'AGENCY').map((o) => o.name)).toEqual(['三维众智'])
  })

  it('never offers an organisation itself or its descendants as its parent', () => {
    expect(parentCandidates(organisations, 1).map((o) => o.id)).toEqual([2, 5])
    expect(parentCandidates(organisations, 3).map((o) => o.id).sort()).toEqual([1, 2, 5])
    expect(parentCandidates(organisations, null)).toHaveLength(5)
  })

  it('names the state of an account: disabled, held up by failed sign-ins, failures so far, or fine', () => {
    const now = Date.parse('2026-03-01T08:00:00Z')
    expect(userStatus({ enabled: false, failedAttempts: 9, delayedUntil: '2026-03-01T08:05:00Z' }, now).label).toBe('已停用')
    expect(userStatus({ enabled: true, failedAttempts: 7, delayedUntil: '2026-03-01T08:00:04Z' }, now)).toEqual({ label: '登录受限', type: 'danger' })
    // a delay that has run out no longer holds anyone up
    expect(userStatus({ enabled: true, failedAttempts: 7, delayedUntil: '2026-03-01T07:59:00Z' }, now).label).toBe('登录失败 7 次')
    expect(userStatus({ enabled: true, failedAttempts: 0 }, now)).toEqual({ label: '正常', type: 'success' })
  })

  it('names the record a refusal was about in words', () => {
    expect(refusalTarget('evaluation/12')).toBe('评价 12')
    expect(refusalTarget('administration')).toBe('系统管理')
    expect(refusalTarget('accounts/3')).toBe('决算 3')
    expect(refusalTarget('something/else')).toBe('something/else')
    expect(refusalTarget(null)).toBe('—')
  })

  it('says whether the audit trail is whole, else what was found first', () => {
    expect(verificationSummary({ intact: true, message: '操作日志完整：共 12 条记录，哈希链无断点' }))
      .toEqual({ type: 'success', title: '操作日志完整', detail: '操作日志完整：共 12 条记录，哈希链无断点' })
    const changed = { intact: false, kindLabel: '被改动', message: '编号 7 的记录（第 7 条）被改动：内容与哈希值不符' }
    expect(verificationSummary(changed)).toEqual({ type: 'error', title: '发现篡改：记录被改动', detail: changed.message })
    expect(verificationSummary(null)).toBeNull()
  })

  it('puts an API error under the field it names', () => {
    const duplicate = new ApiError(409, { detail: '用户名“pingjia”已被使用', field: 'username' })
    expect(fieldErrors(duplicate)).toEqual({ username: '用户名“pingjia”已被使用' })
    expect(fieldErrors(new ApiError(403, { detail: '当前账号无权执行此操作' }))).toEqual({ _: '当前账号无权执行此操作' })
  })

  it('lists the problems of a refused dataset with line and field', () => {
    const error = new ApiError(422, { detail: '数据集有 1 个错误', problems: [
      { line: 12, field: 'meta.year', message: '缺少年度' }, { line: 0, field: '', message: '文件不是 UTF-8 编码的文本' }] })
    expect(problemLines(error)).toEqual(['第 12 行（meta.year）：缺少年度', '文件不是 UTF-8 编码的文本'])
  })
})

describe('unscored leaves (fresh from a template)', () => {
  it('are recognised per rule kind and described as 尚未评分', () => {
    expect(isUnscored({ kind: 'deductions' })).toBe(true)
    expect(isUnscored({ kind: 'deductions', items: [] })).toBe(false)
    expect(isUnscored({ kind: 'qualitative' })).toBe(true)
    expect(isUnscored({ kind: 'manual', score: 1, justification: 'x' })).toBe(false)
    expect(isUnscored({ kind: 'tiers', tiers: [] })).toBe(true)
    expect(isUnscored({ kind: 'tiers', ratio: 'fixed_asset_utilisation_rate', tiers: [] })).toBe(false)
    expect(describeRule({ kind: 'deductions' })).toBe('扣分：尚未评分')
    expect(describeRule({ kind: 'deductions', items: [] })).toBe('扣分：无扣分')
    // a tiers rule on a measured value is editable even before the value is entered
    expect(ruleEditable({ kind: 'tiers', tiers: [] })).toBe(true)
  })
})

describe('prose drafts', () => {
  const view = { id: 7, version: 3, parts: [
    { key: 'profile', sections: [{ title: '组织架构', text: '内设8个科室。' }] },
    { key: 'achievements', sections: [] },
    { key: 'problems', sections: [{ text: '无标题的问题' }] },
    { key: 'suggestions', sections: [] }] }

  it('sends only the parts that changed, each whole, titles left out when empty', () => {
    const original = proseDraft(view)
    const draft = proseDraft(view)
    expect(proseChanges(original, draft)).toEqual({})
    draft.profile[0].text = '内设8个科室。  '
    expect(proseChanges(original, draft)).toEqual({})
    draft.problems.push({ title: ' 预算执行 ', text: '进度不均衡' })
    expect(proseChanges(original, draft)).toEqual({ problems: [{ text: '无标题的问题' }, { title: '预算执行', text: '进度不均衡' }] })
    draft.profile.splice(0, 1)
    expect(proseChanges(original, draft).profile).toEqual([])
  })

  it('finds sections without text', () => {
    const draft = proseDraft(view)
    draft.suggestions.push({ title: '标题', text: '  ' })
    expect(emptySections(draft)).toEqual([{ part: 'suggestions', index: 0 }])
  })
})

function json(status, body) {
  const type = status >= 400 ? 'application/problem+json' : 'application/json'
  return { ok: status < 400, status, headers: new Headers({ 'Content-Type': type }), json: async () => body }
}

afterEach(() => {
  vi.unstubAllGlobals()
})

describe('the prose panel', () => {
  const answer = { id: 7, version: 3, editable: true, parts: [
    { key: 'profile', label: '部门基本情况（机构设置与职能职责）', sections: [] },
    { key: 'achievements', label: '主要成效', sections: [] },
    { key: 'problems', label: '存在的问题及原因分析', sections: [{ title: '问题一', text: '原文' }] },
    { key: 'suggestions', label: '意见建议', sections: [] }] }

  it('saves the edited part with If-Match and shows the conflict message with 刷新', async () => {
    document.cookie = 'XSRF-TOKEN=t'
    const conflict = { title: '版本冲突', status: 409, detail: '该指标已被他人修改，请刷新后重试', currentVersion: 4 }
    const fetch = vi.fn(async (url, init) => (init.method === 'PATCH' ? json(409, conflict) : json(200, answer)))
    vi.stubGlobal('fetch', fetch)
    const wrapper = mount(ProsePanel, { props: { evaluationId: 7, editable: true }, global: { plugins: [ElementPlus] } })
    await flushPromises()
    await wrapper.find('textarea[data-test=prose-problems-text-0]').setValue('改写后的问题')
    await wrapper.find('[data-test=prose-save]').trigger('click')
    await flushPromises()
    const [url, init] = fetch.mock.calls.find(([, i]) => i.method === 'PATCH')
    expect(url).toBe('/api/evaluations/7/prose')
    expect(init.headers['If-Match']).toBe('"3"')
    expect(JSON.parse(init.body)).toEqual({ problems: [{ title: '问题一', text: '改写后的问题' }] })
    expect(wrapper.find('[data-test=prose-error]').text()).toContain('该指标已被他人修改，请刷新后重试')
    expect(wrapper.find('[data-test=prose-refresh]').exists()).toBe(true)
  })

  it('refuses to save a section without text before asking the server', async () => {
    const fetch = vi.fn(async () => json(200, answer))
    vi.stubGlobal('fetch', fetch)
    const wrapper = mount(ProsePanel, { props: { evaluationId: 7, editable: true }, global: { plugins: [ElementPlus] } })
    await flushPromises()
    await wrapper.find('[data-test=prose-add-suggestions]').trigger('click')
    await wrapper.find('input[data-test=prose-suggestions-title-0]').setValue('只有标题')
    await wrapper.find('[data-test=prose-save]').trigger('click')
    await flushPromises()
    expect(fetch.mock.calls.filter(([, i]) => i.method === 'PATCH')).toHaveLength(0)
    expect(wrapper.find('[data-test=prose-error]').text()).toContain('缺少正文')
  })
})

describe('rules of a fresh evaluation in words', () => {
  it('names a ratio the evaluation cannot compute yet and an unscored rule in the history', async () => {
    const { formatHistoryValue } = await import('../src/format.js')
    expect(describeRule({ kind: 'linear_deduction', ratio: 'staff_control_rate', threshold: 100, per: 1, points: 0.1 }))
      .toBe('按比率扣分：在职人员控制率超过100%后每1个百分点扣0.1分')
    expect(formatHistoryValue('{"kind":"deductions"}')).toBe('扣分：尚未评分')
    expect(formatHistoryValue('{"kind":"deductions","items":[]}')).toBe('扣分：无扣分')
  })
})
