import { sqlitePayload } from '@tests/support/payload'

import { rateLimitSuite } from './rateLimits.suite'

rateLimitSuite('SQLite', sqlitePayload)
