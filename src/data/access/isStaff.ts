import type { Access } from 'payload'

import { isRole } from './roles'

/** Any signed-in member of the editorial team: beheerder, redacteur or auteur. */
export const isStaff: Access = ({ req: { user } }) => isRole(user, 'beheerder', 'redacteur', 'auteur')
