import { sqlitePayload } from '@tests/support/payload'

import { clientInputSuite } from './clientInputErrors.suite'

clientInputSuite('SQLite', sqlitePayload)
