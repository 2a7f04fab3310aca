import { sqlitePayload } from '@tests/support/payload'
import { searchSuite } from './search.suite'

searchSuite('SQLite', sqlitePayload)
