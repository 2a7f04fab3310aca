import { databaseSuite } from '@tests/support/databaseSuite'
import { postgresPayload } from '@tests/support/payload'

// Runs against the PostgreSQL server on 127.0.0.1:5432 in a database it creates and drops.
databaseSuite('PostgreSQL', postgresPayload)
