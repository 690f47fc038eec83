import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import ElementPlus from 'element-plus'
import ChangePasswordDialog from '../src/components/ChangePasswordDialog.vue'
import { passwordChangeProblem } from '../src/session.js'

let mounted = null

afterEach(() => {
  vi.unstubAllGlobals()
  mounted?.unmount()
  document.body.innerHTML = ''
})

function json(status, body) {
  return { ok: status < 400, status, headers: new Headers({ 'Content-Type': status < 400 ? 'application/json' : 'application/problem+json' }),
    json: async () => body }
}

async function open(fetch) {
  vi.stubGlobal('fetch', fetch)
  document.cookie = 'XSRF-TOKEN=t0k3n'
  const wrapper = mount(ChangePasswordDialog, { props: { modelValue: true }, attachTo: document.body, global: { plugins: [ElementPlus] } })
  await flushPromises()
  mounted = wrapper
  return wrapper
}

async function fill(current, next, confirm) {
  const input = (name) => document.querySelector(`input[data-test=${name}]`)
  for (const [name, value] of [['password-current', current], ['password-new', next], ['password-confirm', confirm]]) {
    input(name).value = value
    input(name).dispatchEvent(new Event('input'))
  }
  await flushPromises()
  document.querySelector('[data-test=password-save]').click()
  await flushPromises()
}

describe('修改密码', () => {
  it('checks the form before it asks the server', () => {
    expect(passwordChangeProblem({ currentPassword: '', newPassword: 'Neues-Passwort-1', confirm: 'Neues-Passwort-1' }))
      .toEqual({ currentPassword: '请输入当前密码' })
    expect(passwordChangeProblem({ currentPassword: 'alt', newPassword: 'kurz', confirm: 'kurz' })).toEqual({ newPassword: '密码至少 8 位' })
    expect(passwordChangeProblem({ currentPassword: 'alt', newPassword: 'Neues-Passwort-1', confirm: 'Neues-Passwort-2' }))
      .toEqual({ confirm: '两次输入的密码不一致' })
    expect(passwordChangeProblem({ currentPassword: 'alt', newPassword: 'Neues-Passwort-1', confirm: 'Neues-Passwort-1' })).toBeNull()
  })

  it('sends the current and the new password with the CSRF token and closes', async () => {
    const fetch = vi.fn(async () => json(200, { username: 'pingjia' }))
    const wrapper = await open(fetch)
    await fill('Altes-Passwort-1', 'Neues-Passwort-1', 'Neues-Passwort-1')
    const [url, init] = fetch.mock.calls.find(([u]) => u === '/api/auth/password')
    expect(url).toBe('/api/auth/password')
    expect(init.headers['X-XSRF-TOKEN']).toBe('t0k3n')
    expect(JSON.parse(init.body)).toEqual({ currentPassword: 'Altes-Passwort-1', newPassword: 'Neues-Passwort-1' })
    expect(wrapper.emitted('update:modelValue').at(-1)).toEqual([false])
  })

  it("shows the server's message under the field it names", async () => {
    const fetch = vi.fn(async () => json(400, { title: '请求有误', detail: '当前密码不正确', field: 'currentPassword' }))
    const wrapper = await open(fetch)
    await fill('falsch', 'Neues-Passwort-1', 'Neues-Passwort-1')
    await vi.waitFor(() => expect(document.body.querySelector('.el-form-item__error')?.textContent).toContain('当前密码不正确'),
      { timeout: 3000, interval: 50 })
    expect(wrapper.emitted('update:modelValue')).toBeUndefined()
  })
})
