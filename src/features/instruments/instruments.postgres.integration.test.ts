import { postgresPayload } from '@tests/support/payload'
import { instrumentsSuite } from './instruments.suite'

// Runs against the PostgreSQL server on 127.0.0.1:5432 in a database it creates and drops.
instrumentsSuite('PostgreSQL', postgresPayload)
