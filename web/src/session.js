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

/**
 * What is wrong with a password change before it is sent ({field: message}), or null: the fields the server checks
 * too (it has the last word), so that the form can say so at once.
 */
export function passwordChangeProblem({ currentPassword, newPassword, confirm }) {
  if (!currentPassword) return { currentPassword: '请输入当前密码' }
  if (!newPassword || newPassword.length < 8) return { newPassword: '密码至少 8 位' }
  if (newPassword !== confirm) return { confirm: '两次输入的密码不一致' }
  return null
}
