import { reactive } from 'vue'
import { api } from './api.js'

/** The signed-in user (GET /api/auth/me), or null. */
export const session = reactive({ user: null, checked: false })

export async function loadSession() {
  try {
    session.user = await api.me()
  } catch (e) {
    session.user = null
  }
  session.checked = true
  return session.user
}
