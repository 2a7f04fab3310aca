import { postgresPayload } from '@tests/support/payload'

import { clientInputSuite } from './clientInputErrors.suite'

clientInputSuite('PostgreSQL', postgresPayload)
