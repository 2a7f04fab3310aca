import { sqlitePayload } from '@tests/support/payload'

import { contributionFilesSuite } from './contributionFiles.suite'

contributionFilesSuite('SQLite', sqlitePayload)
