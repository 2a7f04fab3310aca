import { databaseSuite } from '@tests/support/databaseSuite'
import { sqlitePayload } from '@tests/support/payload'

databaseSuite('SQLite (the embedded default)', sqlitePayload)
