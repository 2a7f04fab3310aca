import type { Access, FieldAccess } from 'payload'

import { isRole } from './roles'

/** Beheerders manage everything, including users. */
export const isBeheerder: Access = ({ req: { user } }) => isRole(user, 'beheerder')

export const isBeheerderField: FieldAccess = ({ req: { user } }) => isRole(user, 'beheerder')
