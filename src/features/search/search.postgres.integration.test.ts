import { postgresPayload } from '@tests/support/payload'
import { searchSuite } from './search.suite'

searchSuite('PostgreSQL', postgresPayload)
