import { postgresPayload } from '@tests/support/payload'

import { contributionFilesSuite } from './contributionFiles.suite'

// Runs against the PostgreSQL server on 127.0.0.1:5432 in a database it creates and drops.
contributionFilesSuite('PostgreSQL', postgresPayload)
