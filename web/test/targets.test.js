import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import ElementPlus from 'element-plus'
import TargetDialog from '../src/components/TargetDialog.vue'
import { changedLeaves, describeTarget, targetChange, targetDraft } from '../src/targets.js'

const t104 = {
  id: 'T1-04', path: '/targets/3', table: '战略目标', name: '扶持高质量发展企业数量', target: '≥10家', actual: '40家', met: true,
  operator: '≥', quantitative: true, value: 10, unit: '家', actualValue: '40', source: '《分配明细表》'
}
const placeholder = {
  id: null, path: '/indicators/1/children/0/children/0/rule/target', table: '指标“应急安全工作完成情况”', name: '应急安全工作完成情况',
  target: '完成', actual: null, operator: '定性', quantitative: false, value: null, unit: '', actualValue: null, source: null
}
const leaf = (score) => ({ path: '/indicators/1/children/3/children/0', name: '扶持制造业高质量发展企业情况', leaf: true, score, children: [] })
const tree = (score) => [{ path: '/indicators/1', name: '履职效能', leaf: false, score: 30 + score, children: [leaf(score)] }]

function json(status, body) {
  const type = status >= 400 ? 'application/problem+json' : 'application/json'
  return { ok: status < 400, status, headers: new Headers({ 'Content-Type': type }), json: async () => body }
}

afterEach(() => vi.unstubAllGlobals())

describe('the target helpers', () => {
  it('starts from the stored actual value and source', () => {
    expect(targetDraft(t104)).toEqual({ actual: '40', source: '《分配明细表》', reason: '' })
    expect(targetDraft(placeholder)).toEqual({ actual: '', source: '', reason: '' })
  })

  it('describes the target as the table prints it', () => {
    expect(describeTarget(t104)).toBe('≥ 10 家')
    expect(describeTarget(placeholder)).toBe('定性：完成')
  })

  it('sends the typed text, by id or by path, and only what changed', () => {
    expect(targetChange(t104, { actual: '40', source: '《分配明细表》', reason: 'x' })).toBeNull()
    expect(targetChange(t104, { actual: '', source: '', reason: '' })).toBeNull()
    expect(targetChange(t104, { actual: ' 7.10 ', source: '《分配明细表》', reason: ' 复核 ' }))
      .toEqual({ id: 'T1-04', actual: '7.10', reason: '复核' })
    expect(targetChange(t104, { actual: '40', source: '统计表', reason: '' })).toEqual({ id: 'T1-04', actual: '40', source: '统计表' })
    expect(targetChange(placeholder, { actual: '部分完成', source: '', reason: '' }))
      .toEqual({ path: placeholder.path, actual: '部分完成' })
  })

  it('lists the leaves whose score the server changed', () => {
    expect(changedLeaves(tree(2), tree(1.4))).toEqual([
      { path: '/indicators/1/children/3/children/0', name: '扶持制造业高质量发展企业情况', before: 2, after: 1.4 }
    ])
    expect(changedLeaves(tree(2), tree(2))).toEqual([])
  })
})

describe('the target dialog', () => {
  function mountDialog(target = t104) {
    return mount(TargetDialog, {
      props: { evaluationId: 1, version: 1, target, total: { score: 86.78, grade: '良' }, indicators: tree(2) },
      global: { plugins: [ElementPlus] }
    })
  }

  it('previews the typed actual value with the server', async () => {
    document.cookie = 'XSRF-TOKEN=t'
    const fetch = vi.fn(async () => json(200, { total: { score: 86.18, grade: '良' }, indicators: tree(1.4), targets: [] }))
    vi.stubGlobal('fetch', fetch)
    const wrapper = mountDialog()
    await wrapper.find('input[data-test=target-actual]').setValue('7')
    await vi.waitFor(async () => {
      await flushPromises()
      expect(wrapper.find('[data-test=target-preview-total]').exists()).toBe(true)
    }, { timeout: 3000, interval: 50 })
    const [url, init] = fetch.mock.calls[0]
    expect(url).toBe('/api/evaluations/1/targets/preview')
    expect(JSON.parse(init.body)).toEqual({ id: 'T1-04', actual: '7' })
    expect(wrapper.find('[data-test=target-preview-total]').text()).toBe('86.18')
    expect(wrapper.find('[data-test=target-preview-leaf]').text()).toContain('扶持制造业高质量发展企业情况：2 → 1.4')
  })

  it('marks the field the server refused', async () => {
    document.cookie = 'XSRF-TOKEN=t'
    const problem = { title: '数据有误', status: 422, detail: '实际完成值应为数字：……', field: 'actual' }
    vi.stubGlobal('fetch', vi.fn(async () => json(422, problem)))
    const wrapper = mountDialog()
    await wrapper.find('input[data-test=target-actual]').setValue('四十')
    // the preview runs after a pause; on a loaded machine the error may take longer to render
    await vi.waitFor(async () => {
      await flushPromises()
      expect(wrapper.find('.el-form-item__error').exists()).toBe(true)
    }, { timeout: 3000, interval: 50 })
    expect(wrapper.find('.el-form-item__error').text()).toContain('实际完成值应为数字')
  })

  it('saves with the version and offers 刷新 on a conflict', async () => {
    document.cookie = 'XSRF-TOKEN=t'
    const conflict = { title: '版本冲突', status: 409, detail: '该指标已被他人修改，请刷新后重试', currentVersion: 2 }
    const fetch = vi.fn(async (url, init) => (init.method === 'PATCH' ? json(409, conflict) : json(200, { total: { score: 86.18, grade: '良' }, indicators: tree(1.4) })))
    vi.stubGlobal('fetch', fetch)
    const wrapper = mountDialog()
    await wrapper.find('input[data-test=target-actual]').setValue('7')
    await wrapper.find('[data-test=save-target]').trigger('click')
    await flushPromises()
    const patch = fetch.mock.calls.find(([, init]) => init.method === 'PATCH')
    expect(patch[0]).toBe('/api/evaluations/1/targets')
    expect(patch[1].headers['If-Match']).toBe('"1"')
    expect(wrapper.find('[data-test=target-save-error]').text()).toContain('该指标已被他人修改，请刷新后重试')
    await wrapper.find('[data-test=target-refresh]').trigger('click')
    expect(wrapper.emitted('refresh')).toHaveLength(1)
  })
})
