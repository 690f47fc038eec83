import { afterEach, describe, expect, it, vi } from 'vitest'
import { ApiError, api, problemMessage, readCookie, toQuery } from '../src/api.js'

afterEach(() => {
  vi.unstubAllGlobals()
  document.cookie = 'XSRF-TOKEN=; expires=Thu, 01 Jan 1970 00:00:00 GMT'
})

function answer(status, body, type = 'application/problem+json') {
  return { ok: status < 400, status, headers: new Headers({ 'Content-Type': type }), json: async () => body }
}

describe('requests', () => {
  it('reads cookies and builds queries from the filled filters', () => {
    expect(readCookie('XSRF-TOKEN', 'a=1; XSRF-TOKEN=abc%3D; b=2')).toBe('abc=')
    expect(readCookie('missing', 'a=1')).toBeNull()
    expect(toQuery({ year: 2022, unit: '', stage: null, departmentId: 3 })).toBe('?year=2022&departmentId=3')
    expect(toQuery({})).toBe('')
  })

  it('saves with the version in If-Match and the CSRF cookie in the header', async () => {
    document.cookie = 'XSRF-TOKEN=token-1'
    const fetch = vi.fn(async () => answer(200, { version: 2 }, 'application/json'))
    vi.stubGlobal('fetch', fetch)
    const result = await api.saveIndicator(1, 1, { path: '/indicators/0' })
    expect(result).toEqual({ version: 2 })
    const [url, init] = fetch.mock.calls[0]
    expect(url).toBe('/api/evaluations/1/indicators')
    expect(init.method).toBe('PATCH')
    expect(init.headers['If-Match']).toBe('"1"')
    expect(init.headers['X-XSRF-TOKEN']).toBe('token-1')
    expect(JSON.parse(init.body)).toEqual({ path: '/indicators/0' })
  })

  it('turns a problem detail into an error with its message', async () => {
    document.cookie = 'XSRF-TOKEN=token-1'
    vi.stubGlobal('fetch', vi.fn(async () => answer(409, { title: '版本冲突', status: 409, detail: '该指标已被他人修改，请刷新后重试', currentVersion: 2 })))
    const error = await api.saveIndicator(1, 1, { path: '/p' }).catch((e) => e)
    expect(error).toBeInstanceOf(ApiError)
    expect(error.status).toBe(409)
    expect(error.message).toBe('该指标已被他人修改，请刷新后重试')
    expect(error.problem.currentVersion).toBe(2)
  })

  it('falls back to the title or the status when the problem has no detail', () => {
    expect(problemMessage(423, { title: '账户已锁定' })).toBe('账户已锁定')
    expect(problemMessage(500, null)).toBe('请求失败（HTTP 500）')
    expect(problemMessage(0, null)).toBe('无法连接服务器，请检查网络')
  })
})
