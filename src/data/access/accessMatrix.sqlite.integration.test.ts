import { sqlitePayload } from '@tests/support/payload'

import { accessMatrix } from './accessMatrix.suite'

accessMatrix('SQLite', sqlitePayload)
