import { sqlitePayload } from '@tests/support/payload'
import { instrumentsSuite } from './instruments.suite'

instrumentsSuite('SQLite', sqlitePayload)
