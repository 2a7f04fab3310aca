import { sqlitePayload } from '@tests/support/payload'
import { whatsNewSuite } from './whatsNew.suite'

whatsNewSuite('SQLite', sqlitePayload)
