import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import ElementPlus from 'element-plus'
import { createMemoryHistory, createRouter } from 'vue-router'
import LoginView from '../src/views/LoginView.vue'
import { session } from '../src/session.js'

afterEach(() => {
  vi.unstubAllGlobals()
  session.user = null
})

function problem(status, body) {
  return { ok: false, status, headers: new Headers({ 'Content-Type': 'application/problem+json' }), json: async () => body }
}

async function mountLogin(fetch) {
  vi.stubGlobal('fetch', fetch)
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/login', component: LoginView },
      { path: '/evaluations', component: { template: '<div>列表</div>' } }
    ]
  })
  router.push('/login')
  await router.isReady()
  const wrapper = mount(LoginView, { global: { plugins: [ElementPlus, router] } })
  return { wrapper, router }
}

async function submit(wrapper, username, password) {
  await wrapper.find('input[name=username]').setValue(username)
  await wrapper.find('input[name=password]').setValue(password)
  await wrapper.find('form').trigger('submit')
  await flushPromises()
}

describe('登录', () => {
  it('shows the lockout message of the API', async () => {
    const detail = '密码连续错误 5 次，账户已锁定 15 分钟，请于 2026-11-23 19:10 之后重试，或请系统管理员解锁'
    const fetch = vi.fn(async (url) => (url === '/api/auth/csrf' ? { ok: true, status: 200, headers: new Headers(), json: async () => ({}) }
      : problem(423, { title: '账户已锁定', status: 423, detail })))
    const { wrapper } = await mountLogin(fetch)
    await submit(wrapper, 'pingjia', 'wrong')
    const alert = wrapper.find('[data-test=login-error]')
    expect(alert.exists()).toBe(true)
    expect(alert.text()).toContain('账户已锁定')
    expect(alert.text()).toContain(detail)
    expect(session.user).toBeNull()
  })

  it('asks for both fields before calling the API', async () => {
    const fetch = vi.fn()
    const { wrapper } = await mountLogin(fetch)
    await submit(wrapper, 'pingjia', '')
    expect(fetch).not.toHaveBeenCalled()
    expect(wrapper.find('[data-test=login-error]').text()).toContain('请输入用户名和密码')
  })

  it('signs in and opens the evaluation list', async () => {
    const me = { id: 3, username: 'pingjia', displayName: '闵会', roleLabel: '评价机构评价人员' }
    const fetch = vi.fn(async () => ({ ok: true, status: 200, headers: new Headers({ 'Content-Type': 'application/json' }), json: async () => me }))
    const { wrapper, router } = await mountLogin(fetch)
    await submit(wrapper, 'pingjia', 'Jixiao@2022')
    const login = fetch.mock.calls.find(([url]) => url === '/api/auth/login')
    expect(JSON.parse(login[1].body)).toEqual({ username: 'pingjia', password: 'Jixiao@2022' })
    expect(session.user.displayName).toBe('闵会')
    expect(router.currentRoute.value.path).toBe('/evaluations')
  })
})
