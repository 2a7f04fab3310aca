import { postgresPayload } from '@tests/support/payload'

import { rateLimitSuite } from './rateLimits.suite'

rateLimitSuite('PostgreSQL', postgresPayload)
