import type { Role } from '@/shared/vocabulary'

/** The role of the signed-in user, or null for an anonymous visitor. */
export const roleOf = (user: unknown): Role | null => {
  const role = (user as { role?: Role } | null | undefined)?.role
  return role ?? null
}

export const isRole = (user: unknown, ...allowed: Role[]): boolean => {
  const role = roleOf(user)
  return role !== null && allowed.includes(role)
}
