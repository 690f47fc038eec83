import { describe, expect, it, vi } from 'vitest'
import { useLivePreview } from '../src/livePreview.js'

function deferred() {
  let resolve
  const promise = new Promise((r) => { resolve = r })
  return { promise, resolve }
}

describe('the live preview', () => {
  it('asks once after the pause and shows only the newest answer', async () => {
    vi.useFakeTimers()
    const answers = [deferred(), deferred()]
    let call = 0
    const fetchPreview = vi.fn(() => answers[call++].promise)
    const shown = []
    const live = useLivePreview(fetchPreview, { onResult: (r) => shown.push(r) })

    live.schedule()
    live.schedule()
    await vi.advanceTimersByTimeAsync(250)
    expect(fetchPreview).toHaveBeenCalledTimes(1)
    expect(live.previewing.value).toBe(true)
    live.schedule()
    await vi.advanceTimersByTimeAsync(250)
    answers[1].resolve({ total: 86.58 })
    answers[0].resolve({ total: 86.68 })   // the slower, older answer arrives last
    await vi.runAllTimersAsync()
    expect(live.preview.value).toEqual({ total: 86.58 })
    expect(shown).toEqual([{ total: 86.58 }])
    expect(live.previewing.value).toBe(false)
    vi.useRealTimers()
  })

  it('drops a pending request and an answer on its way when cancelled', async () => {
    vi.useFakeTimers()
    const answer = deferred()
    const fetchPreview = vi.fn(() => answer.promise)
    const live = useLivePreview(fetchPreview)
    live.schedule()
    await vi.advanceTimersByTimeAsync(250)
    live.cancel()
    answer.resolve({ total: 1 })
    live.schedule()
    live.cancel()
    await vi.runAllTimersAsync()
    expect(fetchPreview).toHaveBeenCalledTimes(1)
    expect(live.preview.value).toBeNull()
    expect(live.previewing.value).toBe(false)
    vi.useRealTimers()
  })

  it('clears the preview and reports a refused one', async () => {
    const error = Object.assign(new Error('实际完成值应为数字'), { status: 422 })
    const errors = []
    const live = useLivePreview(() => Promise.reject(error), { delay: 0, onError: (e) => errors.push(e) })
    live.preview.value = { total: 1 }
    live.schedule()
    await new Promise((r) => setTimeout(r, 10))
    expect(live.preview.value).toBeNull()
    expect(errors).toEqual([error])
  })
})
