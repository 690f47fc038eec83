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

async function mountLogin(fetch, path = '/login') {
  vi.stubGlobal('fetch', fetch)
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/login', component: LoginView },
      { path: '/evaluations', component: { template: '<div>列表</div>' } }
    ]
  })
  router.push(path)
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
  it('shows how long to wait after too many failed sign-ins', async () => {
    const detail = '登录失败次数过多，请 4 秒后再试'
    const fetch = vi.fn(async (url) => (url === '/api/auth/csrf' ? { ok: true, status: 200, headers: new Headers(), json: async () => ({}) }
      : problem(429, { title: '尝试过于频繁', status: 429, detail, retryAfter: 4 })))
    const { wrapper } = await mountLogin(fetch)
    await submit(wrapper, 'pingjia', 'wrong')
    const alert = wrapper.find('[data-test=login-error]')
    expect(alert.exists()).toBe(true)
    expect(alert.text()).toContain('尝试过于频繁')
    expect(alert.text()).toContain(detail)
    expect(alert.html()).toContain('el-alert--error')
    expect(session.user).toBeNull()
  })

  it('says the same for an unknown user, a wrong password and a disabled account', async () => {
    const detail = '用户名或密码错误，或账户已停用'
    const fetch = vi.fn(async (url) => (url === '/api/auth/csrf' ? { ok: true, status: 200, headers: new Headers(), json: async () => ({}) }
      : problem(401, { title: '登录失败', status: 401, detail })))
    const { wrapper } = await mountLogin(fetch)
    await submit(wrapper, 'nobody', 'wrong')
    expect(wrapper.find('[data-test=login-error]').text()).toContain(detail)
    expect(wrapper.find('[data-test=login-error]').html()).toContain('el-alert--warning')
  })

  it('says why after a session was ended by a change of the account', async () => {
    const { wrapper } = await mountLogin(vi.fn(), '/login?redirect=/evaluations&ended=1')
    expect(wrapper.find('[data-test=session-ended]').text()).toContain('账号的密码、角色、所属组织或状态已变更，请重新登录')
    const plain = await mountLogin(vi.fn())
    expect(plain.wrapper.find('[data-test=session-ended]').exists()).toBe(false)
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
