import { databaseSuite } from '../support/databaseSuite'
import { sqlitePayload } from '../support/payload'

databaseSuite('SQLite (the embedded default)', sqlitePayload)
