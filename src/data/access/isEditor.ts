import type { Access } from 'payload'

import { isRole } from './roles'

/** Redacteurs and beheerders: may publish, delete and manage taxonomy. */
export const isEditor: Access = ({ req: { user } }) => isRole(user, 'beheerder', 'redacteur')
