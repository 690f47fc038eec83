import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import ElementPlus from 'element-plus'
import IndicatorPanel from '../src/components/IndicatorPanel.vue'

const leaf = {
  path: '/indicators/0/children/0/children/0',
  name: '决策依据充分性',
  level: 3,
  weight: 1.0,
  score: 0.7,
  leaf: true,
  ruleKind: 'deductions',
  rule: { kind: 'deductions', items: [{ points: 0.3, reason: '年度工作计划未细化为任务清单' }] },
  evidence: '区经发局制定了《2022年工作计划》',
  children: []
}

function json(status, body) {
  const type = status >= 400 ? 'application/problem+json' : 'application/json'
  return { ok: status < 400, status, headers: new Headers({ 'Content-Type': type }), json: async () => body }
}

const previewAnswer = {
  id: 1, version: 1, total: { weight: 100, score: 86.58, rate: 86.58, grade: '良' },
  indicators: [{ ...leaf, score: 0.5, explanation: '扣分点：①…扣0.5分。得0.5分。' }]
}

function mountPanel(editable) {
  return mount(IndicatorPanel, {
    props: { evaluationId: 1, version: 1, indicator: leaf, editable },
    global: { plugins: [ElementPlus] }
  })
}

afterEach(() => {
  vi.unstubAllGlobals()
})

describe('the side panel of a leaf', () => {
  it('previews the edited deduction with the server and shows its total', async () => {
    document.cookie = 'XSRF-TOKEN=t'
    const fetch = vi.fn(async () => json(200, previewAnswer))
    vi.stubGlobal('fetch', fetch)
    const wrapper = mountPanel(true)
    await wrapper.find('input[data-test=deduction-points-0]').setValue('0.5')
    await new Promise((resolve) => setTimeout(resolve, 350))
    await flushPromises()
    const [url, init] = fetch.mock.calls[0]
    expect(url).toBe('/api/evaluations/1/indicators/preview')
    expect(JSON.parse(init.body).rule).toEqual({ items: [{ points: 0.5, reason: '年度工作计划未细化为任务清单' }] })
    expect(wrapper.find('[data-test=preview-total]').text()).toBe('86.58')
    expect(wrapper.find('[data-test=preview-leaf-score]').text()).toBe('0.5')
    expect(wrapper.emitted('preview').at(-1)[0].total.score).toBe(86.58)
  })

  it('shows the conflict message when the version is stale', async () => {
    document.cookie = 'XSRF-TOKEN=t'
    const conflict = { title: '版本冲突', status: 409, detail: '该指标已被他人修改，请刷新后重试', currentVersion: 2 }
    vi.stubGlobal('fetch', vi.fn(async (url, init) => (init.method === 'PATCH' ? json(409, conflict) : json(200, previewAnswer))))
    const wrapper = mountPanel(true)
    await wrapper.find('input[data-test=deduction-points-0]').setValue('0.5')
    await wrapper.find('[data-test=save-indicator]').trigger('click')
    await flushPromises()
    expect(wrapper.find('[data-test=save-error]').text()).toContain('该指标已被他人修改，请刷新后重试')
    expect(wrapper.find('[data-test=refresh-after-conflict]').exists()).toBe(true)
    expect(wrapper.emitted('saved')).toBeUndefined()
  })

  it('is read-only for those who may not edit', () => {
    const wrapper = mountPanel(false)
    expect(wrapper.find('[data-test=read-only]').exists()).toBe(true)
    expect(wrapper.find('input[data-test=deduction-points-0]').element.disabled).toBe(true)
    expect(wrapper.find('[data-test=save-indicator]').exists()).toBe(false)
  })
})
