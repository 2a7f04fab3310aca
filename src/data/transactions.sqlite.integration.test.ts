import { sqlitePayload } from '@tests/support/payload'

import { transactionSuite } from './transactions.suite'

transactionSuite('SQLite', sqlitePayload)
