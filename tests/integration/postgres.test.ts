import { databaseSuite } from '../support/databaseSuite'
import { postgresPayload } from '../support/payload'

// Runs against the PostgreSQL server on 127.0.0.1:5432 in a database it creates and drops.
databaseSuite('PostgreSQL', postgresPayload)
