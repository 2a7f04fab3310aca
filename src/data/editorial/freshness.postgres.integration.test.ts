import { postgresPayload } from '@tests/support/payload'
import { freshnessSuite } from './freshness.suite'

freshnessSuite('PostgreSQL', postgresPayload)
