import { ref } from 'vue'

/**
 * A score the server computes while the user types (the indicator panel, the target dialog): requests are debounced,
 * and only the answer to the newest one is shown, so a slow earlier answer never overwrites a later one.
 *
 * @param fetchPreview  () => Promise of the server's preview
 * @param onResult      called with each answer that is shown
 * @param onError       called with the ApiError of a refused preview (the preview is then cleared)
 */
export function useLivePreview(fetchPreview, { delay = 250, onResult = () => {}, onError = () => {} } = {}) {
  const preview = ref(null)
  const previewing = ref(false)
  let timer = null
  let sequence = 0

  /** Asks again after the pause. */
  function schedule() {
    clearTimeout(timer)
    timer = setTimeout(run, delay)
  }

  /** Nothing to preview any more: drops the pending request and any answer still on its way. */
  function cancel() {
    clearTimeout(timer)
    sequence++
    preview.value = null
    previewing.value = false
  }

  async function run() {
    const mine = ++sequence
    previewing.value = true
    try {
      const result = await fetchPreview()
      if (mine !== sequence) return
      preview.value = result
      onResult(result)
    } catch (e) {
      if (mine !== sequence) return
      preview.value = null
      onError(e)
    } finally {
      if (mine === sequence) previewing.value = false
    }
  }

  return { preview, previewing, schedule, cancel }
}
