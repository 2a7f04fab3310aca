import { sqlitePayload } from '@tests/support/payload'
import { freshnessSuite } from './freshness.suite'

freshnessSuite('SQLite', sqlitePayload)
