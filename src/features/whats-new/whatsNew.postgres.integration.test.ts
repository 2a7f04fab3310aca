import { postgresPayload } from '@tests/support/payload'
import { whatsNewSuite } from './whatsNew.suite'

whatsNewSuite('PostgreSQL', postgresPayload)
