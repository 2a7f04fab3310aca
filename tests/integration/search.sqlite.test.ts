import { sqlitePayload } from '../support/payload'
import { searchSuite } from './search.suite'

searchSuite('SQLite', sqlitePayload)
