import { sqlitePayload } from '@tests/support/payload'
import { linksSuite } from './links.suite'

linksSuite('SQLite', sqlitePayload)
