import { postgresPayload } from '../support/payload'
import { searchSuite } from './search.suite'

searchSuite('PostgreSQL', postgresPayload)
